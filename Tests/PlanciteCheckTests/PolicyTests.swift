import Foundation
import PlanciteCheck
import PlanciteCore
import Testing

@Suite struct PolicyTests {
    func codes(_ report: CheckReport) -> [String] { report.findings.map(\.code) }

    @Test func offRuleIsNotReported() {
        let policy = CheckPolicy(rules: ["orphan-note": .off, "column-overlap": .off])
        let report = Checker(policy: policy).check(records: [SampleRecords.plan])
        #expect(!codes(report).contains("orphan-note"))
        #expect(!codes(report).contains("column-overlap"))
        #expect(codes(report).contains("dangling-marker"))
    }

    @Test(arguments: [
        ("out-of-order", Severity.error), ("dangling-marker", .warning), ("column-overlap", .error),
        ("orphan-note", .info),
    ])
    func ruleIsRegraded(code: String, severity: Severity) throws {
        let policy = CheckPolicy(rules: [code: .severity(severity)])
        let report = Checker(policy: policy).check(records: [SampleRecords.plan])
        let finding = try #require(report.findings.first { $0.code == code })
        #expect(finding.severity == severity)
    }

    @Test func catalogueRulesUseTheirDefaultSeverityAndOtherCodesTheRecords() throws {
        let record = SampleRecords.record(
            id: "x", path: "x.pdf",
            diagnostics: [
                SampleRecords.diagnostic("orphan-note", .error, "note 2 is never cited", page: 1, label: "2"),
                SampleRecords.diagnostic("header-drift", .warning, "running header moves", page: 2),
            ])
        let report = Checker().check(records: [record])
        #expect(report.findings.map(\.severity) == [.warning, .warning])
        #expect(report.rule(for: "header-drift").defaultSeverity == .warning)
        #expect(report.rules.map(\.id).suffix(1) == ["header-drift"])
    }

    @Test(arguments: [
        (FailLevel.error, [Severity.warning], Int32(0)), (.error, [.error], 1), (.warning, [.warning], 1),
        (.warning, [.info], 0), (.never, [.error, .warning], 0), (.error, [.info, .warning], 0),
    ])
    func failOnDecidesExitStatus(failOn: FailLevel, severities: [Severity], status: Int32) {
        let record = SampleRecords.record(
            id: "x", path: "x.pdf",
            diagnostics: severities.enumerated().map { index, severity in
                SampleRecords.diagnostic("layout-\(index)", severity, "finding \(index)", page: index + 1)
            })
        let report = Checker(policy: CheckPolicy(failOn: failOn)).check(records: [record])
        #expect(report.exitStatus == status)
    }

    @Test func decodesThePipelineCheckSection() throws {
        let json = #"{ "fail-on": "warning", "rules": { "orphan-note": "off", "out-of-order": "error" }, "baseline": "ci/baseline.json" }"#
        let policy = try JSONDecoder().decode(CheckPolicy.self, from: Data(json.utf8))
        #expect(policy.failOn == .warning)
        #expect(policy.rules == ["orphan-note": .off, "out-of-order": .severity(.error)])
        #expect(policy.baseline == "ci/baseline.json")
        let again = try JSONDecoder().decode(CheckPolicy.self, from: JSONEncoder().encode(policy))
        #expect(again == policy)
    }

    @Test func missingKeysTakeDefaults() throws {
        let policy = try JSONDecoder().decode(CheckPolicy.self, from: Data("{}".utf8))
        #expect(policy == CheckPolicy())
        #expect(policy.failOn == .error)
    }

    @Test(arguments: [#"{ "fail-on": "sometimes" }"#, #"{ "rules": { "orphan-note": "loud" } }"#])
    func rejectsUnknownValues(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CheckPolicy.self, from: Data(json.utf8))
        }
    }

    @Test func unreadableInputCannotBeSwitchedOff() {
        let policy = CheckPolicy(failOn: .never, rules: ["unreadable-input": .off])
        let report = Checker(policy: policy).check(records: [], unreadable: [SampleRecords.scan])
        #expect(codes(report) == ["unreadable-input"])
        #expect(report.exitStatus == 3)
    }

    @Test func namesRulesTheCatalogueDoesNotKnow() {
        let policy = CheckPolicy(rules: ["orphan-note": .off, "orphan-notes": .off, "header-drift": .severity(.info)])
        #expect(policy.unknownRuleIDs == ["header-drift", "orphan-notes"])
    }
}
