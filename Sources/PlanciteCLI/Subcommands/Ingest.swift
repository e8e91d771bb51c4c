import ArgumentParser
import Foundation
import PlanciteBatch
import PlanciteCore
import PlanciteDataset

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Turn PDFs into a validated JSON dataset in an output folder.",
        discussion: """
            PATHS are files, folders (searched recursively for *.pdf) or globs; --from adds a list \
            of them, one a line. Each document is processed in a worker process: a file that cannot \
            be read, crashes, hangs or needs too much memory is recorded as failed in manifest.json \
            and costs nothing else. Documents whose content, tool version and options are unchanged \
            are skipped (--force redoes them), and an interrupted run resumes where it stopped.

            Exit status: 0 when all succeeded; the failure's own status (10-19) when every failure \
            has the same cause; 3 when causes differ; 4 when the output cannot be written or \
            another run holds its lock.
            """)

    @Argument(help: "PDF files, folders or globs.")
    var paths: [String] = []

    @Option(help: "A file listing inputs, one a line (`-` for standard input).")
    var from: String?

    @Option(help: "The output folder.")
    var out: String = "Output"

    @OptionGroup var output: OutputOptions
    @OptionGroup var batch: BatchRunOptions
    @OptionGroup var passwordOptions: PasswordOptions

    func validate() throws {
        if paths.isEmpty && from == nil { throw ValidationError("name PDF files, folders or globs, or --from FILE") }
    }

    func run() throws {
        var named = paths
        if let from { named += try Self.readList(from) }
        let inputs = InputDiscovery().discover(named)
        try BatchCommand.ingest(
            inputs: inputs, output: URL(fileURLWithPath: out), outputName: out,
            formats: Set(output.formats), pipeline: PlanPipeline(password: passwordOptions.password),
            options: batch.batchOptions, quiet: output.quiet)
    }

    /// The non-blank lines of a list file (`#` starts a comment line).
    static func readList(_ path: String) throws -> [String] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else if let contents = FileManager.default.contents(atPath: path) {
            data = contents
        } else {
            StandardStreams.error("\(path): cannot read the list of inputs")
            throw ExitCode(ExitStatus.usage)
        }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}

/// What `ingest` and `run` share: run the batch, print progress, exit with the right status.
enum BatchCommand {
    static func ingest(
        inputs: [InputFile], output: URL, outputName: String, formats: Set<OutputFormat>,
        pipeline: PlanPipeline, options: BatchOptions, quiet: Bool,
        afterwards: () throws -> Void = {}
    ) throws {
        let progress = BatchProgress(quiet: quiet, total: inputs.count)
        let result: IngestResult
        do {
            let runner = BatchRunner(options: options, pipeline: pipeline, folder: output, formats: formats)
            result = try runner.run(inputs, onEvent: progress.report)
        } catch {
            StandardStreams.error(error.errorDescription ?? "\(error)")
            throw ExitCode(ExitStatus.outputFailed)
        }
        progress.summarize(result, output: outputName)
        try afterwards()
        if result.exitStatus != ExitStatus.success { throw ExitCode(result.exitStatus) }
    }
}
