import PlanciteCore
import PlanciteDataset

/// Turns records' diagnostics and unreadable inputs into a report under a policy and a baseline.
///
/// What `plancite check` does with it:
/// ```swift
/// var policy = pipeline.check ?? CheckPolicy()            // the YAML `check:` section
/// if let failOn { policy.failOn = failOn }                 // --fail-on overrides it
/// let baseline = try (writeBaseline == nil ? policy.baseline : nil)
///     .map { try Baseline(contentsOf: URL(fileURLWithPath: $0)) }
/// var report = Checker(policy: policy, baseline: baseline).check(records: records, unreadable: failures)
/// if let writeBaseline { report = try report.writingBaseline(to: URL(fileURLWithPath: writeBaseline)) }
/// print(try report.render(format, options: ReportOptions(
///     colour: isatty(1) != 0, stepSummaryPath: environment["GITHUB_STEP_SUMMARY"])), terminator: "")
/// return report.exitStatus                                 // 0, 1 or 3
/// ```
public struct Checker: Sendable {
    public var policy: CheckPolicy
    /// Accepted findings; nil checks without a baseline (every finding is new).
    public var baseline: Baseline?

    public init(policy: CheckPolicy = CheckPolicy(), baseline: Baseline? = nil) {
        self.policy = policy
        self.baseline = baseline
    }

    public func check(records: [DocumentRecord], unreadable: [UnreadableInput] = []) -> CheckReport {
        var reportedSeverity: [String: Severity] = [:]
        var findings: [Finding] = []
        for record in records {
            for diagnostic in record.diagnostics {
                var finding = Finding(record: record, diagnostic: diagnostic)
                reportedSeverity[finding.code] = max(reportedSeverity[finding.code] ?? .info, finding.severity)
                guard let severity = policy.severity(forCode: finding.code, reported: finding.severity)
                else { continue }
                finding.severity = severity
                findings.append(finding)
            }
        }
        findings += unreadable.map(Finding.init(unreadable:))
        findings.sort(by: Finding.reportOrder)
        if let baseline { Checker.markAccepted(&findings, by: baseline) }

        let genericRules = reportedSeverity.keys.sorted()
            .filter { RuleCatalogue.knownRule($0) == nil }
            .map { CheckRule.generic(code: $0, severity: reportedSeverity[$0]!) }
        let files = Set(records.map(\.source.path)).union(unreadable.map(\.path)).sorted()
        return CheckReport(
            findings: findings, files: files, rules: RuleCatalogue.rules + genericRules,
            policy: policy, usesBaseline: baseline != nil)
    }

    /// Marks, per fingerprint, the first findings in report order up to the baseline's count.
    static func markAccepted(_ findings: inout [Finding], by baseline: Baseline) {
        var remaining = baseline.acceptedCounts
        for index in findings.indices where findings[index].code != RuleCatalogue.unreadableInput {
            let fingerprint = Fingerprint(findings[index])
            if let left = remaining[fingerprint], left > 0 {
                findings[index].inBaseline = true
                remaining[fingerprint] = left - 1
            }
        }
    }
}
