import PlanciteCheck
import PlanciteCore
import Testing

@Suite struct RuleCatalogueTests {
    /// The codes the citations stage emits, with the severities agreed for them.
    static let contract: [(String, Severity)] = [
        ("dangling-marker", .error), ("orphan-note", .warning), ("ibid-without-antecedent", .error),
        ("ambiguous-ibid", .warning), ("numbering-gap", .error), ("out-of-order", .warning),
        ("duplicate-label", .error), ("malformed-url", .error), ("supra-forward", .error),
        ("unresolved-supra", .error), ("ambiguous-supra", .warning), ("unresolved-op-cit", .error),
        ("ambiguous-op-cit", .warning), ("unreadable-input", .error),
    ]

    @Test(arguments: contract)
    func catalogueHasTheAgreedRule(code: String, severity: Severity) throws {
        let rule = try #require(RuleCatalogue.knownRule(code))
        #expect(rule.defaultSeverity == severity)
        for text in [rule.summary, rule.catches, rule.example, rule.fix] {
            #expect(!text.isEmpty)
            #expect(!text.contains("\n"))
        }
    }

    @Test func catalogueHasNoOtherRules() {
        #expect(RuleCatalogue.rules.map(\.id).sorted() == Self.contract.map(\.0).sorted())
    }

    @Test func markdownSectionHasARowPerRule() {
        let rows = RuleCatalogue.markdownSection().split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(rows.count == RuleCatalogue.rules.count)
        for rule in RuleCatalogue.rules {
            #expect(rows.contains { $0.hasPrefix("| `\(rule.id)` | \(rule.defaultSeverity.rawValue) |") })
        }
    }

    @Test func unknownCodesGetAGenericRuleAtTheReportedSeverity() {
        let rule = RuleCatalogue.rule(for: "header-drift", severity: .info)
        #expect(rule.id == "header-drift")
        #expect(rule.defaultSeverity == .info)
        #expect(RuleCatalogue.rule(for: "orphan-note", severity: .error).defaultSeverity == .warning)
    }
}

@Suite struct JUnitReporterTests {
    @Test func offRulesAreSkipped() {
        let policy = CheckPolicy(rules: ["orphan-note": .off, "ambiguous-ibid": .off])
        let xml = JUnitReporter().render(Checker(policy: policy).check(records: [SampleRecords.clean]))
        #expect(xml.contains(#"<testsuite name="Samples/clean.pdf" tests="13" failures="0" errors="0" skipped="2">"#))
        #expect(xml.contains("<testcase classname=\"Samples/clean.pdf\" name=\"orphan-note\">\n      <skipped message=\"rule is off\"/>"))
    }

    @Test func findingsBelowFailOnDoNotFail() {
        let xml = JUnitReporter().render(Checker().check(records: [SampleRecords.plan]))
        #expect(xml.contains(#"<testsuite name="Samples/plan.pdf" tests="14" failures="2" errors="0" skipped="0">"#))
        #expect(xml.contains("name=\"orphan-note\">\n      <system-out>page 9: warning: note 14 on page 9 is never cited [label 14]</system-out>"))
    }

    @Test func unreadableInputIsAnError() {
        let xml = JUnitReporter().render(Checker().check(records: [], unreadable: [SampleRecords.scan]))
        #expect(xml.contains(#"<error message="no-text-layer: no page has a text layer" type="unreadable-input"/>"#))
        #expect(xml.contains(#"<testsuites name="plancite check" tests="1" failures="0" errors="1" skipped="0">"#))
    }
}
