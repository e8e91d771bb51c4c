import Foundation
import PlanciteCore
import Testing

@testable import PlanciteStructure

@Suite struct TextNormalizerTests {
    static let cases: [(String, String)] = [
        ("S TRATEGIC O BJECTIVE 1.1: E STABLISH R EGIONAL H UBS", "STRATEGIC OBJECTIVE 1.1: ESTABLISH REGIONAL HUBS"),
        ("P ILLAR O NE | D EFEND N ETWORKS", "PILLAR ONE | DEFEND NETWORKS"),
        ("S CALE P UBLIC -P RIVATE W ORK", "SCALE PUBLIC-PRIVATE WORK"),
        ("E XPAND A N ATIONAL P LAN", "EXPAND A NATIONAL PLAN"),
        ("BUILD A NATIONAL NETWORK", "BUILD A NATIONAL NETWORK"),
        ("P REVENT A BUSE OF U.S.-B ASED S ERVERS", "PREVENT ABUSE OF U.S.-BASED SERVERS"),
        ("S ECURE I O T D EVICES", "SECURE IOT DEVICES"),
        ("U. S. Department of Labor", "U.S. Department of Labor"),
        ("U. S.-B ASED I NFRASTRUCTURE", "U.S.-BASED INFRASTRUCTURE"),
        ("the \u{201C}quoted\u{201D} plan\u{2019}s aim", "the \"quoted\" plan's aim"),
        ("safety\u{2014}and speed", "safety — and speed"),
        ("safety \u{2013} and speed", "safety — and speed"),
        ("years 2013\u{2013}2017", "years 2013\u{2013}2017"),
        ("  spaced\u{00A0} out ,  text ( here ) ", "spaced out, text (here)"),
    ]

    @Test(arguments: cases)
    func normalizes(_ input: String, _ expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }
}

@Suite struct NumberedItemParserTests {
    static let accepted: [(String, String?, String, String)] = [
        ("3.1 Develop a shared guide", nil, "3.1", "Develop a shared guide"),
        ("1.1.1 Map the current data", nil, "1.1.1", "Map the current data"),
        ("2.4: \"Open by default\" rule", nil, "2.4", "\"Open by default\" rule"),
        ("Develop a shared guide", "3.1", "3.1", "Develop a shared guide"),
    ]

    @Test(arguments: accepted)
    func readsNumberedItems(_ text: String, _ marker: String?, _ number: String, _ body: String) throws {
        var parser = NumberedItemParser(text, marker: marker)
        let parsed = parser.parse()
        let item = try #require(parsed)
        #expect(item.number.text == number)
        #expect(item.text == body)
    }

    @Test(arguments: ["3 Develop a guide", "2020 Annual report", "3.1 percent of staff", "Develop 3.1"])
    func refusesOtherLines(_ text: String) {
        var parser = NumberedItemParser(text)
        #expect(parser.parse() == nil)
    }
}

@Suite struct AgencyParserTests {
    static let cases: [(String, String, [String])] = [
        ("Develop a guide (DOJ, HHS, DHS)", "Develop a guide", ["DOJ", "HHS", "DHS"]),
        ("Develop a guide (DOJ; HHS and DHS).", "Develop a guide.", ["DOJ", "HHS", "DHS"]),
        ("Train staff (Department of Health and Human Services, and OMB)", "Train staff",
         ["Department of Health and Human Services", "OMB"]),
        ("Train staff (see below)", "Train staff (see below)", []),
        ("Report results (2024)", "Report results (2024)", []),
        ("Report results", "Report results", []),
    ]

    @Test(arguments: cases)
    func splitsTrailingAgencies(_ input: String, _ text: String, _ agencies: [String]) {
        let result = AgencyParser.splitTrailing(input)
        #expect(result.text == text)
        #expect(result.agencies == agencies)
    }

    @Test func readsCells() {
        #expect(AgencyParser.parseList("Lead: GSA / OMB") == ["GSA", "OMB"])
        #expect(AgencyParser.parseList("State and Treasury") == ["State", "Treasury"])
        #expect(AgencyParser.parseList("Required for all agencies") == nil)
        #expect(AgencyParser.parseCell("CDO Council, required for all agencies") == ["CDO Council"])
        #expect(AgencyParser.parseCell("Land Trust; Counties 2026") == ["Land Trust", "Counties"])
    }
}

@Suite struct PeriodParserTests {
    static let cases: [(String, Period?)] = [
        ("Strategic Plan 2013\u{2013}2017", Period(start: 2013, end: 2017)),
        ("Strategic Plan 2013-2017", Period(start: 2013, end: 2017)),
        ("FY 2024\u{2013}2028 Plan", Period(start: 2024, end: 2028)),
        ("FY24-28", Period(start: 2024, end: 2028)),
        ("Plan for 2020 to 2025", Period(start: 2020, end: 2025)),
        ("Plan 2019\u{2013}22", Period(start: 2019, end: 2022)),
        ("Call 555-1234", nil),
        ("Report 2017-2013", nil),
        ("March 2023", nil),
        ("Docket 2018\u{2013}23\u{2013}51", nil),
    ]

    @Test(arguments: cases)
    func findsPeriods(_ text: String, _ period: Period?) {
        #expect(PeriodParser.find(in: text) == period)
    }
}

@Suite struct VocabularyTests {
    @Test func decodesPartialFilesAndMerges() throws {
        let json = Data(#"{"goal": ["Aim"], "action": ["Task"]}"#.utf8)
        let extra = try JSONDecoder().decode(Vocabulary.self, from: json)
        #expect(extra.objective.isEmpty)
        let merged = Vocabulary.default.merging(extra)
        #expect(merged.goal.contains("Aim") && merged.goal.contains("Goal"))
        #expect(merged.action.contains("Task"))
        #expect(merged.merging(extra) == merged)
    }

    @Test func replacingRenamesALevel() {
        let renamed = Vocabulary.default.replacing(.goal, with: ["Outcome"])
        #expect(renamed.goal == ["Outcome"])
        #expect(renamed.match(["outcome", "1"])?.level == .goal)
        #expect(renamed.match(["Goal", "1"]) == nil)
    }

    @Test func longestTermWins() {
        #expect(Vocabulary.default.match(["Strategic", "Objective", "1"])?.term == "Strategic Objective")
        #expect(Vocabulary.default.match(["ACTION", "ITEM", "1"])?.term == "ACTION ITEM")
    }
}
