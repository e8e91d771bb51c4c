import Foundation
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
public struct WorkerJob: Sendable, Codable, Equatable {
    public var index: Int
    public var displayPath: String
    public var absolutePath: String
    public var id: String
    public var sha256: String
    public var bytes: Int

    public var input: InputFile { InputFile(displayPath: displayPath, absolutePath: absolutePath) }
}

/// A line a worker writes: `ready` once started, then one `done` per job.
public struct WorkerReply: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case ready, done }

    public var kind: Kind
    public var index: Int?
    public var entry: ManifestEntry?
    /// The hash and size of the document file written, so that the parent need not read it back.
    public var document: WrittenFile?
    /// Set when the record could not be written: the whole run stops.
    public var writeError: String?
}

/// Exit statuses a worker uses for faults it can name itself.
public enum WorkerExit {
    /// An allocation failed under the memory limit.
    public static let outOfMemory: Int32 = 75
}
