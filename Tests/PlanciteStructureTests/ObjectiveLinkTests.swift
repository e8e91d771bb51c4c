import PlanciteCore
import PlanciteLayout
import Testing

@testable import PlanciteStructure

@Suite struct ObjectiveLinkTests {
    @Test func continuousNumbersLinkByPosition() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Goal 1: Safe Water
            ## Objective 1: Test every well
            ## Objective 2: Repair old pipes
            # Goal 2: Clean Air
            ## Objective 3: Measure the air near schools
            """))
        #expect(plan.objectives.map(\.id) == ["objective-1", "objective-2", "objective-3"])
        #expect(plan.objectives.map(\.goal) == ["goal-1", "goal-1", "goal-2"])
        #expect(plan.objectives[2].title == "Measure the air near schools")
        #expect(!plan.diagnostics.contains { $0.code == "objective-goal-mismatch" })
    }

    @Test func hierarchicalNumbersWinOverPosition() throws {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Goal 1: Safe Water
            ## Objective 1.1: Test every well
            # Goal 2: Clean Air
            ## Objective 2.1: Measure the air
            ## Objective 1.2: Repair old pipes
            """))
        #expect(plan.objectives.map(\.id) == ["objective-1.1", "objective-2.1", "objective-1.2"])
        #expect(plan.objectives.map(\.goal) == ["goal-1", "goal-2", "goal-1"])
        let mismatch = try #require(plan.diagnostics.first { $0.code == "objective-goal-mismatch" })
        #expect(mismatch.label == "objective-1.2")
        #expect(mismatch.severity == .warning)
    }

    @Test func letterSpacedObjectivesUnderPillars() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # P ILLAR T WO | S HARE W ORK
            Partners share the work.
            ## S TRATEGIC O BJECTIVE 2.1: B UILD R EGIONAL H UBS
            Hubs bring partners together.
            ## S TRATEGIC O BJECTIVE 2.2: T RAIN L OCAL S TAFF
            """))
        #expect(plan.goals.map(\.id) == ["goal-2"])
        #expect(plan.objectives.map(\.number) == ["2.1", "2.2"])
        #expect(plan.objectives.map(\.term) == ["STRATEGIC OBJECTIVE", "STRATEGIC OBJECTIVE"])
        #expect(plan.objectives.map(\.title) == ["BUILD REGIONAL HUBS", "TRAIN LOCAL STAFF"])
        #expect(plan.objectives[0].statement == "Hubs bring partners together.")
        #expect(plan.objectives.allSatisfy { $0.goal == "goal-2" })
    }

    @Test func headingTitleWrappedIntoASecondHeadingBlock() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            ## S TRATEGIC O BJECTIVE 2.4: P REVENT A BUSE OF
            ## U. S.-B ASED I NFRASTRUCTURE
            Providers must secure their services.
            ## Reporting
            """))
        #expect(plan.objectives.map(\.title) == ["PREVENT ABUSE OF U.S.-BASED INFRASTRUCTURE"])
        #expect(plan.objectives.first?.statement == "Providers must secure their services.")
    }

    @Test func objectiveOutsideAnyGoalHasNoGoal() {
        let plan = StructureParser().parse(LayoutSketch.document("Objective 4: Cut paper use in half."))
        #expect(plan.objectives.map(\.id) == ["objective-4"])
        #expect(plan.objectives[0].goal == nil)
    }

    @Test func joinedParagraphsSplitWhereALineStartsALevel() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            Goal 1: Safe Water: Every home has clean water. // Objective 1.1: Test every well. // 1.1.1 Hire testers (State Lab) // Goal 2: Clean Air: Schools first.
            Goal 3 builds on the work described under // Goal 2: the air work.
            """))
        #expect(plan.goals.map(\.id) == ["goal-1", "goal-2"])
        #expect(plan.goals[0].statement == "Every home has clean water.")
        #expect(plan.objectives.map(\.id) == ["objective-1.1"])
        #expect(plan.actionItems.map(\.agencies) == [["State Lab"]])
    }
}
