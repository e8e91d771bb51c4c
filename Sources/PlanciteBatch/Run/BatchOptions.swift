import Foundation
import PlanciteCore
import PlanciteDataset

/// How a batch runs: parallelism, limits per document, incremental behaviour and sharding.
public struct BatchOptions: Sendable, Equatable {
    /// Worker processes running at once.
    public var jobs: Int
    /// Seconds one document may take before its worker is killed (`timeout`).
    public var timeout: Double
    /// Address-space limit of each worker, in bytes (`too-large` beyond it).
    public var maxMemory: UInt64
    /// Reprocess documents whose outputs are up to date.
    public var force: Bool
    /// Process only this share of the inputs.
    public var shard: Shard?
    /// The command that starts a worker: the `plancite` binary and `worker`.
    public var workerCommand: [String]

    public init(
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, timeout: Double = 120,
        maxMemory: UInt64 = 4 << 30, force: Bool = false, shard: Shard? = nil, workerCommand: [String]
    ) {
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.maxMemory = maxMemory
        self.force = force
        self.shard = shard
        self.workerCommand = workerCommand
    }
}

/// A deterministic share `K/N` of the inputs, chosen by content hash (by path for unreadable inputs).
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based.
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `K/N` with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        self.init(index: k, count: n)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the input with this content hash (or, lacking one, path) belongs to this shard.
    public func contains(sha256: String?, path: String) -> Bool {
        let key = sha256 ?? SHA256.hex(of: Array(path.utf8))
        let value = UInt64(key.prefix(15), radix: 16) ?? 0
        return Int(value % UInt64(count)) == index - 1
    }
}
