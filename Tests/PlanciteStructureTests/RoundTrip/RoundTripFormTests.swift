import Foundation
import PlanciteCore
import Testing

@testable import PlanciteStructure

@Suite struct RoundTripFormTests {
    @Test func letterSpacedPillarsAndObjectives() throws {
        let structure = try RoundTrip.parse("""
            # Harbour Security Strategy
            @newpage
            # P ILLAR O NE | P ROTECT THE P ORTS
            Ports move most of the goods the region needs.
            ## S TRATEGIC O BJECTIVE 1.1: S CAN E VERY C ONTAINER
            Scanners at each gate check arriving freight.
            ## S TRATEGIC O BJECTIVE 1.2: S HARE A LERTS Q UICKLY
            @newpage
            # P ILLAR T WO | T RAIN C REWS
            ## S TRATEGIC O BJECTIVE 2.1: R UN Y EARLY D RILLS
            """)
        #expect(structure.goals.map(\.id) == ["goal-1", "goal-2"])
        #expect(structure.goals.map(\.title) == ["PROTECT THE PORTS", "TRAIN CREWS"])
        #expect(structure.goals[0].statement == "Ports move most of the goods the region needs.")
        #expect(structure.objectives.map(\.id) == ["objective-1.1", "objective-1.2", "objective-2.1"])
        #expect(structure.objectives.map(\.title) == [
            "SCAN EVERY CONTAINER", "SHARE ALERTS QUICKLY", "RUN YEARLY DRILLS",
        ])
        #expect(structure.objectives.map(\.goal) == ["goal-1", "goal-1", "goal-2"])
    }

    @Test func newsletterActionsHaveNoParents() throws {
        let structure = try RoundTrip.parse("""
            @columns 2
            # Parish News
            ## Library corner
            The reading room reopened in May after the roof repair. Volunteers painted the walls
            and the council bought new shelves.
            The committee agreed on its next action items:
            - Open on Saturday mornings (Library Committee)
            - Start a homework club for pupils
            - Lend tablets to older readers
            ## Football
            The under-twelves won the cup.
            """)
        #expect(structure.goals.isEmpty)
        #expect(structure.actionItems.map(\.id) == ["action-1", "action-2", "action-3"])
        #expect(structure.actionItems.allSatisfy { $0.goal == nil && $0.objective == nil && $0.term == "Action Item" })
        #expect(structure.actionItems[0].agencies == ["Library Committee"])
        #expect(structure.actionItems[2].text == "Lend tablets to older readers")
    }

    @Test func actionTableContinuesOnTheNextPage() throws {
        let rows = (1...40).map { "| 1.1.\($0) Inspect bridge \($0) | Roads Office | \(2025 + $0 % 3)" }
        let structure = try RoundTrip.parse("""
            # Goal 1: Safe Bridges
            ## Objective 1.1: Inspect every bridge
            @table Action | Lead Agency | Timeframe
            \(rows.joined(separator: "\n"))
            @endtable
            """)
        let actions = structure.actionItems
        #expect(actions.map(\.id) == (1...40).map { "action-1.1.\($0)" })
        #expect(Set(actions.map(\.page)).count >= 2)
        #expect(actions.allSatisfy { $0.objective == "objective-1.1" && $0.goal == "goal-1" })
        #expect(actions.allSatisfy { $0.agencies == ["Roads Office"] && $0.term == "Action" })
        #expect(actions[39].text == "Inspect bridge 40")
    }

    @Test func numberingAndPositionDisagree() throws {
        let structure = try RoundTrip.parse("""
            Goal 1: Safe Water: Every home has clean water.

            Objective 1.1: Test every well.

            Goal 2: Clean Air: Every school has clean air.

            Objective 1.2: Repair old pipes.

            Objective 2.1: Measure the air near schools.
            """)
        #expect(structure.objectives.map(\.goal) == ["goal-1", "goal-1", "goal-2"])
        #expect(structure.diagnostics.filter { $0.code == "objective-goal-mismatch" }.compactMap(\.label) == ["objective-1.2"])
    }
}
