import Foundation
import PlanciteDataset
import Testing
import TestSupport

@Suite struct SchemaTests {
    let validator = SchemaValidator(schema: DocumentSchema.value)

    private func json(_ record: DocumentRecord) throws -> JSONValue {
        try JSONValue.parse(JSONCoding.pretty(record))
    }

    @Test func validRecordPasses() throws {
        #expect(validator.problems(in: try json(RecordFixtures.record())) == [])
    }

    @Test func optionalValuesAreWrittenAsNull() throws {
        var record = RecordFixtures.record()
        record.period = nil
        let text = String(decoding: try JSONCoding.pretty(record), as: UTF8.self)
        #expect(text.contains("\"period\" : null"))
        #expect(text.contains("\"statement\" : null"))
        #expect(validator.problems(in: try json(record)) == [])
    }

    @Test(arguments: [
        ("\"kind\" : \"reference\"", "\"kind\" : \"footnote\"", "is not one of the allowed values"),
        ("\"page\" : 2", "\"page\" : 0", "below the minimum"),
        ("\"schemaVersion\" : \"1.0.0\"", "\"schemaVersion\" : \"9\"", "must be"),
        ("\"number\" : 1,", "\"number\" : \"one\",", "expected integer"),
        ("\"organizations\" : [", "\"extra\" : 1, \"organizations\" : [", "not allowed"),
    ])
    func brokenRecordIsCaught(original: String, replacement: String, problem: String) throws {
        let text = String(decoding: try JSONCoding.pretty(RecordFixtures.record()), as: UTF8.self)
        #expect(text.contains(original))
        let broken = text.replacingOccurrences(of: original, with: replacement)
        let problems = validator.problems(in: try JSONValue.parse(Data(broken.utf8)))
        #expect(problems.contains { $0.contains(problem) }, "\(problems)")
    }

    @Test func missingKeyIsCaught() throws {
        guard case .object(var object) = try json(RecordFixtures.record()) else { Issue.record("not an object"); return }
        object["notes"] = nil
        #expect(validator.problems(in: .object(object)) == ["$: missing required key \"notes\""])
    }
}

@Suite struct RecordInvariantTests {
    @Test func soundRecordHasNoProblems() {
        #expect(RecordInvariants.problems(in: RecordFixtures.record()) == [])
    }

    @Test func danglingReferencesAndDuplicatesAreFound() {
        var record = RecordFixtures.record()
        record.objectives[0].goal = "goal-9"
        record.notes[1].antecedent = "note-7"
        record.markers.append(record.markers[0])
        record.actionItems[0].page = 12
        let problems = RecordInvariants.problems(in: record)
        #expect(problems.contains("objective-1.goal points at \"goal-9\", which does not exist"))
        #expect(problems.contains("note-2.antecedent points at \"note-7\", which does not exist"))
        #expect(problems.contains("marker id \"marker-1\" is used twice"))
        #expect(problems.contains("action-1.1 is on page 12, outside 1...3"))
    }

    /// Items of one parent are checked each: a missing parent between, after or before found ones is found every time.
    @Test(arguments: [
        ["goal-1", "goal-1", "goal-9", "goal-1", "goal-9", "goal-9"],
        ["goal-9", "goal-1", "goal-1"],
        ["goal-1", "goal-9"],
    ])
    func aMissingParentAmongFoundOnesIsFoundEachTime(goals: [String]) {
        var record = RecordFixtures.record()
        let item = record.actionItems[0]
        record.actionItems = goals.enumerated().map { index, goal in
            var action = item
            action.id = "action-1.\(index + 1)"
            action.goal = goal
            action.objective = index % 3 == 2 ? "objective-9" : "objective-1"
            return action
        }
        let expected = goals.enumerated().flatMap { index, goal in
            (goal == "goal-1" ? [] : ["action-1.\(index + 1).goal points at \"\(goal)\", which does not exist"])
                + (index % 3 == 2 ? ["action-1.\(index + 1).objective points at \"objective-9\", which does not exist"] : [])
        }
        #expect(RecordInvariants.problems(in: record) == expected)
    }
}
