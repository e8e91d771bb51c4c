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

    /// The member of a document record that holds this resource's items.
    var recordMember: String {
        switch self {
        case .goals: "goals"
        case .objectives: "objectives"
        case .actionItems: "actionItems"
        case .markers: "markers"
        case .notes: "notes"
        case .diagnostics: "diagnostics"
        }
    }

    /// The reference keys beside `key`: each column and the item member it is made from.
    var referenceKeys: [(column: String, member: String)] {
        switch self {
        case .goals, .diagnostics: []
        case .objectives: [("goalKey", "goal")]
        case .actionItems: [("goalKey", "goal"), ("objectiveKey", "objective")]
        case .markers: [("noteKey", "note")]
        case .notes: [("antecedentKey", "antecedent")]
        }
    }

    /// The JSON Lines rows of this resource for one record.
    func rows(of record: DocumentRecord) throws -> [Data] {
        let encoder = JSONTextEncoder()
        let output = JSONByteBuffer()
        writeRows(inRecord: try encoder.tree(record), encoder: encoder, to: output)
        return output.data.split(separator: 0x0A).map { Data($0) + [0x0A] }
    }

    /// Appends the rows from an encoded document record, each ending in a newline: each item with
    /// `document`, a folder-wide `key` (`<document>/<id>`) and its reference keys (null where the
    /// reference is).
    func writeRows(inRecord record: JSONTextValue, encoder: JSONTextEncoder, to output: JSONByteBuffer) {
        guard case .object(let root) = record, let document = root.string("id"),
            case .array(let items)? = root.member(recordMember)
        else { return }
        let documentValue = JSONTextValue.string(document)
        let keyPrefix = document + "/"
        let referenceKeys = referenceKeys
        var writer = JSONTextWriter(pretty: false, keyOrders: encoder.keyOrders, output: output)
        // `document`, then `key` (not for diagnostics), then the reference keys; values set per item.
        let keyed = self != .diagnostics
        var extra: [KeyOrderCache.Member] = [("document", documentValue)]
        if keyed { extra.append(("key", .null)) }
        for (column, _) in referenceKeys { extra.append((column, .null)) }
        let firstReference = extra.count - referenceKeys.count
        for item in items.elements {
            if case .object(let object) = item {
                func key(_ member: String) -> JSONTextValue { object.string(member).map { .string(keyPrefix + $0) } ?? .null }
                if keyed { extra[1].value = key("id") }
                for (offset, reference) in referenceKeys.enumerated() { extra[firstReference + offset].value = key(reference.member) }
                writer.writeObject(object.members, extra: extra, keyType: object.keyType)
            } else {
                writer.write(item)
            }
            output.append(0x0A)
        }
    }
}
