import ArgumentParser
import Foundation
import PlanciteCheck
import PlanciteCore
import PlanciteDataset

extension ReportFormat: ExpressibleByArgument {}
extension FailLevel: ExpressibleByArgument {}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check citation integrity: every marker has a note, every note is cited, ibids resolve.",
        discussion: """
            INPUTS are PDFs or folders of them (checked in memory, nothing written), output
            folders written by ingest or run, or one pipeline file (its inputs and its check:
            policy). Exit status: 0 clean; 1 findings at or above --fail-on; 2 usage error;
            3 an input could not be read.
            """)

    @Argument(help: "PDFs, folders, output folders, or one pipeline file (.yml).")
    var inputs: [String]

    @Option(help: "Report format: text, github, sarif, junit or json.")
    var format: ReportFormat = .text

    @Option(help: "Fail on findings at or above this level: error, warning or never.")
    var failOn: FailLevel?

    @Option(help: "Accept the findings listed in this baseline file.")
    var baseline: String?

    @Option(help: "Write today's findings to this baseline file and accept them.")
    var writeBaseline: String?

    @OptionGroup var passwordOptions: PasswordOptions

    func validate() throws {
        let pipelines = inputs.filter(Self.isPipelineFile)
        if !pipelines.isEmpty && inputs.count > 1 {
            throw ValidationError("Give either one pipeline file or PDFs and output folders, not both.")
        }
    }

    static func isPipelineFile(_ path: String) -> Bool {
        path.hasSuffix(".yml") || path.hasSuffix(".yaml")
    }

    func run() throws {
        var policy = CheckPolicy()
        var pipeline = PlanPipeline(password: passwordOptions.password)
        var paths = inputs
        var baselinePath = baseline
        if let file = inputs.first, Self.isPipelineFile(file) {
            let config: PipelineConfig
            do { config = try PipelineConfig.load(path: file) } catch {
                StandardStreams.error(error.errorDescription ?? "\(error)")
                throw ExitCode(ExitStatus.usage)
            }
            policy = try Self.policy(from: config.check, file: file)
            pipeline = PlanPipeline(password: passwordOptions.password ?? config.password, vocabulary: config.vocabulary)
            paths = config.inputs.map(config.resolve).map(Run.display)
            baselinePath = baselinePath ?? config.check.baseline.map(config.resolve).map(Run.display)
        }
        if let failOn { policy.failOn = failOn }

        let collection = RecordCollector(pipeline: pipeline).collect(paths)
        let unreadable = collection.failures.map { entry in
            UnreadableInput(path: entry.path, code: entry.error?.code ?? .unreadable, message: entry.error?.message ?? "could not be read")
        }
        do {
            let accepted = try (writeBaseline == nil ? baselinePath : nil).map { try Baseline(contentsOf: URL(fileURLWithPath: $0)) }
            var report = Checker(policy: policy, baseline: accepted).check(records: collection.records, unreadable: unreadable)
            if let writeBaseline { report = try report.writingBaseline(to: URL(fileURLWithPath: writeBaseline)) }
            let options = ReportOptions(
                colour: StandardStreams.outputIsTerminal && format == .text,
                stepSummaryPath: ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"])
            StandardStreams.write(try report.render(format, options: options))
            if report.exitStatus != ExitStatus.success { throw ExitCode(report.exitStatus) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StandardStreams.error("plancite check: \((error as? LocalizedError)?.errorDescription ?? "\(error)")")
            throw ExitCode(ExitStatus.usage)
        }
    }

    /// The pipeline file's `check:` section as a policy; a bad value is a usage error naming the file.
    static func policy(from section: PipelineConfig.CheckSection, file: String) throws -> CheckPolicy {
        var policy = CheckPolicy()
        if let failOn = section.failOn {
            guard let level = FailLevel(rawValue: failOn) else {
                throw ValidationError("\(file): check.fail-on is \"\(failOn)\"; use error, warning or never.")
            }
            policy.failOn = level
        }
        for (rule, value) in section.rules.sorted(by: { $0.key < $1.key }) {
            guard let setting = RuleSetting(rawValue: value) else {
                throw ValidationError("\(file): check.rules.\(rule) is \"\(value)\"; use off, info, warning or error.")
            }
            policy.rules[rule] = setting
        }
        policy.baseline = section.baseline
        return policy
    }
}
