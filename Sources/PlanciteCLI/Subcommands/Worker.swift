import ArgumentParser
import PlanciteBatch
import PlanciteCore

/// `plancite worker`: a child process of a batch. Not for people: `ingest` and `run` start it when
/// they need a worker beyond those forked as they started (a replacement, or more than prestarted).
///
/// Test hook: `PLANCITE_FAULT=segv:NAME,kill:NAME,hang:NAME,oom:NAME,garble:NAME` makes it crash,
/// hang, run out of memory or send an unreadable reply on files whose path contains NAME (see
/// `FaultInjection`); only this command reads it.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Process documents sent on standard input (started by ingest and run).",
        shouldDisplay: false)

    func run() throws {
        let status = WorkerLoop.run()
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}
