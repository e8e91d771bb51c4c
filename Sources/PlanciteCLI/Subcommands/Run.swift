import ArgumentParser
import Foundation
import PlanciteBatch
import PlanciteCore
import PlanciteDataset
import PlanciteVisual

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline file: ingest its inputs into its output folder.",
        discussion: "Paths in the pipeline file are relative to the file's folder. Exit statuses as for `ingest`.")

    @Argument(help: "A pipeline file, such as Pipelines/samples.yml.")
    var pipeline: String

    @Flag(name: .shortAndLong, help: "Print only errors and the final summary.")
    var quiet = false

    @OptionGroup var batch: BatchRunOptions

    func run() throws {
        let config: PipelineConfig
        do {
            config = try PipelineConfig.load(path: pipeline)
        } catch {
            StandardStreams.error(error.errorDescription ?? "\(error)")
            throw ExitCode(ExitStatus.usage)
        }
        let inputs = InputDiscovery().discover(config.inputs.map(config.resolve))
        let output = URL(fileURLWithPath: config.resolve(config.output))
        try BatchCommand.ingest(
            inputs: inputs, output: output, outputName: Self.display(output.path), formats: Set(config.formats),
            pipeline: PlanPipeline(password: config.password, vocabulary: config.vocabulary),
            options: batch.batchOptions, quiet: quiet
        ) {
            if config.report { try writeReport(folder: output, config: config) }
        }
    }

    /// Writes `report.html` into the output folder, under the pipeline's check policy.
    private func writeReport(folder: URL, config: PipelineConfig) throws {
        let policy = try Check.policy(from: config.check, file: pipeline)
        do {
            try HTMLReport.write(folder: folder, policy: policy)
            if !quiet { StandardStreams.error("wrote \(Self.display(folder.appendingPathComponent("report.html").path))") }
        } catch {
            StandardStreams.error("plancite run: \(error.errorDescription ?? "\(error)")")
            throw ExitCode(ExitStatus.outputFailed)
        }
    }

    /// A path relative to the working directory when it lies inside it.
    static func display(_ path: String) -> String {
        let base = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
