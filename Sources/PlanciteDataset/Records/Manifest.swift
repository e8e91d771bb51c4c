import PlanciteCore

/// `manifest.json`: what a run read and wrote. Holds no wall-clock times, so it is reproducible.
public struct Manifest: Sendable, Equatable, Codable {
    public var tool: String
    public var toolVersion: String
    public var schemaVersion: String
    public var inputs: [ManifestEntry]
    /// Every file written, except the manifest itself, with its hash; sorted by path.
    public var files: [WrittenFile]
    public var totals: ManifestTotals

    public init(inputs: [ManifestEntry], files: [WrittenFile]) {
        tool = ToolInfo.name
        toolVersion = ToolInfo.version
        schemaVersion = ToolInfo.schemaVersion
        self.inputs = inputs
        self.files = files
        totals = ManifestTotals(inputs)
    }
}

/// The outcome for one input.
public struct ManifestEntry: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable {
        case ok
        case failed
        case skipped
    }

    public var path: String
    /// The document id (`documents/<id>.json`), nil when it failed.
    public var document: String?
    public var sha256: String?
    public var bytes: Int?
    public var pages: Int?
    public var status: Status
    public var error: FailureRecord?

    public init(path: String, document: String?, sha256: String?, bytes: Int?, pages: Int?, status: Status, error: FailureRecord?) {
        self.path = path
        self.document = document
        self.sha256 = sha256
        self.bytes = bytes
        self.pages = pages
        self.status = status
        self.error = error
    }

    enum CodingKeys: String, CodingKey { case path, document, sha256, bytes, pages, status, error }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(document, forKey: .document)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(pages, forKey: .pages)
        try c.encode(status, forKey: .status)
        try c.encode(error, forKey: .error)
    }
}

/// Why an input failed.
public struct FailureRecord: Sendable, Equatable, Codable {
    public var code: FailureCode
    public var message: String

    public init(code: FailureCode, message: String) {
        self.code = code
        self.message = message
    }
}

/// A file of the output folder and its hash.
public struct WrittenFile: Sendable, Equatable, Codable {
    /// Relative to the output folder, `/`-separated.
    public var path: String
    public var sha256: String
    public var bytes: Int

    public init(path: String, sha256: String, bytes: Int) {
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
    }
}

/// Counts over a run.
public struct ManifestTotals: Sendable, Equatable, Codable {
    public var inputs: Int
    public var ok: Int
    public var failed: Int
    public var skipped: Int
    public var pages: Int
    /// Failures by code, only the codes that occurred.
    public var failures: [String: Int]

    public init(_ entries: [ManifestEntry]) {
        inputs = entries.count
        ok = entries.filter { $0.status == .ok }.count
        failed = entries.filter { $0.status == .failed }.count
        skipped = entries.filter { $0.status == .skipped }.count
        pages = entries.compactMap(\.pages).reduce(0, +)
        failures = Dictionary(grouping: entries.compactMap(\.error?.code.rawValue), by: { $0 }).mapValues(\.count)
    }
}
