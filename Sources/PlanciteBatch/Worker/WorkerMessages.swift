import Foundation
import PlanciteCore
import PlanciteDataset

/// The first line a worker reads: where to write and how to process.
public struct WorkerSetup: Sendable, Codable {
    public var folder: String
    public var maxMemory: UInt64
    public var pipeline: PlanPipeline

    public init(folder: String, maxMemory: UInt64, pipeline: PlanPipeline) {
        self.folder = folder
        self.maxMemory = maxMemory
        self.pipeline = pipeline
    }

    enum CodingKeys: String, CodingKey { case folder, maxMemory, password, vocabulary }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        folder = try c.decode(String.self, forKey: .folder)
        maxMemory = try c.decode(UInt64.self, forKey: .maxMemory)
        var pipeline = PlanPipeline(password: try c.decodeIfPresent(String.self, forKey: .password))
        pipeline.vocabulary = try c.decode(type(of: pipeline.vocabulary), forKey: .vocabulary)
        self.pipeline = pipeline
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(folder, forKey: .folder)
        try c.encode(maxMemory, forKey: .maxMemory)
        try c.encode(pipeline.password, forKey: .password)
        try c.encode(pipeline.vocabulary, forKey: .vocabulary)
    }
}

/// One document for a worker: the input, its hash and the id allocated to it.
public struct WorkerJob: Sendable, Equatable {
    public var index: Int
    public var displayPath: String
    public var absolutePath: String
    public var id: String
    public var sha256: String
    public var bytes: Int

    public var input: InputFile { InputFile(displayPath: displayPath, absolutePath: absolutePath) }

    /// The job as a `MessageLine`.
    var line: Data {
        MessageLine.encode(["job", String(index), displayPath, absolutePath, id, sha256, String(bytes)])
    }

    /// Reads a job line; nil when it is not one.
    init?(line: Data) {
        guard let fields = MessageLine.decode(line), fields.count == 7, fields[0] == "job",
            let index = fields[1].flatMap({ Int($0) }), let displayPath = fields[2], let absolutePath = fields[3],
            let id = fields[4], let sha256 = fields[5], let bytes = fields[6].flatMap({ Int($0) })
        else { return nil }
        self.init(index: index, displayPath: displayPath, absolutePath: absolutePath, id: id, sha256: sha256, bytes: bytes)
    }

    init(index: Int, displayPath: String, absolutePath: String, id: String, sha256: String, bytes: Int) {
        self.index = index
        self.displayPath = displayPath
        self.absolutePath = absolutePath
        self.id = id
        self.sha256 = sha256
        self.bytes = bytes
    }
}

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

    /// The reply as a `MessageLine` of 14 fields: kind, index, the entry's six fields and its
    /// error's two, the document file's three, the write error. The entry is there when its path
    /// is, the error when its code is, the document file when its path is.
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
        func integer(_ position: Int) -> Int?? {
            guard let text = fields[position] else { return .some(nil) }
            return Int(text).map { .some($0) }
        }
        guard let index = integer(1), let bytes = integer(5), let pages = integer(6) else { return nil }
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

/// Exit statuses a worker uses for faults it can name itself.
public enum WorkerExit {
    /// An allocation failed under the memory limit.
    public static let outOfMemory: Int32 = 75
}
