/// JUnit XML: a `<testsuite>` per PDF, a `<testcase>` per rule.
///
/// A rule's test case fails (`<failure>`) when it has findings that fail the check in that
/// file; its body lists all of the rule's findings there. Findings that do not fail (below
/// `fail-on`, or accepted by the baseline) leave the test case passing and are listed in its
/// `<system-out>`. Rules the policy switches off are `<skipped/>`. An unreadable input's suite
/// holds one `unreadable-input` test case with an `<error>`. No timestamps, so output is stable.
public struct JUnitReporter: Sendable {
    public init() {}

    public func render(_ report: CheckReport) -> String {
        let byFile = Dictionary(grouping: report.findings, by: \.path)
        var suites: [Suite] = []
        for path in report.files {
            let findings = byFile[path] ?? []
            let unreadable = findings.filter { $0.code == RuleCatalogue.unreadableInput }
            if !unreadable.isEmpty {
                suites.append(unreadableSuite(path: path, findings: unreadable))
            } else {
                suites.append(suite(path: path, findings: findings, report: report))
            }
        }
        let tests = suites.map(\.tests).reduce(0, +)
        let failures = suites.map(\.failures).reduce(0, +)
        let errors = suites.map(\.errors).reduce(0, +)
        let skipped = suites.map(\.skipped).reduce(0, +)
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<testsuites name="plancite check" tests="\#(tests)" failures="\#(failures)" errors="\#(errors)" skipped="\#(skipped)">"#,
        ]
        for suite in suites { lines += suite.lines }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    private struct Suite {
        var tests = 0
        var failures = 0
        var errors = 0
        var skipped = 0
        var lines: [String] = []
    }

    private func suite(path: String, findings: [Finding], report: CheckReport) -> Suite {
        let byRule = Dictionary(grouping: findings, by: \.code)
        let file = XMLText.escape(path)
        var suite = Suite()
        var body: [String] = []
        for rule in report.rules where rule.id != RuleCatalogue.unreadableInput {
            suite.tests += 1
            let open = #"    <testcase classname="\#(file)" name="\#(XMLText.escape(rule.id))""#
            let ruleFindings = byRule[rule.id] ?? []
            if report.isOff(rule.id) {
                suite.skipped += 1
                body += [open + ">", #"      <skipped message="rule is off"/>"#, "    </testcase>"]
            } else if ruleFindings.isEmpty {
                body.append(open + "/>")
            } else if ruleFindings.contains(where: report.fails) {
                suite.failures += 1
                let failing = ruleFindings.filter(report.fails).count
                let message = "\(failing) failing finding\(failing == 1 ? "" : "s")"
                body += [
                    open + ">",
                    #"      <failure message="\#(message)" type="\#(rule.id)">\#(listing(ruleFindings))</failure>"#,
                    "    </testcase>",
                ]
            } else {
                body += [
                    open + ">", "      <system-out>\(listing(ruleFindings))</system-out>", "    </testcase>",
                ]
            }
        }
        suite.lines =
            [
                #"  <testsuite name="\#(file)" tests="\#(suite.tests)" failures="\#(suite.failures)" errors="0" skipped="\#(suite.skipped)">"#
            ] + body + ["  </testsuite>"]
        return suite
    }

    private func unreadableSuite(path: String, findings: [Finding]) -> Suite {
        let file = XMLText.escape(path)
        let message = XMLText.escape(findings.map(\.message).joined(separator: "; "))
        var suite = Suite(tests: 1, failures: 0, errors: 1, skipped: 0)
        suite.lines = [
            #"  <testsuite name="\#(file)" tests="1" failures="0" errors="1" skipped="0">"#,
            #"    <testcase classname="\#(file)" name="\#(RuleCatalogue.unreadableInput)">"#,
            #"      <error message="\#(message)" type="\#(RuleCatalogue.unreadableInput)"/>"#,
            "    </testcase>",
            "  </testsuite>",
        ]
        return suite
    }

    /// One line per finding: `page 7: error: message [label 12] (in baseline)`.
    private func listing(_ findings: [Finding]) -> String {
        let lines = findings.map { finding in
            var line = finding.page.map { "page \($0): " } ?? ""
            line += "\(finding.severity.rawValue): \(finding.message)"
            if let label = finding.label { line += " [label \(label)]" }
            if finding.inBaseline { line += " (in baseline)" }
            return line
        }
        return XMLText.escape(lines.joined(separator: "\n"), inAttribute: false)
    }
}
