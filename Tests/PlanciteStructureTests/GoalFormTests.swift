import PlanciteCore
import PlanciteLayout
import Testing

@testable import PlanciteStructure

@Suite struct GoalFormTests {
    struct Form: Sendable, CustomTestStringConvertible {
        var sketch: String
        var term: String
        var number: Int
        var title: String
        var statement: String?
        var testDescription: String { sketch.split(separator: "\n").first.map(String.init) ?? sketch }
    }

    static let forms: [Form] = [
        Form(sketch: "Goal 1: Align Efforts: Promote a strategic approach to shared work.",
             term: "Goal", number: 1, title: "Align Efforts",
             statement: "Promote a strategic approach to shared work."),
        Form(sketch: "## Goal 1 ■ Build Capacity: Grow the skills of local staff.",
             term: "Goal", number: 1, title: "Build Capacity", statement: "Grow the skills of local staff."),
        Form(sketch: "# GOAL I — Protect Communities\nWe will keep every town safe from floods.",
             term: "GOAL", number: 1, title: "Protect Communities",
             statement: "We will keep every town safe from floods."),
        Form(sketch: "## Strategic Goal 2.\n### Modern Systems\nReplace ageing tools with shared platforms.",
             term: "Strategic Goal", number: 2, title: "Modern Systems",
             statement: "Replace ageing tools with shared platforms."),
        Form(sketch: "# Goal 3\nStrengthen Systems\nEvery clinic reports on time by the end of the plan.",
             term: "Goal", number: 3, title: "Strengthen Systems",
             statement: "Every clinic reports on time by the end of the plan."),
        Form(sketch: "# P ILLAR O NE | D EFEND S HARED N ETWORKS\nNetworks carry the services people need.",
             term: "PILLAR", number: 1, title: "DEFEND SHARED NETWORKS",
             statement: "Networks carry the services people need."),
        Form(sketch: "- priority 2: Open Data: Agencies publish what they hold.",
             term: "priority", number: 2, title: "Open Data", statement: "Agencies publish what they hold."),
    ]

    @Test(arguments: forms)
    func readsGoalForms(_ form: Form) throws {
        let plan = StructureParser().parse(LayoutSketch.document(form.sketch))
        try #require(plan.goals.count == 1)
        let goal = plan.goals[0]
        #expect(goal.id == "goal-\(form.number)")
        #expect(goal.number == form.number)
        #expect(goal.term == form.term)
        #expect(goal.title == form.title)
        #expect(goal.statement == form.statement)
        #expect(goal.page == 1)
    }

    @Test func crossReferencesAndSentencesAreNotGoals() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Introduction
            Goal 2 builds on what the first plan did.
            The work under Objective 3 continues, see Goal 2.
            Goals 1 and 2 share a budget.
            """))
        #expect(plan.goals.isEmpty)
        #expect(plan.objectives.isEmpty)
        #expect(plan.diagnostics.map(\.code) == ["no-structure"])
    }

    @Test func aNumberWithoutTitleIsReported() throws {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Goal 4
            - A bullet that is no title
            """))
        let diagnostic = try #require(plan.diagnostics.first { $0.code == "missing-title" })
        #expect(diagnostic.label == "goal-4")
        #expect(plan.goals.map(\.title) == [""])
    }
}
