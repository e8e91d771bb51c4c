import Foundation
import PlanciteCheck
import PlanciteCore
import Testing

@Suite struct ReporterGoldenTests {
    let report = Checker().check(records: SampleRecords.records, unreadable: [SampleRecords.scan])

    /// The same records with one baseline accepting the plan's findings.
    var baselineReport: CheckReport {
        let accepted = Checker().check(records: [SampleRecords.plan])
        return Checker(baseline: accepted.makeBaseline())
            .check(records: SampleRecords.records, unreadable: [SampleRecords.scan])
    }

    @Test(arguments: ReportFormat.allCases)
    func formatMatchesGolden(format: ReportFormat) throws {
        Golden.check(try report.render(format), against: "report.\(Self.fileExtension(format))")
    }

    @Test(arguments: [ReportFormat.text, .sarif, .json, .junit])
    func formatWithBaselineMatchesGolden(format: ReportFormat) throws {
        Golden.check(try baselineReport.render(format), against: "report-baseline.\(Self.fileExtension(format))")
    }

    @Test func colouredTextMatchesGolden() throws {
        Golden.check(try report.render(.text, options: ReportOptions(colour: true)), against: "report-colour.txt")
    }

    @Test func textCanListAcceptedFindings() throws {
        let text = try baselineReport.render(.text, options: ReportOptions(includeBaselined: true))
        Golden.check(text, against: "report-baseline-all.txt")
    }

    @Test func ruleSectionMatchesGolden() {
        Golden.check(RuleCatalogue.markdownSection(), against: "rules.md")
    }

    @Test(arguments: ReportFormat.allCases)
    func outputDoesNotDependOnInputOrder(format: ReportFormat) throws {
        let shuffled = Checker().check(
            records: SampleRecords.records.reversed().map { record in
                var record = record
                record.diagnostics.reverse()
                return record
            },
            unreadable: [SampleRecords.scan])
        #expect(try shuffled.render(format) == report.render(format))
    }

    @Test func textLinesLookLikeCompilerOutput() {
        let lines = TextReporter().render(report).split(separator: "\n").map(String.init)
        #expect(lines.contains(#"Samples/plan.pdf:7: error[dangling-marker]: marker "12" has no note"#))
        #expect(lines.contains("Samples/plan.pdf: error[numbering-gap]: notes jump from 3 to 5: note 4 is missing"))
        #expect(lines.last == "5 errors, 2 warnings, 1 info in 4 files")
    }

    @Test func junitIsWellFormedXML() throws {
        let xml = JUnitReporter().render(report)
        let result = try PythonTool.run(
            script: "import sys, xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.buffer.read())",
            input: Data(xml.utf8))
        try #require(result != nil, "python3 is not available")
        #expect(result?.status == 0, "\(result?.output ?? "")")
    }

    static func fileExtension(_ format: ReportFormat) -> String {
        switch format {
        case .text: "txt"
        case .github: "github.txt"
        case .sarif: "sarif"
        case .junit: "xml"
        case .json: "json"
        }
    }
}
