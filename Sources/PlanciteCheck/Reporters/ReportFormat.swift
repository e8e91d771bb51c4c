import Foundation

/// The output formats of `plancite check --format`.
public enum ReportFormat: String, Sendable, CaseIterable, Codable {
    /// Compiler-style lines and a summary line (the default).
    case text
    /// GitHub Actions workflow commands (annotations), plus a step summary when they are capped.
    case github
    /// SARIF 2.1.0, for code scanning.
    case sarif
    /// JUnit XML: a test suite per PDF, a test case per rule.
    case junit
    /// The findings and the summary as JSON.
    case json
}

/// How to render: the choices the CLI takes from flags and the environment.
public struct ReportOptions: Sendable {
    /// ANSI colours in `text` output (pass whether standard output is a terminal).
    public var colour: Bool
    /// `text`: also list findings the baseline accepts (marked `(in baseline)`).
    public var includeBaselined: Bool
    /// `github`: the `GITHUB_STEP_SUMMARY` file to append the full table to when annotations are capped.
    public var stepSummaryPath: String?
    /// `github`: the annotation caps.
    public var gitHubLimits: GitHubAnnotationLimits

    public init(
        colour: Bool = false, includeBaselined: Bool = false, stepSummaryPath: String? = nil,
        gitHubLimits: GitHubAnnotationLimits = .github
    ) {
        self.colour = colour
        self.includeBaselined = includeBaselined
        self.stepSummaryPath = stepSummaryPath
        self.gitHubLimits = gitHubLimits
    }
}

extension CheckReport {
    /// The report in `format`, ready for standard output.
    ///
    /// For `github`, when annotations are capped and `options.stepSummaryPath` is set, the full
    /// table is also appended to that file (the only side effect of rendering).
    public func render(_ format: ReportFormat, options: ReportOptions = ReportOptions()) throws -> String {
        switch format {
        case .text:
            return TextReporter(colour: options.colour, includeBaselined: options.includeBaselined).render(self)
        case .github:
            let path = options.stepSummaryPath ?? ""
            let output = GitHubReporter(limits: options.gitHubLimits, writesStepSummary: !path.isEmpty).render(self)
            if let summary = output.stepSummary, !path.isEmpty {
                try StepSummary.append(summary, toFileAt: path)
            }
            return output.log
        case .sarif:
            return try SARIFReporter().render(self)
        case .junit:
            return JUnitReporter().render(self)
        case .json:
            return try JSONReporter().render(self)
        }
    }
}

/// Appending to the GitHub Actions step summary file.
enum StepSummary {
    static func append(_ markdown: String, toFileAt path: String) throws {
        let url = URL(fileURLWithPath: path)
        if !FileManager.default.fileExists(atPath: path) {
            try Data().write(to: url)
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(markdown.utf8))
    }
}
