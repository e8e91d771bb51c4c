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

/// Exit statuses a worker uses for faults it can name itself.
public enum WorkerExit {
    /// An allocation failed under the memory limit.
    public static let outOfMemory: Int32 = 75
}
