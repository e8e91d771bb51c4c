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

    /// Field names and Frictionless types, sorted by name as the JSON keys are.
    public var fields: [(name: String, type: String)] {
        let common: [(String, String)] = self == .diagnostics ? [("document", "string")] : [("document", "string"), ("key", "string")]
        let own: [(String, String)]
        switch self {
        case .goals:
            own = [("id", "string"), ("number", "integer"), ("term", "string"), ("title", "string"),
                   ("statement", "string"), ("page", "integer"), ("bbox", "array"), ("markers", "array")]
        case .objectives:
            own = [("id", "string"), ("number", "string"), ("term", "string"), ("goal", "string"), ("goalKey", "string"),
                   ("title", "string"), ("statement", "string"), ("page", "integer"), ("bbox", "array"),
                   ("markers", "array")]
        case .actionItems:
            own = [("id", "string"), ("number", "string"), ("term", "string"), ("objective", "string"),
                   ("objectiveKey", "string"), ("goal", "string"), ("goalKey", "string"), ("text", "string"),
                   ("agencies", "array"), ("page", "integer"), ("bbox", "array"), ("markers", "array")]
        case .markers:
            own = [("id", "string"), ("label", "string"), ("ordinal", "integer"), ("page", "integer"),
                   ("bbox", "array"), ("context", "string"), ("note", "string"), ("noteKey", "string"), ("style", "string")]
        case .notes:
            own = [("id", "string"), ("label", "string"), ("ordinal", "integer"), ("page", "integer"),
                   ("bbox", "array"), ("text", "string"), ("kind", "string"), ("antecedent", "string"),
                   ("antecedentKey", "string"), ("pinpoint", "string"), ("ambiguous", "boolean"), ("urls", "array"),
                   ("dois", "array"), ("years", "array"), ("reference", "string"), ("citedBy", "array"),
                   ("footnote", "boolean")]
        case .diagnostics:
            own = [("code", "string"), ("severity", "string"), ("message", "string"), ("page", "integer"),
                   ("label", "string"), ("bbox", "array")]
        }
        return (common + own).sorted { $0.0 < $1.0 }
    }

    /// The JSON Lines rows of this resource for one record.
    func rows(of record: DocumentRecord) throws -> [Data] {
        let document = record.id
        let encoder = JSONTextEncoder()
        func key(_ id: String?) -> String? { id.map { "\(document)/\($0)" } }
        func row<Item: Encodable>(_ item: Item, _ keys: [(name: String, value: String?)]) throws -> Data {
            var line = try encoder.encode(Row(document: document, item: item, keys: keys), style: .compact)
            line.append(0x0A)
            return line
        }
        switch self {
        case .goals:
            return try record.goals.map { try row($0, [("key", key($0.id))]) }
        case .objectives:
            return try record.objectives.map { try row($0, [("key", key($0.id)), ("goalKey", key($0.goal))]) }
        case .actionItems:
            return try record.actionItems.map {
                try row($0, [("key", key($0.id)), ("goalKey", key($0.goal)), ("objectiveKey", key($0.objective))])
            }
        case .markers:
            return try record.markers.map { try row($0, [("key", key($0.id)), ("noteKey", key($0.note))]) }
        case .notes:
            return try record.notes.map { try row($0, [("key", key($0.id)), ("antecedentKey", key($0.antecedent))]) }
        case .diagnostics:
            return try record.diagnostics.map { try row($0, []) }
        }
    }
}
