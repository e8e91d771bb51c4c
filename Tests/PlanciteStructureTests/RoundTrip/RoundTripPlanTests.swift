import Foundation
import PlanciteCore
import Testing

@testable import PlanciteStructure

@Suite struct RoundTripPlanTests {
    static let plan = """
        @meta title=River Basin Plan; author=River Basin Council
        @size 11
        # River Basin Strategic Plan
        ## FY 2025–2029
        Department of Water Resources

        Office of River Planning | Valley Basin Council
        @newpage
        # Contents
        @toc Goal 1: Clean Rivers | 3
        @toc Goal 2: Healthy Floodplains | 4
        @toc Goal 3 | 5
        @newpage
        @header River Basin Strategic Plan
        @footer Page {page}
        # Executive Summary
        The plan sets three goals:
        - Goal 1: Clean Rivers
        - Goal 2: Healthy Floodplains
        - Goal 3: Shared Stewardship
        Progress on Goal 2 depends on the work under Objective 1, as Goal 1 explains.
        @newpage
        # Goal 1: Clean Rivers: Every reach of the river meets the swimming standard.^{1}
        ## Objective 1: Cut runoff from farms
        Key action items include:
        - Fund buffer strips along streams (Farm Agency, Soil Office)
        - Train growers in nutrient planning
        ## Objective 2: Upgrade treatment plants
        2.1 Replace filters at the four oldest plants (DWR; EPA and Valley Basin Council)
        2.2 Publish plant readings every month
        @newpage
        # GOAL II — Healthy Floodplains
        Floodplains store water and shelter wildlife.^{2}
        ## Objective 3: Restore wetlands
        @table Action Item | Lead Agency | Timeframe
        | 3.1 Map drained wetlands | Survey Office | 2025
        | 3.2 Buy back flood-prone land from willing owners | Land Trust; Counties | 2026
        | 3.3 Replant native trees | Forest Service | 2027
        @endtable
        @newpage
        # Goal 3
        ## Shared Stewardship
        Everyone who lives in the basin helps care for it.
        ## Objective 3.1: Open a basin volunteer network
        @footnote 1 Standard set in the basin water rules.
        """

    @Test func readsTheWholePlan() throws {
        let structure = try RoundTrip.parse(Self.plan)
        #expect(structure.title == "River Basin Strategic Plan")
        #expect(structure.period == Period(start: 2025, end: 2029))
        #expect(structure.organizations == [
            "Department of Water Resources", "Office of River Planning", "Valley Basin Council",
        ])

        #expect(structure.goals.map(\.id) == ["goal-1", "goal-2", "goal-3"])
        #expect(structure.goals.map(\.title) == ["Clean Rivers", "Healthy Floodplains", "Shared Stewardship"])
        #expect(structure.goals.map(\.statement) == [
            "Every reach of the river meets the swimming standard.",
            "Floodplains store water and shelter wildlife.",
            "Everyone who lives in the basin helps care for it.",
        ])
        #expect(structure.goals.map(\.page) == [4, 5, 6])
        #expect(structure.goals.map(\.term) == ["Goal", "GOAL", "Goal"])
        #expect(structure.goals[0].markerAnchors.count == 1)
        #expect(structure.goals[1].markerAnchors.count == 1)

        #expect(structure.objectives.map(\.id) == ["objective-1", "objective-2", "objective-3", "objective-3.1"])
        #expect(structure.objectives.map(\.goal) == ["goal-1", "goal-1", "goal-2", "goal-3"])

        let actions = structure.actionItems
        #expect(actions.map(\.id) == [
            "action-1", "action-2", "action-2.1", "action-2.2", "action-3.1", "action-3.2", "action-3.3",
        ])
        #expect(actions.map(\.objective) == [
            "objective-1", "objective-1", "objective-2", "objective-2", "objective-3", "objective-3",
            "objective-3",
        ])
        #expect(actions[0].agencies == ["Farm Agency", "Soil Office"])
        #expect(actions[2].agencies == ["DWR", "EPA", "Valley Basin Council"])
        #expect(actions[2].text == "Replace filters at the four oldest plants")
        #expect(actions[5].text == "Buy back flood-prone land from willing owners")
        #expect(actions[5].agencies == ["Land Trust", "Counties"])
        #expect(actions[4...].allSatisfy { $0.term == "Action Item" && $0.goal == "goal-2" })
        #expect(!structure.diagnostics.contains { $0.code == "duplicate-id" })
    }
}
