import ArgumentParser
import Foundation
import PlanciteBatch
import PlanciteCore
import PlanciteDataset

@main
struct Plancite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plancite",
        abstract: "Turn PDFs of strategic and action plans into validated JSON datasets, and check their citations.",
        version: ToolInfo.version,
        subcommands: [
            Extract.self,
            Inspect.self,
            Ingest.self,
            Run.self,
            Schema.self,
            Validate.self,
            Check.self,
            Report.self,
            Merge.self,
            Worker.self,
        ])

    /// Runs the command, giving usage errors exit status 2 (ArgumentParser's default is 64).
    ///
    /// Standard streams the process was started without are opened on `/dev/null` first. A batch's
    /// first workers are forked before parsing, while this process has one thread; a worker started
    /// later (`plancite worker`, e.g. to replace a crashed one) goes straight to its loop.
    static func main() {
        StandardStreams.reopenClosed()
        let arguments = CommandLine.arguments
        if arguments.count == 2 && arguments[1] == "worker" { Foundation.exit(WorkerLoop.run()) }
        WorkerPrestartArguments.start(arguments: arguments)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardStreams.error(fullMessage(for: error))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}
