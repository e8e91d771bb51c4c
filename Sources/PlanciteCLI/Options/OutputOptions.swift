import ArgumentParser
import Foundation
import PlanciteBatch
import PlanciteDataset

extension OutputFormat: ExpressibleByArgument {}

/// Options shared by the commands that write an output folder.
struct OutputOptions: ParsableArguments {
    @Option(name: .customLong("format"), help: "Extra output formats beside JSON: csv. Repeatable.")
    var formats: [OutputFormat] = []

    @Flag(name: .shortAndLong, help: "Print only errors and the final summary.")
    var quiet = false
}

/// How a batch runs: workers, limits, incremental behaviour and sharding.
struct BatchRunOptions: ParsableArguments {
    @Option(help: "Documents processed at once, each in its own worker process; defaults to the number of cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds one document may take before it fails with `timeout`.")
    var timeout: Double = 120

    @Option(name: .customLong("max-memory"), help: "Memory one worker may use, e.g. 4G or 512M; beyond it the document fails with `too-large`.")
    var maxMemory: String = "4G"

    @Flag(help: "Reprocess documents whose outputs are up to date.")
    var force = false

    @Option(help: "Process only share K of N (1-based), chosen by content hash; combine the shards with `plancite merge`.")
    var shard: String?

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        guard Self.bytes(maxMemory) != nil else { throw ValidationError("--max-memory: expected a size such as 4G, 512M or 1073741824") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard: expected K/N with 1 ≤ K ≤ N, such as 2/8") }
    }

    var batchOptions: BatchOptions {
        BatchOptions(jobs: jobs, timeout: timeout, maxMemory: Self.bytes(maxMemory) ?? 4 << 30, force: force,
                     shard: shard.flatMap(Shard.init), workerCommand: [Self.executablePath, "worker"])
    }

    /// `4G`, `512M`, `64K`, `4GiB` or a number of bytes.
    static func bytes(_ text: String) -> UInt64? {
        var digits = text.uppercased()
        for suffix in ["IB", "B"] where digits.hasSuffix(suffix) && digits.count > suffix.count { digits.removeLast(suffix.count) }
        let scale: UInt64 = switch digits.last {
        case "K": 1 << 10
        case "M": 1 << 20
        case "G": 1 << 30
        case "T": 1 << 40
        default: 1
        }
        if scale > 1 { digits.removeLast() }
        guard let value = UInt64(digits), value > 0 else { return nil }
        return value * scale
    }

    /// This program's own binary, to start workers from.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }
}
