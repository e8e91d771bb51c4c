import Foundation
import PlanciteCheck
import PlanciteCore
import Testing
import TestSupport

@Suite struct GitHubReporterTests {
    /// A record with `errors` dangling markers and `warnings` orphan notes, one per page.
    func crowded(errors: Int, warnings: Int) -> CheckReport {
        let diagnostics =
            (1...errors).map {
                SampleRecords.diagnostic("dangling-marker", .error, "marker \"\($0)\" has no note", page: $0, label: "\($0)")
            }
            + (1...warnings).map {
                SampleRecords.diagnostic("orphan-note", .warning, "note \($0) is never cited", page: $0, label: "\($0)")
            }
        return Checker().check(records: [SampleRecords.record(id: "big", path: "big.pdf", pages: 40, diagnostics: diagnostics)])
    }

    func commands(_ log: String, _ kind: String) -> [String] {
        log.split(separator: "\n").map(String.init).filter { $0.hasPrefix("::\(kind) ") }
    }

    @Test(arguments: [
        ("plain", "plain"), ("50%", "50%25"), ("a\r\nb", "a%0D%0Ab"), ("x: y, z", "x%3A y%2C z"),
    ])
    func escapesProperties(raw: String, escaped: String) {
        #expect(GitHubReporter.escapeProperty(raw) == escaped)
    }

    @Test func escapesDataButKeepsColonsAndCommas() {
        #expect(GitHubReporter.escapeData("a: 100%, b\nc") == "a: 100%25, b%0Ac")
    }

    @Test func commandNamesFileAndPage() {
        let finding = Finding(
            path: "Samples/annual report, 2024.pdf", documentID: "a", page: 4, label: "3", code: "malformed-url",
            severity: .error, message: "URL 50% broken", bbox: nil)
        #expect(
            GitHubReporter.command(for: finding)
                == "::error file=Samples/annual report%2C 2024.pdf,title=malformed-url (page 4)::URL 50%25 broken")
    }

    @Test func annotatesUpToTheCapsAndWritesTheWholeListToTheStepSummary() throws {
        let report = crowded(errors: 25, warnings: 12)
        let folder = try TemporaryDirectory("plancite-github")
        let summaryPath = folder.path("step-summary.md")
        try Data("earlier step\n".utf8).write(to: URL(fileURLWithPath: summaryPath))
        let log = try report.render(.github, options: ReportOptions(stepSummaryPath: summaryPath))
        #expect(commands(log, "error").count == 10)
        #expect(commands(log, "warning").count == 10)
        #expect(commands(log, "error").first?.hasSuffix("::marker \"1\" has no note") == true)
        #expect(log.contains("plancite: 17 more findings not annotated"))
        let summary = try String(contentsOfFile: summaryPath, encoding: .utf8)
        #expect(summary.hasPrefix("earlier step\n### plancite check\n"))
        let rows = summary.split(separator: "\n").filter { $0.hasPrefix("| big.pdf |") }
        #expect(rows.count == 37)
        Golden.check(log, against: "github-capped.txt")
        Golden.check(String(summary.dropFirst("earlier step\n".count)), against: "github-step-summary.md")
    }

    @Test func respectsTheJobCap() {
        let limits = GitHubAnnotationLimits(errorsPerStep: 10, warningsPerStep: 10, noticesPerStep: 10, perJob: 12)
        let output = GitHubReporter(limits: limits).render(crowded(errors: 11, warnings: 11))
        #expect(commands(output.log, "error").count + commands(output.log, "warning").count == 12)
        #expect(output.stepSummary != nil)
    }

    @Test func noStepSummaryUnderTheCaps() throws {
        let folder = try TemporaryDirectory("plancite-github")
        let summaryPath = folder.path("step-summary.md")
        let log = try crowded(errors: 10, warnings: 10).render(.github, options: ReportOptions(stepSummaryPath: summaryPath))
        #expect(commands(log, "error").count == 10)
        #expect(!FileManager.default.fileExists(atPath: summaryPath))
        #expect(!log.contains("not annotated"))
    }

    @Test func acceptedFindingsAreNotAnnotated() {
        let baseline = Checker().check(records: [SampleRecords.plan]).makeBaseline()
        let report = Checker(baseline: baseline).check(records: SampleRecords.records)
        let log = GitHubReporter().render(report).log
        #expect(!log.contains("file=Samples/plan.pdf"))
        #expect(commands(log, "error").count == 2)
    }

    @Test func infoBecomesNotice() {
        let log = GitHubReporter().render(Checker().check(records: [SampleRecords.plan])).log
        #expect(commands(log, "notice") == ["::notice file=Samples/plan.pdf,title=column-overlap (page 2)::two text columns overlap"])
    }
}

@Suite struct GitHubLogTests {
    @Test func unannotatedFindingsStayInTheLog() {
        let diagnostics = (1...12).map { (n: Int) in
            SampleRecords.diagnostic("dangling-marker", .error, "marker \"\(n)\" has no note", page: n, label: "\(n)")
        }
        let report = Checker().check(records: [SampleRecords.record(id: "b", path: "b.pdf", diagnostics: diagnostics)])
        let log = GitHubReporter().render(report).log
        #expect(log.contains("listed below:\n"))
        #expect(log.contains("\nb.pdf:11: error[dangling-marker]: marker \"11\" has no note\n"))
        #expect(log.contains("\nb.pdf:12: error[dangling-marker]: marker \"12\" has no note\n"))
        #expect(GitHubReporter(writesStepSummary: true).render(report).log.contains("listed below and in the job summary:"))
    }
}
