import ArgumentParser
import Foundation
import PlanciteBatch
import PlanciteCore
import PlanciteDataset

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the output folders of `--shard` runs into one dataset.",
        discussion: """
            The result equals, byte for byte, the folder a single run over all the inputs \
            writes. Exit statuses as for `ingest`.
            """)

    @Argument(help: "The output folder to write.")
    var out: String

    @Argument(help: "The shard output folders.")
    var shards: [String]

    @Flag(name: .shortAndLong, help: "Print only errors and the final summary.")
    var quiet = false

    func run() throws {
        let started = Date()
        let result: IngestResult
        do {
            result = try DatasetMerger(output: URL(fileURLWithPath: out), shards: shards.map { URL(fileURLWithPath: $0) }).merge()
        } catch {
            StandardStreams.error(error.errorDescription ?? "\(error)")
            throw ExitCode(ExitStatus.outputFailed)
        }
        BatchProgress(quiet: quiet, total: 0).summarize(result, output: out, started: started)
        if result.exitStatus != ExitStatus.success { throw ExitCode(result.exitStatus) }
    }
}
