import PlanciteCore
import PlanciteLayout

/// Finds a plan's goals, objectives and action items, and its title, period and issuers.
///
/// Reads body blocks in reading order (furniture, footnotes and table-of-contents lines are
/// skipped). See `HeadingParser` and `NumberedItemParser` for the accepted forms, and
/// `StructureWalker` for when a line counts as a level. Diagnostics codes:
/// `objective-goal-mismatch` (warning: numbering and position disagree; numbering wins),
/// `duplicate-id` (warning: a different item reused a number; it gets a suffix),
/// `echo-merged` (info: a repeated item, e.g. in a summary, was merged into its fullest
/// occurrence), `missing-title` (warning: a goal or objective has a number but no title),
/// `no-structure` (info: no goal, objective or action item found).
public struct StructureParser: Sendable {
    public let vocabulary: Vocabulary

    public init(vocabulary: Vocabulary = .default) {
        self.vocabulary = vocabulary
    }

    public func parse(_ document: LayoutDocument) -> PlanStructure {
        var walker = StructureWalker(vocabulary: vocabulary)
        walker.walk(document.bodyBlocks)
        var assembler = StructureAssembler(
            goals: walker.goals, objectives: walker.objectives, actions: walker.actions)
        let (goals, objectives, actions) = assembler.assemble()
        var diagnostics = assembler.diagnostics
        if goals.isEmpty && objectives.isEmpty && actions.isEmpty {
            diagnostics.append(Diagnostic(
                code: "no-structure", severity: .info,
                message: "no goal, objective or action item was found"))
        }
        let facts = DocumentFactsReader(document: document)
        let title = facts.title()
        return PlanStructure(
            title: title, period: facts.period(title: title),
            organizations: facts.organizations(excluding: title), goals: goals,
            objectives: objectives, actionItems: actions, diagnostics: diagnostics)
    }
}
