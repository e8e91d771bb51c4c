import Foundation

/// The JSON Lines resources of an output folder and how each row looks.
public enum ResourceTable: String, Sendable, CaseIterable {
    case goals
    case objectives
    case actionItems = "action_items"
    case markers
    case notes
    case diagnostics

    public var fileName: String { "\(rawValue).jsonl" }
    public var csvFileName: String { "\(rawValue).csv" }

    /// Field names and Frictionless types, in column order (`document` first).
    public var fields: [(name: String, type: String)] {
        let head: [(String, String)] = [("document", "string")]
        switch self {
        case .goals:
            return head + [("id", "string"), ("number", "integer"), ("term", "string"), ("title", "string"),
                           ("statement", "string"), ("page", "integer"), ("bbox", "array"), ("markers", "array")]
        case .objectives:
            return head + [("id", "string"), ("number", "string"), ("term", "string"), ("goal", "string"),
                           ("title", "string"), ("statement", "string"), ("page", "integer"), ("bbox", "array"),
                           ("markers", "array")]
        case .actionItems:
            return head + [("id", "string"), ("number", "string"), ("term", "string"), ("objective", "string"),
                           ("goal", "string"), ("text", "string"), ("agencies", "array"), ("page", "integer"),
                           ("bbox", "array"), ("markers", "array")]
        case .markers:
            return head + [("id", "string"), ("label", "string"), ("ordinal", "integer"), ("page", "integer"),
                           ("bbox", "array"), ("context", "string"), ("note", "string"), ("style", "string")]
        case .notes:
            return head + [("id", "string"), ("label", "string"), ("ordinal", "integer"), ("page", "integer"),
                           ("bbox", "array"), ("text", "string"), ("kind", "string"), ("antecedent", "string"),
                           ("pinpoint", "string"), ("ambiguous", "boolean"), ("urls", "array"), ("dois", "array"),
                           ("years", "array"), ("reference", "string"), ("citedBy", "array"), ("footnote", "boolean")]
        case .diagnostics:
            return head + [("code", "string"), ("severity", "string"), ("message", "string"), ("page", "integer"),
                           ("label", "string"), ("bbox", "array")]
        }
    }

    /// The JSON Lines rows of this resource for one record.
    func rows(of record: DocumentRecord) throws -> [Data] {
        switch self {
        case .goals: try record.goals.map { try JSONCoding.line(Row(document: record.id, item: $0)) }
        case .objectives: try record.objectives.map { try JSONCoding.line(Row(document: record.id, item: $0)) }
        case .actionItems: try record.actionItems.map { try JSONCoding.line(Row(document: record.id, item: $0)) }
        case .markers: try record.markers.map { try JSONCoding.line(Row(document: record.id, item: $0)) }
        case .notes: try record.notes.map { try JSONCoding.line(Row(document: record.id, item: $0)) }
        case .diagnostics: try record.diagnostics.map { try JSONCoding.line(Row(document: record.id, item: $0)) }
        }
    }
}
