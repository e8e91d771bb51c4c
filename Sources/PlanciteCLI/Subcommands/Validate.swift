import ArgumentParser
import Foundation
import PlanciteCore
import PlanciteDataset

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Re-check an output folder: schema, invariants, manifest hashes and cross references.",
        discussion: "Prints one line per problem and exits 1 when there is any, 0 when the folder is sound.")

    @Argument(help: "An output folder written by `plancite ingest` or `plancite run`.")
    var folder: String

    func run() throws {
        let validator = OutputValidator(folder: URL(fileURLWithPath: folder))
        let problems: [OutputValidator.Problem]
        do {
            problems = try validator.validate()
        } catch {
            StandardStreams.error(error.errorDescription ?? "\(error)")
            throw ExitCode(ExitStatus.inputsFailed)
        }
        for problem in problems {
            StandardStreams.write("\(folder)/\(problem.file): error: \(problem.message)\n")
        }
        if problems.isEmpty {
            StandardStreams.write("\(folder): valid\n")
        } else {
            StandardStreams.write("\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(folder)\n")
            throw ExitCode(ExitStatus.findings)
        }
    }
}
