import ArgumentParser
import PlanciteBatch
import PlanciteCore

/// `plancite worker`: the child process of a batch. Not for people: `ingest` and `run` start it.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Process documents sent on standard input (started by ingest and run).",
        shouldDisplay: false)

    func run() throws {
        let status = WorkerLoop.run()
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}
