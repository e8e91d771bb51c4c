import Foundation
import PlanciteCore
import PlanciteDataset

/// A line a worker writes: `ready` once started, then one `done` per job.
public struct WorkerReply: Sendable, Equatable {
    public enum Kind: String, Sendable { case ready, done }

    public var kind: Kind
    public var index: Int?
    public var entry: ManifestEntry?
    /// The hash and size of the document file written, so that the parent need not read it back.
    public var document: WrittenFile?
    /// Set when the record could not be written: the whole run stops.
    public var writeError: String?

    /// The reply as a `MessageLine` of 14 fields.
    ///
    /// The fields: kind, index, the entry's six and its error's two, the document file's three,
    /// the write error. The entry is there when its path is, the error when its code is, and the
    /// document file when its path is.
    var line: Data {
        MessageLine.encode([
            kind.rawValue, index.map(String.init),
            entry?.path, entry?.document, entry?.sha256, entry?.bytes.map(String.init), entry?.pages.map(String.init),
            entry?.status.rawValue, entry?.error?.code.rawValue, entry?.error?.message,
            document?.path, document?.sha256, document.map { String($0.bytes) },
            writeError,
        ])
    }

    /// Reads a reply line; nil when it is not one.
    init?(line: Data) {
        guard let fields = MessageLine.decode(line), fields.count == 14, let kind = fields[0].flatMap(Kind.init) else { return nil }
        /// The optional integer at `position`: `.some(nil)` for nil, nil when the text is not a number.
        func optionalInteger(_ position: Int) -> Int?? {
            guard let text = fields[position] else { return .some(nil) }
            return Int(text).map { .some($0) }
        }
        guard let index = optionalInteger(1), let bytes = optionalInteger(5), let pages = optionalInteger(6) else { return nil }
        self.kind = kind
        self.index = index
        if let path = fields[2] {
            guard let status = fields[7].flatMap(ManifestEntry.Status.init) else { return nil }
            var error: FailureRecord?
            if let code = fields[8] {
                guard let code = FailureCode(rawValue: code), let message = fields[9] else { return nil }
                error = FailureRecord(code: code, message: message)
            }
            entry = ManifestEntry(path: path, document: fields[3], sha256: fields[4], bytes: bytes, pages: pages, status: status, error: error)
        }
        if let path = fields[10] {
            guard let sha256 = fields[11], let bytes = fields[12].flatMap({ Int($0) }) else { return nil }
            document = WrittenFile(path: path, sha256: sha256, bytes: bytes)
        }
        writeError = fields[13]
    }

    init(kind: Kind, index: Int? = nil, entry: ManifestEntry? = nil, document: WrittenFile? = nil, writeError: String? = nil) {
        self.kind = kind
        self.index = index
        self.entry = entry
        self.document = document
        self.writeError = writeError
    }
}
