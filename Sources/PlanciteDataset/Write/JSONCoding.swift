import Foundation

/// The one way datasets are encoded: sorted keys, unescaped slashes, stable numbers.
public enum JSONCoding {
    /// Pretty-printed, for `documents/*.json`, `manifest.json` and `datapackage.json`.
    public static func pretty<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// One line, for JSON Lines rows.
    public static func line<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }
}

/// A JSON Lines row: an item with the id of the document it belongs to.
struct Row<Item: Encodable>: Encodable {
    let document: String
    let item: Item

    private struct DocumentKey: CodingKey {
        var stringValue: String { "document" }
        var intValue: Int? { nil }
        init() {}
        init?(stringValue: String) { return nil }
        init?(intValue: Int) { return nil }
    }

    func encode(to encoder: any Encoder) throws {
        try item.encode(to: encoder)
        var container = encoder.container(keyedBy: DocumentKey.self)
        try container.encode(document, forKey: DocumentKey())
    }
}
