import Testing

@testable import PlanciteStructure

/// Odd strings the parsers may meet: none may trap, and normalising twice changes nothing.
@Suite struct OddInputTests {
    static let inputs: [String] = [
        "", " ", ":", "■", "Goal", "Goal:", "Goal ■", "Goal 99999999999999999999", "Goal -1", "Goal 1..2",
        "Goal 0x1F", "Objective 1.2.3.4.5.6.7.8.9.10.11", "( )", "()", ")", "(DOJ", "DOJ)", "1.", "1.1",
        "1.1.", "Action 1 ", "A B C D", "S T", "U. S.", "\u{2014}", "\u{2013}2017", "2017\u{2013}", "FY",
        "FY 20", "Goal 1\u{0301}: é", "Pillar 🙂: x", "Strategy\u{00A0}2:\u{00A0}", String(repeating: "Goal 1: ", count: 50),
    ]

    @Test(arguments: inputs)
    func parsersStayCalm(_ text: String) {
        let normalized = TextNormalizer.normalize(text)
        #expect(TextNormalizer.normalize(normalized) == normalized)
        var heading = HeadingParser(normalized)
        if let found = heading.parse(strict: true) {
            #expect(!found.term.isEmpty)
        }
        var numbered = NumberedItemParser(normalized)
        _ = numbered.parse(allowSingle: true)
        _ = AgencyParser.splitTrailing(normalized)
        _ = PeriodParser.find(in: normalized)
        _ = NumberLabel.parse(normalized)
    }
}
