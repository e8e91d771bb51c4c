/// Checks what a schema cannot: ids unique, references that resolve, pages in range.
public enum RecordInvariants {
    /// Every broken invariant of `record`, as sentences.
    public static func problems(in record: DocumentRecord) -> [String] {
        var problems: [String] = []
        // Only the id of each item is read (by index): an item passed whole was copied, every string of it retained.
        func unique(_ count: Int, _ id: (Int) -> String, _ what: String) -> Set<String> {
            var seen = Set<String>(minimumCapacity: count)
            for index in 0..<count {
                let id = id(index)
                if !seen.insert(id).inserted { problems.append("\(what) id \"\(id)\" is used twice") }
            }
            return seen
        }
        let goals = unique(record.goals.count, { record.goals[$0].id }, "goal")
        let objectives = unique(record.objectives.count, { record.objectives[$0].id }, "objective")
        _ = unique(record.actionItems.count, { record.actionItems[$0].id }, "action item")
        let markers = unique(record.markers.count, { record.markers[$0].id }, "marker")
        let notes = unique(record.notes.count, { record.notes[$0].id }, "note")
        let references = unique(record.references.count, { record.references[$0].id }, "reference")

        // `what` is only worked out for a problem: most records have none.
        func resolves(_ id: String?, in set: Set<String>, _ what: @autoclosure () -> String) {
            if let id, !set.contains(id) { problems.append("\(what()) points at \"\(id)\", which does not exist") }
        }
        // Items of one parent follow each other: a parent found for the item before is not looked up again.
        func resolves(_ id: String?, in set: Set<String>, after found: inout String?, _ what: @autoclosure () -> String) {
            guard let id, id != found else { return }
            if set.contains(id) { found = id } else { problems.append("\(what()) points at \"\(id)\", which does not exist") }
        }
        func inRange(_ page: Int?, _ what: @autoclosure () -> String) {
            if let page, page < 1 || page > record.source.pages {
                problems.append("\(what()) is on page \(page), outside 1...\(record.source.pages)")
            }
        }
        for index in record.goals.indices {
            let id = record.goals[index].id
            inRange(record.goals[index].page, id)
            for marker in record.goals[index].markers { resolves(marker, in: markers, "\(id).markers") }
        }
        var goalFound: String?
        for index in record.objectives.indices {
            let id = record.objectives[index].id
            inRange(record.objectives[index].page, id)
            resolves(record.objectives[index].goal, in: goals, after: &goalFound, "\(id).goal")
            for marker in record.objectives[index].markers { resolves(marker, in: markers, "\(id).markers") }
        }
        goalFound = nil
        var objectiveFound: String?
        for index in record.actionItems.indices {
            let id = record.actionItems[index].id
            inRange(record.actionItems[index].page, id)
            resolves(record.actionItems[index].goal, in: goals, after: &goalFound, "\(id).goal")
            resolves(record.actionItems[index].objective, in: objectives, after: &objectiveFound, "\(id).objective")
            for marker in record.actionItems[index].markers { resolves(marker, in: markers, "\(id).markers") }
        }
        for index in record.markers.indices {
            let id = record.markers[index].id
            inRange(record.markers[index].page, id)
            resolves(record.markers[index].note, in: notes, "\(id).note")
        }
        for index in record.notes.indices {
            let id = record.notes[index].id
            inRange(record.notes[index].page, id)
            resolves(record.notes[index].antecedent, in: notes, "\(id).antecedent")
            resolves(record.notes[index].reference, in: references, "\(id).reference")
            for marker in record.notes[index].citedBy { resolves(marker, in: markers, "\(id).citedBy") }
        }
        for index in record.diagnostics.indices {
            inRange(record.diagnostics[index].page, "diagnostic \(record.diagnostics[index].code)")
        }
        return problems
    }
}
