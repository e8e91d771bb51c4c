import PlanciteDataset

/// The plan of one record as a tree: goals → objectives → action items with their agencies.
struct PlanTreeSection {
    let record: DocumentRecord

    var html: String {
        let goals = record.goals
        let objectives = record.objectives
        let actions = record.actionItems
        guard !(goals.isEmpty && objectives.isEmpty && actions.isEmpty) else {
            return "<p class=\"empty\">No goals, objectives or action items found.</p>\n"
        }
        let goalIDs = Set(goals.map(\.id))
        let objectiveIDs = Set(objectives.map(\.id))
        var out = "<ul class=\"tree\">\n"
        for goal in goals {
            out += "<li class=\"goal\"><span class=\"tag goal\">\(esc(goal.term)) \(goal.number)</span> "
            out += "<strong>\(esc(goal.title))</strong> \(page(goal.page))"
            out += children(
                objectives: objectives.filter { $0.goal == goal.id },
                actions: actions.filter { $0.goal == goal.id && !objectiveIDs.contains($0.objective ?? "") })
            out += "</li>\n"
        }
        let looseObjectives = objectives.filter { !goalIDs.contains($0.goal ?? "") }
        let looseActions = actions.filter { !goalIDs.contains($0.goal ?? "") && !objectiveIDs.contains($0.objective ?? "") }
        if !looseObjectives.isEmpty || !looseActions.isEmpty {
            out += "<li class=\"loose\"><em>Outside any goal</em>"
            out += children(objectives: looseObjectives, actions: looseActions)
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }

    private func children(objectives: [ObjectiveRecord], actions: [ActionItemRecord]) -> String {
        guard !objectives.isEmpty || !actions.isEmpty else { return "" }
        var out = "\n<ul>\n"
        for objective in objectives {
            out += "<li class=\"objective\"><span class=\"tag objective\">\(esc(objective.term)) \(esc(objective.number))</span> "
            out += "\(esc(objective.title)) \(page(objective.page))"
            out += actionList(record.actionItems.filter { $0.objective == objective.id })
            out += "</li>\n"
        }
        out += actions.map(actionItem).joined()
        return out + "</ul>\n"
    }

    private func actionList(_ actions: [ActionItemRecord]) -> String {
        actions.isEmpty ? "" : "\n<ul>\n" + actions.map(actionItem).joined() + "</ul>\n"
    }

    private func actionItem(_ action: ActionItemRecord) -> String {
        let number = action.number.map { " " + esc($0) } ?? ""
        var out = "<li class=\"action\"><span class=\"tag action\">\(esc(action.term))\(number)</span> \(esc(action.text))"
        if !action.agencies.isEmpty {
            out += " " + action.agencies.map { "<span class=\"agency\">\(esc($0))</span>" }.joined(separator: " ")
        }
        return out + " \(page(action.page))</li>\n"
    }

    private func page(_ number: Int) -> String { "<span class=\"page\">p. \(number)</span>" }
}
