import Foundation

/// Turns JSON Lines rows into CSV (RFC 4180): arrays become JSON text in their cell.
enum CSVExport {
    static func csv(rows: [Data], fields: [(name: String, type: String)]) throws -> Data {
        var output = fields.map { quote($0.name) }.joined(separator: ",") + "\r\n"
        for row in rows {
            let object = try JSONValue.parse(row)
            output += fields.map { quote(cell(object[$0.name])) }.joined(separator: ",") + "\r\n"
        }
        return Data(output.utf8)
    }

    private static func cell(_ value: JSONValue?) -> String {
        switch value {
        case nil, .null?: ""
        case .string(let string)?: string
        case let other?: other.compactText
        }
    }

    private static func quote(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
