import PlanciteCitations
import PlanciteCore
import PlanciteExtract
import PlanciteStructure

/// The normalise stage: joins what extraction, structure and citations found into one record.
///
/// Marker anchors of plan items become marker ids; CSL item ids are prefixed with the
/// document id so that `references.csl.json` stays unique across documents; text fields are
/// cleaned; diagnostics of every stage are merged in a stable order.
public struct RecordBuilder: Sendable {
    public init() {}

    /// The ids of the markers at `anchors`, in order, each once; anchors without a marker are skipped.
    static func markerIDs(at anchors: [TextAnchor], in ids: [TextAnchor: String]) -> [String] {
        // Most items have no marker or one; a few more are told apart in the list itself.
        switch anchors.count {
        case 0: return []
        case 1: return ids[anchors[0]].map { [$0] } ?? []
        case 2...16:
            var found: [String] = []
            for anchor in anchors {
                if let id = ids[anchor], !found.contains(id) { found.append(id) }
            }
            return found
        default:
            var seen = Set<String>()
            return anchors.compactMap { ids[$0] }.filter { seen.insert($0).inserted }
        }
    }

    public func build(
        id: String, source: SourceRecord, extracted: ExtractedDocument, structure: PlanStructure,
        citations: CitationSet, stageDiagnostics: [Diagnostic] = []
    ) -> DocumentRecord {
        var markerIDs: [TextAnchor: String] = [:]
        markerIDs.reserveCapacity(citations.markers.count)
        for marker in citations.markers { markerIDs[marker.anchor] = marker.id }
        func markers(_ anchors: [TextAnchor]) -> [String] { Self.markerIDs(at: anchors, in: markerIDs) }
        func referenceID(_ local: String?) -> String? { local.map { "\(id)/\($0)" } }

        // Items are read in place (by index): `map` over them copied each one first.
        let goals = structure.goals.indices.map { index in
            let goal = structure.goals[index]
            return GoalRecord(
                id: goal.id, number: goal.number, term: goal.term, title: TextCleaner.clean(goal.title),
                statement: TextCleaner.clean(goal.statement), page: goal.page, bbox: goal.bbox,
                markers: markers(goal.markerAnchors))
        }
        let objectives = structure.objectives.indices.map { index in
            ObjectiveRecord(
                id: structure.objectives[index].id, number: structure.objectives[index].number,
                term: structure.objectives[index].term, goal: structure.objectives[index].goal,
                title: TextCleaner.clean(structure.objectives[index].title),
                statement: TextCleaner.clean(structure.objectives[index].statement),
                page: structure.objectives[index].page, bbox: structure.objectives[index].bbox,
                markers: markers(structure.objectives[index].markerAnchors))
        }
        let actionItems = structure.actionItems.indices.map { index in
            ActionItemRecord(
                id: structure.actionItems[index].id, number: structure.actionItems[index].number,
                term: structure.actionItems[index].term, objective: structure.actionItems[index].objective,
                goal: structure.actionItems[index].goal, text: TextCleaner.clean(structure.actionItems[index].text),
                agencies: TextCleaner.clean(structure.actionItems[index].agencies),
                page: structure.actionItems[index].page, bbox: structure.actionItems[index].bbox,
                markers: markers(structure.actionItems[index].markerAnchors))
        }
        let markerRecords = citations.markers.indices.map { index in
            MarkerRecord(
                id: citations.markers[index].id, label: citations.markers[index].label,
                ordinal: citations.markers[index].ordinal, page: citations.markers[index].page,
                bbox: citations.markers[index].bbox, context: TextCleaner.clean(citations.markers[index].context),
                note: citations.markers[index].note, style: citations.markers[index].style.rawValue)
        }
        let notes = citations.notes.indices.map { index in
            NoteRecord(
                id: citations.notes[index].id, label: citations.notes[index].label, ordinal: citations.notes[index].ordinal,
                page: citations.notes[index].page, bbox: citations.notes[index].bbox,
                text: TextCleaner.clean(citations.notes[index].text), kind: citations.notes[index].kind.rawValue,
                antecedent: citations.notes[index].antecedent, pinpoint: citations.notes[index].pinpoint,
                ambiguous: citations.notes[index].ambiguous, urls: citations.notes[index].urls, dois: citations.notes[index].dois,
                years: citations.notes[index].years, reference: referenceID(citations.notes[index].reference),
                citedBy: citations.notes[index].citedBy, footnote: citations.notes[index].isFootnote)
        }
        let diagnostics = (stageDiagnostics + structure.diagnostics + citations.diagnostics)
            .map(DiagnosticRecord.init)
            .sorted { ($0.page ?? 0, $0.code, $0.label ?? "", $0.message) < ($1.page ?? 0, $1.code, $1.label ?? "", $1.message) }
        let references = citations.references.map { item in
            var item = item
            item.id = "\(id)/\(item.id)"
            return item
        }
        return DocumentRecord(
            id: id, source: source,
            metadata: extracted.metadata,
            title: TextCleaner.clean(structure.title),
            period: structure.period.map { PeriodRecord(start: $0.start, end: $0.end) },
            organizations: TextCleaner.clean(structure.organizations),
            goals: goals, objectives: objectives, actionItems: actionItems, markers: markerRecords,
            notes: notes, diagnostics: diagnostics, references: references)
    }
}
