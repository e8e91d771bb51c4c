/// Why a document failed, as written to manifests; each has its own process exit status.
public enum FailureCode: String, Sendable, Hashable, Codable, CaseIterable {
    case notFound = "not-found"
    case emptyFile = "empty-file"
    case notPDF = "not-pdf"
    case damaged
    case encrypted
    case noTextLayer = "no-text-layer"
    case timeout
    case crashed
    case tooLarge = "too-large"
    /// The file exists but cannot be opened (permissions, a directory, an I/O error).
    case unreadable

    /// The exit status a command uses when every failed input failed this way.
    public var exitStatus: Int32 {
        switch self {
        case .notFound: 10
        case .emptyFile: 11
        case .notPDF: 12
        case .damaged: 13
        case .encrypted: 14
        case .noTextLayer: 15
        case .timeout: 16
        case .crashed: 17
        case .tooLarge: 18
        case .unreadable: 19
        }
    }
}

/// Process exit statuses shared by every command.
public enum ExitStatus {
    public static let success: Int32 = 0
    /// `check`: findings at or above `--fail-on`.
    public static let findings: Int32 = 1
    /// The command line was wrong.
    public static let usage: Int32 = 2
    /// Inputs failed in more than one way (or, for `check`, any input could not be read).
    public static let inputsFailed: Int32 = 3
    /// The output could not be written (permissions, disk, another run holds the lock).
    public static let outputFailed: Int32 = 4

    /// The status for a set of failures: the failure's own status when all agree, else `inputsFailed`.
    public static func forFailures(_ codes: some Sequence<FailureCode>) -> Int32 {
        let distinct = Set(codes)
        if distinct.isEmpty { return success }
        if distinct.count == 1, let only = distinct.first { return only.exitStatus }
        return inputsFailed
    }
}
