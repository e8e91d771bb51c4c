import Foundation
import PlanciteCore

/// Why a PDF could not be read. Each case has a stable `code` and its own exit status.
public enum ExtractionError: Error, Sendable, Equatable, LocalizedError {
    case notFound(path: String)
    case emptyFile(path: String)
    case notPDF(path: String)
    case damaged(path: String, reason: String)
    case encrypted(path: String, passwordGiven: Bool)
    case noTextLayer(path: String)
    case unreadable(path: String, reason: String)
    case pageOutOfRange(path: String, page: Int, pageCount: Int)

    /// The stable code used in manifests and diagnostics.
    public var code: String {
        switch self {
        case .notFound: "not-found"
        case .emptyFile: "empty-file"
        case .notPDF: "not-pdf"
        case .damaged: "damaged"
        case .encrypted: "encrypted"
        case .noTextLayer: "no-text-layer"
        case .unreadable: "unreadable"
        case .pageOutOfRange: "page-out-of-range"
        }
    }

    public var path: String {
        switch self {
        case .notFound(let path), .emptyFile(let path), .notPDF(let path),
            .damaged(let path, _), .encrypted(let path, _), .noTextLayer(let path),
            .unreadable(let path, _), .pageOutOfRange(let path, _, _):
            path
        }
    }

    /// The cause, without the file name.
    public var cause: String {
        switch self {
        case .notFound:
            "no such file"
        case .emptyFile:
            "the file is empty (0 bytes)"
        case .notPDF:
            "not a PDF (no %PDF- header in the first 1024 bytes)"
        case .damaged(_, let reason):
            "damaged or truncated PDF (\(reason)); re-download or re-export it"
        case .encrypted(_, let passwordGiven):
            passwordGiven
                ? "encrypted PDF and the password given is wrong"
                : "encrypted PDF; pass its password with --password"
        case .noTextLayer:
            "no text layer (scanned pages?); run OCR on it first, e.g. ocrmypdf"
        case .unreadable(_, let reason):
            "cannot be read (\(reason))"
        case .pageOutOfRange(_, let page, let pageCount):
            "page \(page) is out of range (the document has \(pageCount) pages)"
        }
    }

    public var errorDescription: String? { "\(path): error[\(code)]: \(cause)" }
}

extension ExtractionError {
    /// The manifest failure code for this error.
    public var failureCode: FailureCode {
        switch self {
        case .notFound: .notFound
        case .emptyFile: .emptyFile
        case .notPDF: .notPDF
        case .damaged: .damaged
        case .encrypted: .encrypted
        case .noTextLayer: .noTextLayer
        case .unreadable, .pageOutOfRange: .unreadable
        }
    }
}

extension ExtractionError {
    /// The same error naming the file by `path` (a display path rather than an absolute one).
    public func naming(_ path: String) -> ExtractionError {
        switch self {
        case .notFound: .notFound(path: path)
        case .emptyFile: .emptyFile(path: path)
        case .notPDF: .notPDF(path: path)
        case .damaged(_, let reason): .damaged(path: path, reason: reason)
        case .encrypted(_, let given): .encrypted(path: path, passwordGiven: given)
        case .noTextLayer: .noTextLayer(path: path)
        case .unreadable(_, let reason): .unreadable(path: path, reason: reason)
        case .pageOutOfRange(_, let page, let count): .pageOutOfRange(path: path, page: page, pageCount: count)
        }
    }
}
