import Foundation
import PlanciteCore
import TestSupport
import Testing

@testable import PlanciteStructure

/// The real plans in ../shared/corpus/real (skipped where the folder is absent).
@Suite(.enabled(if: RepositoryPaths.realCorpus != nil)) struct RealPlanTests {
    static func parse(_ name: String) throws -> PlanStructure {
        let folder = try #require(RepositoryPaths.realCorpus)
        return try RoundTrip.parse(pdf: folder.appendingPathComponent(name).path)
    }

    @Test func nationalCybersecurityStrategyHasFivePillarsAndTwentySevenObjectives() throws {
        let plan = try Self.parse("national-cybersecurity-strategy-2023.pdf")
        #expect(plan.title == "NATIONAL CYBERSECURITY STRATEGY")
        #expect(plan.goals.map(\.id) == (1...5).map { "goal-\($0)" })
        #expect(plan.goals.allSatisfy { $0.term == "PILLAR" })
        #expect(plan.goals.map(\.title) == [
            "DEFEND CRITICAL INFRASTRUCTURE", "DISRUPT AND DISMANTLE THREAT ACTORS",
            "SHAPE MARKET FORCES TO DRIVE SECURITY AND RESILIENCE", "INVEST IN A RESILIENT FUTURE",
            "FORGE INTERNATIONAL PARTNERSHIPS TO PURSUE SHARED GOALS",
        ])
        // The table of contents lists every pillar again; it must not add or move any.
        #expect(plan.goals.allSatisfy { $0.page > 5 })
        let perPillar = [5, 5, 6, 6, 5]
        let expected = perPillar.enumerated().flatMap { pillar, count in
            (1...count).map { "\(pillar + 1).\($0)" }
        }
        #expect(plan.objectives.map(\.number) == expected)
        #expect(plan.objectives.count == 27)
        #expect(plan.objectives.allSatisfy { $0.goal == "goal-\($0.number.prefix(1))" })
        #expect(plan.objectives.allSatisfy { $0.term == "STRATEGIC OBJECTIVE" })
        let titles = Dictionary(uniqueKeysWithValues: plan.objectives.map { ($0.number, $0.title) })
        #expect(titles["1.2"] == "SCALE PUBLIC-PRIVATE COLLABORATION")
        #expect(titles["2.4"] == "PREVENT ABUSE OF U.S.-BASED INFRASTRUCTURE")
        #expect(titles["3.2"] == "DRIVE THE DEVELOPMENT OF SECURE IOT DEVICES")
        #expect(titles["4.3"] == "PREPARE FOR OUR POST-QUANTUM FUTURE")
        #expect(!plan.diagnostics.contains { $0.code == "duplicate-id" || $0.code == "objective-goal-mismatch" })
    }

    @Test func federalDataStrategyHasElevenActionsWithoutEchoes() throws {
        let plan = try Self.parse("fds-2021-action-plan.pdf")
        #expect(plan.title == "Federal Data Strategy 2021 Action Plan")
        #expect(plan.goals.isEmpty && plan.objectives.isEmpty)
        let actions = plan.actionItems.filter { $0.parent == nil }
        #expect(actions.map(\.id) == (1...11).map { "action-\($0)" })
        #expect(actions.allSatisfy { $0.term == "Action" })
        #expect(actions.first?.text == "Gather and Assess Data Identified for Priority Agency Questions")
        #expect(actions.last?.text == "Geospatial Data Practices")
        // Milestones belong to the action whose number they extend.
        let ids = Set(actions.map(\.id))
        for milestone in plan.actionItems where milestone.parent != nil {
            #expect(ids.contains(milestone.parent!))
            #expect(milestone.parent == "action-\(milestone.number?.split(separator: ".").first ?? "")")
        }
        #expect(!plan.diagnostics.contains { $0.code == "duplicate-id" })
    }
}
