import PlanciteCore

/// GitHub Actions workflow commands: one annotation per finding, up to GitHub's caps.
///
/// `::error file=Samples/plan.pdf,title=dangling-marker (page 7)::marker "12" has no note`.
/// PDF pages are not source lines, so no `line=` is given; the page goes in the title.
/// With a baseline only new findings are annotated. When some findings are not annotated
/// (caps), a plain line says so, they follow as plain text lines (so the log stays complete),
/// and `stepSummary` holds the whole list as a Markdown table. The summary line ends the log.
public struct GitHubReporter: Sendable {
    public var limits: GitHubAnnotationLimits
    /// Whether the step summary will be written (the log then points readers to it).
    public var writesStepSummary: Bool

    public init(limits: GitHubAnnotationLimits = .github, writesStepSummary: Bool = false) {
        self.limits = limits
        self.writesStepSummary = writesStepSummary
    }

    /// The log for standard output and, when annotations were capped, the step summary Markdown.
    public struct Output: Sendable, Equatable {
        public var log: String
        public var stepSummary: String?
    }

    public func render(_ report: CheckReport) -> Output {
        var lines: [String] = []
        var used: [Severity: Int] = [:]
        var total = 0
        var notAnnotated: [Finding] = []
        for finding in report.findings where !finding.inBaseline {
            let cap = perStepCap(finding.severity)
            if used[finding.severity, default: 0] < cap, total < limits.perJob {
                used[finding.severity, default: 0] += 1
                total += 1
                lines.append(Self.command(for: finding))
            } else {
                notAnnotated.append(finding)
            }
        }
        var stepSummary: String?
        if !notAnnotated.isEmpty {
            let count = notAnnotated.count
            lines.append(
                "plancite: \(count) more finding\(count == 1 ? "" : "s") not annotated "
                    + "(GitHub shows at most \(limits.errorsPerStep) errors and \(limits.warningsPerStep) "
                    + "warnings per step); listed below"
                    + (writesStepSummary ? " and in the job summary:" : ":"))
            let text = TextReporter()
            lines += notAnnotated.map(text.line(for:))
            stepSummary = Self.markdownTable(report)
        }
        lines.append(report.summary.line)
        return Output(log: lines.joined(separator: "\n") + "\n", stepSummary: stepSummary)
    }

    private func perStepCap(_ severity: Severity) -> Int {
        switch severity {
        case .error: limits.errorsPerStep
        case .warning: limits.warningsPerStep
        case .info: limits.noticesPerStep
        }
    }

    /// The workflow command for one finding.
    public static func command(for finding: Finding) -> String {
        let name: String
        switch finding.severity {
        case .error: name = "error"
        case .warning: name = "warning"
        case .info: name = "notice"
        }
        var title = finding.code
        if let page = finding.page { title += " (page \(page))" }
        let properties = "file=\(escapeProperty(finding.path)),title=\(escapeProperty(title))"
        return "::\(name) \(properties)::\(escapeData(finding.message))"
    }

    /// Escapes a command's message: `%`, CR and LF.
    public static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a property value: as data, plus `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }

    /// Every finding as a Markdown table under a heading, for `GITHUB_STEP_SUMMARY`.
    public static func markdownTable(_ report: CheckReport) -> String {
        var lines = ["### plancite check", "", report.summary.line, ""]
        var header = ["File", "Page", "Severity", "Rule", "Label", "Message"]
        if report.usesBaseline { header.append("Baseline") }
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: " --- |", count: header.count))
        for finding in report.findings {
            var cells = [
                finding.path, finding.page.map(String.init) ?? "", finding.severity.rawValue,
                "`\(finding.code)`", finding.label ?? "", finding.message,
            ]
            if report.usesBaseline { cells.append(finding.inBaseline ? "accepted" : "new") }
            lines.append("| " + cells.map(MarkdownText.cell).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }
}
