import Foundation
import PlanciteCore
import TestSupport
import Testing

@testable import PlanciteStructure

/// The Samples against their hand-written truth (Samples/truth/*.json).
@Suite struct SampleTests {
    struct Truth: Decodable {
        struct Goal: Decodable, Equatable {
            var number: Int
            var title: String
            var page: Int
        }
        struct Objective: Decodable, Equatable {
            var number: String
            var goal: Int?
            var title: String
            var page: Int
        }
        struct Action: Decodable, Equatable {
            var number: String?
            var objective: String?
            var goal: Int?
            var agencies: [String]
            var page: Int
        }
        var title: String?
        var period: Period?
        var organizations: [String]?
        var goals: [Goal]
        var objectives: [Objective]
        var actionItems: [Action]
    }

    static let names = ["plan", "newsletter", "report"]

    @Test(arguments: names)
    func matchesTheTruth(_ name: String) throws {
        let samples = RepositoryPaths.samples
        let truthData = try Data(contentsOf: samples.appendingPathComponent("truth/\(name).json"))
        let truth = try JSONDecoder().decode(Truth.self, from: truthData)
        let plan = try RoundTrip.parse(pdf: samples.appendingPathComponent("\(name).pdf").path)

        #expect(plan.title == truth.title)
        #expect(plan.period == truth.period)
        if let organizations = truth.organizations { #expect(plan.organizations == organizations) }
        #expect(plan.goals.map { Truth.Goal(number: $0.number, title: $0.title, page: $0.page) } == truth.goals)
        #expect(plan.objectives.map {
            Truth.Objective(
                number: $0.number, goal: $0.goal.flatMap { Int($0.dropFirst("goal-".count)) },
                title: $0.title, page: $0.page)
        } == truth.objectives)
        let actions = plan.actionItems.map {
            Truth.Action(
                number: $0.number, objective: $0.objective.map { String($0.dropFirst("objective-".count)) },
                goal: $0.goal.flatMap { Int($0.dropFirst("goal-".count)) }, agencies: $0.agencies,
                page: $0.page)
        }
        #expect(actions.count == truth.actionItems.count)
        for (found, expected) in zip(actions, truth.actionItems) { #expect(found == expected) }
        #expect(!plan.diagnostics.contains { $0.code == "duplicate-id" || $0.code == "objective-goal-mismatch" })
    }
}
