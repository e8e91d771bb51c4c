import PlanciteCore
import PlanciteLayout
import Testing

@testable import PlanciteStructure

@Suite struct ActionItemTests {
    @Test func numberedItemsLinkToObjectiveAndGoal() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Goal 2: Clean Air
            ## Objective 3: Measure the air near schools
            3.1 Install sensors at fifty schools (EPA, DOE and NASA)
            [3.2] Publish readings every week
            """))
        #expect(plan.actionItems.map(\.id) == ["action-3.1", "action-3.2"])
        #expect(plan.actionItems.map(\.objective) == ["objective-3", "objective-3"])
        #expect(plan.actionItems.map(\.goal) == ["goal-2", "goal-2"])
        #expect(plan.actionItems[0].text == "Install sensors at fifty schools")
        #expect(plan.actionItems[0].agencies == ["EPA", "DOE", "NASA"])
        #expect(plan.actionItems[1].text == "Publish readings every week")
        #expect(plan.actionItems[1].number == "3.2")
    }

    @Test func threeLevelNumbersFindTheirObjective() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Goal 1: Safe Water
            ## Objective 1.1: Test every well
            ## Objective 1.2: Repair pipes
            1.1.1 Hire two testers (State Health Office)
            """))
        #expect(plan.actionItems.map(\.objective) == ["objective-1.1"])
        #expect(plan.actionItems.map(\.goal) == ["goal-1"])
        #expect(plan.actionItems[0].agencies == ["State Health Office"])
    }

    @Test func bulletsAfterAnIntroAreActionItems() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Goal 1: Safe Water
            ## Objective 1: Test every well
            Key action items include:
            - Buy field kits for every county (USGS)
            - Train volunteers to sample
            Wells are tested each spring.
            - A bullet that is not an action
            """))
        #expect(plan.actionItems.map(\.id) == ["action-1", "action-2"])
        #expect(plan.actionItems.map(\.term) == ["Action Item", "Action Item"])
        #expect(plan.actionItems.map(\.number) == [nil, nil])
        #expect(plan.actionItems.map(\.objective) == ["objective-1", "objective-1"])
        #expect(plan.actionItems[0].agencies == ["USGS"])
        #expect(plan.actionItems[1].text == "Train volunteers to sample")
    }

    @Test func actionItemsOutsideAnyGoalKeepNullParents() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Spring Newsletter
            The office met in March. Its next strategies:
            - Open two new branches
            - Extend opening hours
            """))
        #expect(plan.goals.isEmpty)
        #expect(plan.actionItems.count == 2)
        #expect(plan.actionItems.allSatisfy { $0.goal == nil && $0.objective == nil })
        #expect(plan.actionItems.map(\.term) == ["Strategy", "Strategy"])
    }

    @Test func unnumberedTableRowsAreItemsOfTheirOwn() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            |3h| Strategy | Owner
            |3| Open two branches | Library Board
            |3| Extend opening hours | Library Board
            """))
        #expect(plan.actionItems.map(\.id) == ["action-1", "action-2"])
        #expect(plan.actionItems.map(\.term) == ["Strategy", "Strategy"])
        #expect(plan.actionItems.map(\.agencies) == [["Library Board"], ["Library Board"]])
    }

    @Test func tableRowsContinueAcrossPages() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Goal 1: Safe Water
            ## Objective 1.2: Repair old pipes
            |4h| Action Item | Lead Agency | Partners | Timeframe
            |4| 1.2.1 Survey the pipes | DOT | EPA; USGS | 2025
            === page
            |4h| Action Item | Lead Agency | Partners | Timeframe
            |4| 1.2.2 Replace lead lines | City Water Board | | 2026
            |5h| Year | Budget
            |5| 2025 | 40
            """))
        #expect(plan.actionItems.map(\.id) == ["action-1.2.1", "action-1.2.2"])
        #expect(plan.actionItems.map(\.term) == ["Action Item", "Action Item"])
        #expect(plan.actionItems[0].agencies == ["DOT", "EPA", "USGS"])
        #expect(plan.actionItems[0].text == "Survey the pipes")
        #expect(plan.actionItems[1].agencies == ["City Water Board"])
        #expect(plan.actionItems[1].page == 2)
        #expect(plan.actionItems.allSatisfy { $0.objective == "objective-1.2" && $0.goal == "goal-1" })
    }

    @Test func numberedRowsOfOtherTablesInsideAnObjective() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            ## Objective 3: Restore wetlands
            |7| 3.1 Map drained wetlands (Survey Office) | 2025
            |7| Total | 2025
            |8h| Year | Budget
            |8| 3.9 Spend the grant | 40
            """))
        #expect(plan.actionItems.map(\.id) == ["action-3.1", "action-3.9"])
        #expect(plan.actionItems[0].agencies == ["Survey Office"])
        #expect(plan.actionItems.allSatisfy { $0.objective == "objective-3" })
    }

    @Test func wrappedCellsContinueTheRowAbove() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            |2h| Milestone | Target Date | Responsible Party
            |2| 7.1 Publish the tool | Dec. 2021 | CIO and Chief Data
            |2| for agency use | | Officer Councils
            |2| 7.2 Share inventories | 2022 | OMB
            """))
        #expect(plan.actionItems.map(\.id) == ["action-7.1", "action-7.2"])
        #expect(plan.actionItems[0].text == "Publish the tool for agency use")
        #expect(plan.actionItems[0].agencies == ["CIO", "Chief Data Officer Councils"])
        #expect(plan.actionItems[1].agencies == ["OMB"])
    }

    @Test func namesThatContainATermDoNotIntroduceActions() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Goal 1: Safe Water
            The Federal Data Strategy sets out these aims:
            - Share data with the public
            The 2021 Action Plan answers three questions:
            - What comes next?
            """))
        #expect(plan.actionItems.isEmpty)
    }

    @Test func headingActionsOwnTheirMilestoneRows() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Action 1. Gather Data
            Agencies gather what they hold.
            |1h| Milestone | Target Date | Responsible Party
            |1| 1.1 Assess the data | 2022 | CDO Council
            # Action 2. Mature Governance
            """))
        #expect(plan.actionItems.map(\.id) == ["action-1", "action-1.1", "action-2"])
        #expect(plan.actionItems[0].text == "Gather Data")
        #expect(plan.actionItems[1].parent == "action-1")
        #expect(plan.actionItems[1].term == "Milestone")
        #expect(plan.actionItems[1].agencies == ["CDO Council"])
        #expect(plan.actionItems[2].parent == nil)
    }
}
