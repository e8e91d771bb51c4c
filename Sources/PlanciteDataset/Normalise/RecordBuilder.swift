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

    public func build(
        id: String, source: SourceRecord, extracted: ExtractedDocument, structure: PlanStructure,
        citations: CitationSet, stageDiagnostics: [Diagnostic] = []
    ) -> DocumentRecord {
        var markerIDs: [TextAnchor: String] = [:]
        markerIDs.reserveCapacity(citations.markers.count)
        for marker in citations.markers { markerIDs[marker.anchor] = marker.id }
        func markers(_ anchors: [TextAnchor]) -> [String] {
            var seen = Set<String>()
            return anchors.compactMap { markerIDs[$0] }.filter { seen.insert($0).inserted }
        }
        func referenceID(_ local: String?) -> String? { local.map { "\(id)/\($0)" } }

        let goals = structure.goals.map { goal in
            GoalRecord(
                id: goal.id, number: goal.number, term: goal.term, title: TextCleaner.clean(goal.title),
                statement: TextCleaner.clean(goal.statement), page: goal.page, bbox: goal.bbox,
                markers: markers(goal.markerAnchors))
        }
        let objectives = structure.objectives.map { objective in
            ObjectiveRecord(
                id: objective.id, number: objective.number, term: objective.term, goal: objective.goal,
                title: TextCleaner.clean(objective.title), statement: TextCleaner.clean(objective.statement),
                page: objective.page, bbox: objective.bbox, markers: markers(objective.markerAnchors))
        }
        let actionItems = structure.actionItems.map { item in
            ActionItemRecord(
                id: item.id, number: item.number, term: item.term, objective: item.objective, goal: item.goal,
                text: TextCleaner.clean(item.text), agencies: item.agencies.map(TextCleaner.clean),
                page: item.page, bbox: item.bbox, markers: markers(item.markerAnchors))
        }
        let markerRecords = citations.markers.map { marker in
            MarkerRecord(
                id: marker.id, label: marker.label, ordinal: marker.ordinal, page: marker.page,
                bbox: marker.bbox, context: TextCleaner.clean(marker.context), note: marker.note,
                style: marker.style.rawValue)
        }
        let notes = citations.notes.map { note in
            NoteRecord(
                id: note.id, label: note.label, ordinal: note.ordinal, page: note.page, bbox: note.bbox,
                text: TextCleaner.clean(note.text), kind: note.kind.rawValue, antecedent: note.antecedent,
                pinpoint: note.pinpoint, ambiguous: note.ambiguous, urls: note.urls, dois: note.dois,
                years: note.years, reference: referenceID(note.reference), citedBy: note.citedBy,
                footnote: note.isFootnote)
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
            organizations: structure.organizations.map(TextCleaner.clean),
            goals: goals, objectives: objectives, actionItems: actionItems, markers: markerRecords,
            notes: notes, diagnostics: diagnostics, references: references)
    }
}
