import ArgumentParser
import Foundation
import PlanciteCore
import PlanciteDataset

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn PDFs into a validated JSON dataset in an output folder.",
        discussion: """
            PATHS are files, folders (searched recursively for *.pdf) or globs. A file that
            cannot be read is recorded as failed in manifest.json and costs nothing else.
            Exit status: 0 when all succeeded; the failure's own status (10-19) when every
            failure has the same cause; 3 when causes differ; 4 when the output cannot be written.
            """)

    @Argument(help: "PDF files, folders or globs.")
    var paths: [String]

    @Option(help: "The output folder.")
    var out: String = "Output"

    @OptionGroup var output: OutputOptions
    @OptionGroup var passwordOptions: PasswordOptions

    func run() throws {
        let inputs = InputDiscovery().discover(paths)
        try BatchCommand.ingest(
            inputs: inputs, output: URL(fileURLWithPath: out), outputName: out,
            formats: Set(output.formats), pipeline: PlanPipeline(password: passwordOptions.password),
            quiet: output.quiet)
    }
}

/// What `ingest` and `run` share: run the batch, print progress, exit with the right status.
enum BatchCommand {
    static func ingest(
        inputs: [InputFile], output: URL, outputName: String, formats: Set<OutputFormat>,
        pipeline: PlanPipeline, quiet: Bool
    ) throws {
        let progress = BatchProgress(quiet: quiet)
        let result: IngestResult
        do {
            let writer = try DatasetWriter(folder: output, formats: formats)
            result = try IngestRunner(processor: pipeline, writer: writer).run(inputs, onEvent: progress.report)
        } catch {
            StandardStreams.error(error.errorDescription ?? "\(error)")
            throw ExitCode(ExitStatus.outputFailed)
        }
        progress.summarize(result, output: outputName)
        if result.exitStatus != ExitStatus.success { throw ExitCode(result.exitStatus) }
    }
}
