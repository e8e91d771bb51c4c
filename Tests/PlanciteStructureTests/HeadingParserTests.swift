import Testing

@testable import PlanciteStructure

@Suite struct HeadingParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var strict: Bool
        var level: Vocabulary.Level
        var term: String
        var number: String
        var title: String
        var statement: String?
        var testDescription: String { text }
    }

    static let accepted: [Case] = [
        Case(text: "Goal 1: Align Efforts: Promote a strategic approach to shared work.", strict: true,
             level: .goal, term: "Goal", number: "1", title: "Align Efforts",
             statement: "Promote a strategic approach to shared work."),
        Case(text: "Goal 1 ■ Build Capacity: Grow the skills of local staff.", strict: true,
             level: .goal, term: "Goal", number: "1", title: "Build Capacity",
             statement: "Grow the skills of local staff."),
        Case(text: "GOAL I — Protect Communities", strict: false, level: .goal, term: "GOAL",
             number: "1", title: "Protect Communities", statement: nil),
        Case(text: "Strategic Goal 2.", strict: true, level: .goal, term: "Strategic Goal",
             number: "2", title: "", statement: nil),
        Case(text: "Goal 3", strict: false, level: .goal, term: "Goal", number: "3", title: "",
             statement: nil),
        Case(text: "PILLAR ONE | DEFEND SHARED NETWORKS", strict: false, level: .goal, term: "PILLAR",
             number: "1", title: "DEFEND SHARED NETWORKS", statement: nil),
        Case(text: "Priority IV: Open Data. Agencies publish what they hold.", strict: true,
             level: .goal, term: "Priority", number: "4", title: "Open Data",
             statement: "Agencies publish what they hold."),
        Case(text: "Objective 3: Reduce waiting times", strict: true, level: .objective,
             term: "Objective", number: "3", title: "Reduce waiting times", statement: nil),
        Case(text: "STRATEGIC OBJECTIVE 1.2: SCALE REGIONAL HUBS", strict: false, level: .objective,
             term: "STRATEGIC OBJECTIVE", number: "1.2", title: "SCALE REGIONAL HUBS", statement: nil),
        Case(text: "sub-goal 2.1 — Train mentors", strict: true, level: .objective, term: "sub-goal",
             number: "2.1", title: "Train mentors", statement: nil),
        Case(text: "Action 4. Increase Staff Skills", strict: false, level: .action, term: "Action",
             number: "4", title: "Increase Staff Skills", statement: nil),
        Case(text: "Action Item 2.3: Publish a yearly report (GAO)", strict: true, level: .action,
             term: "Action Item", number: "2.3", title: "Publish a yearly report (GAO)", statement: nil),
        Case(text: "Milestone 5 - Pilot complete", strict: true, level: .action, term: "Milestone",
             number: "5", title: "Pilot complete", statement: nil),
    ]

    @Test(arguments: accepted)
    func acceptsLevelHeadings(_ item: Case) throws {
        var parser = HeadingParser(item.text)
        let parsed = parser.parse(strict: item.strict)
        let heading = try #require(parsed)
        #expect(heading.level == item.level)
        #expect(heading.term == item.term)
        #expect(heading.number.text == item.number)
        #expect(heading.title == item.title)
        #expect(heading.statement == item.statement)
    }

    static let refused: [(String, Bool)] = [
        ("Goal 2 builds on the work of the first year.", true),
        ("Goals 1 and 2 share a budget.", false),
        ("See Goal 2 for details.", true),
        ("Priority 1 areas get funds first.", false),
        ("Strategy 2030: a new decade", true),
        ("Goal setting matters.", false),
        ("The goal: 1 plan", false),
        ("Goal 2: the air work continues.", true),
    ]

    @Test(arguments: refused)
    func refusesSentencesAndCrossReferences(_ text: String, strict: Bool) {
        var parser = HeadingParser(text)
        #expect(parser.parse(strict: strict) == nil)
    }

    @Test func customTermsComeFromTheVocabulary() throws {
        let vocabulary = Vocabulary.default.merging(Vocabulary(goal: ["Aim"]))
        var parser = HeadingParser("Aim 2: Clean Rivers", vocabulary: vocabulary)
        let parsed = parser.parse(strict: true)
        let heading = try #require(parsed)
        #expect(heading.level == .goal)
        #expect(heading.title == "Clean Rivers")
        var defaultParser = HeadingParser("Aim 2: Clean Rivers")
        #expect(defaultParser.parse(strict: true) == nil)
    }
}
