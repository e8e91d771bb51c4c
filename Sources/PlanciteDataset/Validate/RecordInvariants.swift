/// Checks what a schema cannot: ids unique, references that resolve, pages in range.
public enum RecordInvariants {
    /// Every broken invariant of `record`, as sentences.
    public static func problems(in record: DocumentRecord) -> [String] {
        var problems: [String] = []
        func unique(_ ids: [String], _ what: String) -> Set<String> {
            var seen = Set<String>(minimumCapacity: ids.count)
            for id in ids where !seen.insert(id).inserted {
                problems.append("\(what) id \"\(id)\" is used twice")
            }
            return seen
        }
        let goals = unique(record.goals.map(\.id), "goal")
        let objectives = unique(record.objectives.map(\.id), "objective")
        _ = unique(record.actionItems.map(\.id), "action item")
        let markers = unique(record.markers.map(\.id), "marker")
        let notes = unique(record.notes.map(\.id), "note")
        let references = unique(record.references.map(\.id), "reference")

        // `what` is only worked out for a problem: most records have none.
        func resolves(_ id: String?, in set: Set<String>, _ what: @autoclosure () -> String) {
            if let id, !set.contains(id) { problems.append("\(what()) points at \"\(id)\", which does not exist") }
        }
        func inRange(_ page: Int?, _ what: @autoclosure () -> String) {
            if let page, page < 1 || page > record.source.pages {
                problems.append("\(what()) is on page \(page), outside 1...\(record.source.pages)")
            }
        }
        for goal in record.goals {
            inRange(goal.page, goal.id)
            for marker in goal.markers { resolves(marker, in: markers, "\(goal.id).markers") }
        }
        for objective in record.objectives {
            inRange(objective.page, objective.id)
            resolves(objective.goal, in: goals, "\(objective.id).goal")
            for marker in objective.markers { resolves(marker, in: markers, "\(objective.id).markers") }
        }
        for item in record.actionItems {
            inRange(item.page, item.id)
            resolves(item.goal, in: goals, "\(item.id).goal")
            resolves(item.objective, in: objectives, "\(item.id).objective")
            for marker in item.markers { resolves(marker, in: markers, "\(item.id).markers") }
        }
        for marker in record.markers {
            inRange(marker.page, marker.id)
            resolves(marker.note, in: notes, "\(marker.id).note")
        }
        for note in record.notes {
            inRange(note.page, note.id)
            resolves(note.antecedent, in: notes, "\(note.id).antecedent")
            resolves(note.reference, in: references, "\(note.id).reference")
            for marker in note.citedBy { resolves(marker, in: markers, "\(note.id).citedBy") }
        }
        for diagnostic in record.diagnostics { inRange(diagnostic.page, "diagnostic \(diagnostic.code)") }
        return problems
    }
}
