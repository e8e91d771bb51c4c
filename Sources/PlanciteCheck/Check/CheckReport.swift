import Foundation
import PlanciteCore

/// The outcome of a check: sorted findings, the files checked, and the exit status they give.
public struct CheckReport: Sendable, Equatable {
    /// Findings after the policy, sorted by file, page, code, label.
    public var findings: [Finding]
    /// Every input path checked, readable or not, sorted.
    public var files: [String]
    /// The catalogue's rules, then generic entries for other codes found, by id.
    public var rules: [CheckRule]
    public var policy: CheckPolicy
    /// Whether a baseline was applied (reporters then tell new findings from accepted ones).
    public var usesBaseline: Bool

    public init(findings: [Finding], files: [String], rules: [CheckRule], policy: CheckPolicy, usesBaseline: Bool) {
        self.findings = findings
        self.files = files
        self.rules = rules
        self.policy = policy
        self.usesBaseline = usesBaseline
    }

    public var failOn: FailLevel { policy.failOn }

    /// Whether the policy switches this rule off.
    public func isOff(_ ruleID: String) -> Bool { policy.rules[ruleID] == .off && ruleID != RuleCatalogue.unreadableInput }

    /// Whether any input could not be read.
    public var hasUnreadableInputs: Bool {
        findings.contains { $0.code == RuleCatalogue.unreadableInput }
    }

    /// Whether this finding fails the check: not in the baseline and at or above `failOn`.
    public func fails(_ finding: Finding) -> Bool {
        !finding.inBaseline && failOn.fails(finding.severity)
    }

    /// Findings that fail the check.
    public var failingFindings: [Finding] { findings.filter(fails) }

    /// 3 when an input could not be read, else 1 when a finding fails, else 0.
    public var exitStatus: Int32 {
        CheckReport.exitStatus(hasUnreadableInputs: hasUnreadableInputs, hasFailingFindings: !failingFindings.isEmpty)
    }

    /// The exit status rule of `plancite check`: unreadable inputs (3) win over failing findings (1).
    public static func exitStatus(hasUnreadableInputs: Bool, hasFailingFindings: Bool) -> Int32 {
        if hasUnreadableInputs { return ExitStatus.inputsFailed }
        if hasFailingFindings { return ExitStatus.findings }
        return ExitStatus.success
    }

    public var summary: CheckSummary { CheckSummary(self) }

    /// The rule of a finding's code.
    public func rule(for code: String) -> CheckRule {
        rules.first { $0.id == code } ?? .generic(code: code, severity: .warning)
    }

    /// A baseline accepting every finding of this report (but unreadable inputs).
    public func makeBaseline() -> Baseline { Baseline(findings: findings) }

    /// Writes `makeBaseline()` to `url` and returns the report as checked against it.
    public func writingBaseline(to url: URL) throws -> CheckReport {
        let baseline = makeBaseline()
        try baseline.write(to: url)
        var accepted = self
        for index in accepted.findings.indices { accepted.findings[index].inBaseline = false }
        Checker.markAccepted(&accepted.findings, by: baseline)
        accepted.usesBaseline = true
        return accepted
    }
}
