import Foundation

/// The one way datasets are encoded: sorted keys, unescaped slashes, stable numbers.
///
/// Encoding goes through `JSONTextEncoder`, which writes what Foundation's `JSONEncoder` would
/// with these options, many times faster.
public enum JSONCoding {
    /// Pretty-printed, for `documents/*.json`, `manifest.json` and `datapackage.json`.
    public static func pretty<T: Encodable>(_ value: T) throws -> Data {
        var data = try JSONTextEncoder.encode(value, style: .pretty)
        data.append(0x0A)
        return data
    }

    /// One line, for JSON Lines rows.
    public static func line<T: Encodable>(_ value: T) throws -> Data {
        var data = try JSONTextEncoder.encode(value, style: .compact)
        data.append(0x0A)
        return data
    }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }
}

/// A JSON Lines row: an item with the document it belongs to and its table keys.
///
/// `key` is `<document>/<id>`, unique across the folder; reference keys (`goalKey`…) point at
/// other rows' `key` or are null, so that single-field foreign keys hold even where a reference
/// is empty.
struct Row<Item: Encodable>: Encodable {
    let document: String
    let item: Item
    /// Extra columns: `key` and the reference keys, nil written as null.
    let keys: [(name: String, value: String?)]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }

    func encode(to encoder: any Encoder) throws {
        try item.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(document, forKey: Key(stringValue: "document"))
        for (name, value) in keys { try container.encode(value, forKey: Key(stringValue: name)) }
    }
}
