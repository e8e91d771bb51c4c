import PlanciteCore

/// Turns drafts into records: merges echoes, assigns ids, links objectives and action items.
///
/// Ids: `goal-<number>`, `objective-<number as printed, arabic>`, `action-<number>`, or
/// `action-<n>` (n counts unnumbered items in document order). A second, different item with the
/// same id gets `-2` (then `-3`…) and a `duplicate-id` warning.
struct StructureAssembler {
    var goals: [GoalDraft]
    var objectives: [ObjectiveDraft]
    var actions: [ActionDraft]
    var diagnostics: [Diagnostic] = []

    private func suffixed(_ base: String, _ ordinal: Int) -> String {
        ordinal == 1 ? base : "\(base)-\(ordinal)"
    }

    mutating func assemble() -> (goals: [Goal], objectives: [Objective], actions: [ActionItem]) {
        // Goals.
        var goalChildren = [Int](repeating: 0, count: goals.count)
        Self.count(objectives.lazy.map(\.positionGoal), into: &goalChildren)
        Self.count(actions.lazy.map(\.positionGoal), into: &goalChildren)
        let goalGroups = EchoMerger.group(goals.enumerated().map { index, draft in
            EchoMerger.Occurrence(
                index: index, key: String(draft.number), title: draft.title,
                statement: draft.statement,
                children: goalChildren[index])
        })
        var goalID = [String?](repeating: nil, count: goals.count)
        var goalRecords: [Goal] = []
        for group in goalGroups {
            let id = suffixed("goal-\(group.key)", group.ordinal)
            for member in group.members { goalID[member] = id }
            let draft = goals[group.winner]
            let placement = Placement(draft.blocks)
            report(group, id: id, kind: "goal", page: placement.page)
            if draft.title.isEmpty { reportMissingTitle(id, page: placement.page, bbox: placement.bbox) }
            goalRecords.append(Goal(
                id: id, number: draft.number, term: draft.term, title: draft.title,
                statement: draft.statement, page: placement.page, bbox: placement.bbox,
                markerAnchors: placement.markerAnchors))
        }
        // The id of the first group of each key, built once (looked up once per objective and item).
        let firstGoalID = Self.firstGroups(goalGroups).mapValues { suffixed("goal-\($0.key)", $0.ordinal) }
        func goalByNumber(_ number: Int) -> String? {
            firstGoalID[String(number)]
        }

        // Objectives.
        var objectiveChildren = [Int](repeating: 0, count: objectives.count)
        Self.count(actions.lazy.map(\.positionObjective), into: &objectiveChildren)
        let objectiveGroups = EchoMerger.group(objectives.enumerated().map { index, draft in
            EchoMerger.Occurrence(
                index: index, key: draft.number.text, title: draft.title,
                statement: draft.statement,
                children: objectiveChildren[index])
        })
        var objectiveID = [String?](repeating: nil, count: objectives.count)
        var objectiveGoal: [String: String] = [:]
        var objectiveRecords: [Objective] = []
        for group in objectiveGroups {
            let id = suffixed("objective-\(group.key)", group.ordinal)
            for member in group.members { objectiveID[member] = id }
            let draft = objectives[group.winner]
            let placement = Placement(draft.blocks)
            report(group, id: id, kind: "objective", page: placement.page)
            if draft.title.isEmpty { reportMissingTitle(id, page: placement.page, bbox: placement.bbox) }
            let byPosition = draft.positionGoal.flatMap { goalID[$0] }
            var goal = byPosition
            if draft.number.components.count >= 2, let byNumber = goalByNumber(draft.number.leading) {
                if let byPosition, byPosition != byNumber {
                    diagnostics.append(Diagnostic(
                        code: "objective-goal-mismatch", severity: .warning,
                        message: "\(draft.term) \(draft.number.text) is numbered under \(byNumber) but stands under \(byPosition)",
                        page: placement.page, label: id, bbox: placement.bbox))
                }
                goal = byNumber
            }
            if let goal { objectiveGoal[id] = goal }
            objectiveRecords.append(Objective(
                id: id, number: draft.number.text, term: draft.term, goal: goal, title: draft.title,
                statement: draft.statement, page: placement.page, bbox: placement.bbox,
                markerAnchors: placement.markerAnchors))
        }
        let firstObjectiveID = Self.firstGroups(objectiveGroups).mapValues {
            suffixed("objective-\($0.key)", $0.ordinal)
        }
        /// The objective a number's parent names (`1.2` for `1.2.3`), by the parent's text: the
        /// number's text up to its last dot.
        func objectiveByParent(of number: NumberLabel) -> String? {
            guard number.components.count > 1, let dot = number.text.utf8.lastIndex(of: 0x2E) else { return nil }
            return firstObjectiveID[String(number.text[..<dot])]
        }

        // Action items.
        var unnumbered = 0
        let actionKeys: [String] = actions.map { draft in
            if let number = draft.number { return number.text }
            unnumbered += 1
            return String(unnumbered)
        }
        var actionChildren = [Int](repeating: 0, count: actions.count)
        Self.count(actions.lazy.map(\.parentAction), into: &actionChildren)
        let actionGroups = EchoMerger.group(actions.enumerated().map { index, draft in
            EchoMerger.Occurrence(
                index: index, key: draft.number == nil ? "#\(actionKeys[index])" : actionKeys[index],
                title: draft.text, statement: nil,
                children: actionChildren[index])
        })
        // The keys of all groups, made only when an unnumbered item needs them.
        var actionGroupKeys: Set<String>?
        var actionID = [String?](repeating: nil, count: actions.count)
        for group in actionGroups {
            let key = group.key.hasPrefix("#") ? String(group.key.dropFirst()) : group.key
            var ordinal = group.ordinal
            // An unnumbered item's key may collide with a numbered item's.
            if group.key.hasPrefix("#") {
                if actionGroupKeys == nil { actionGroupKeys = Set(actionGroups.map(\.key)) }
                if actionGroupKeys!.contains(key) { ordinal = max(ordinal, 2) }
            }
            let id = suffixed("action-\(key)", ordinal)
            for member in group.members { actionID[member] = id }
        }
        var actionRecords: [ActionItem] = []
        for group in actionGroups {
            let id = actionID[group.winner]!
            let draft = actions[group.winner]
            let placement = Placement(draft.blocks)
            if !group.key.hasPrefix("#") { report(group, id: id, kind: "action", page: placement.page) }
            let byPosition = draft.positionObjective.flatMap { objectiveID[$0] }
            var objective = byPosition
            if let number = draft.number, let byNumber = objectiveByParent(of: number) {
                objective = byNumber
            }
            var goal = objective.flatMap { objectiveGoal[$0] } ?? draft.positionGoal.flatMap { goalID[$0] }
            if objective == nil, let number = draft.number, number.components.count >= 2,
                let byNumber = goalByNumber(number.leading), draft.positionObjective == nil
            {
                goal = byNumber
            }
            actionRecords.append(ActionItem(
                id: id, number: draft.number?.text, term: draft.term, objective: objective, goal: goal,
                text: draft.text, agencies: draft.agencies, page: placement.page, bbox: placement.bbox,
                markerAnchors: placement.markerAnchors,
                parent: draft.parentAction.flatMap { actionID[$0] }))
        }
        return (goalRecords, objectiveRecords, actionRecords)
    }

    /// Adds how many times each index appears (drafts point only at drafts before them: every
    /// index is in range; one that is not could never be looked up).
    private static func count(_ indices: some Sequence<Int?>, into counts: inout [Int]) {
        for case let index? in indices where index >= 0 && index < counts.count { counts[index] += 1 }
    }

    /// The first group of each key.
    private static func firstGroups(_ groups: [EchoMerger.Group]) -> [String: EchoMerger.Group] {
        var first: [String: EchoMerger.Group] = [:]
        for group in groups where first[group.key] == nil { first[group.key] = group }
        return first
    }

    private mutating func reportMissingTitle(_ id: String, page: Int, bbox: Rect) {
        diagnostics.append(Diagnostic(
            code: "missing-title", severity: .warning,
            message: "\(id) has a number but no title", page: page, label: id, bbox: bbox))
    }

    private mutating func report(_ group: EchoMerger.Group, id: String, kind: String, page: Int) {
        if group.ordinal > 1 {
            diagnostics.append(Diagnostic(
                code: "duplicate-id", severity: .warning,
                message: "a second, different \(kind) numbered \(group.key) was renamed \(id)",
                page: page, label: id))
        }
        if group.members.count > 1 {
            diagnostics.append(Diagnostic(
                code: "echo-merged", severity: .info,
                message: "\(group.members.count) occurrences of \(id) merged; the fullest one was kept",
                page: page, label: id))
        }
    }
}
