import Foundation

/// Reads responsible agencies from a trailing parenthesis or a table cell.
///
/// Grammar:
/// ```
/// trailing := text "(" list ")" "."?        — at the very end of the text
/// list     := ("Lead:" | "Lead agency:" | "Responsible:")? name (sep name)*
/// sep      := "," | ";" | " and " | " & " | "/"   (` and ` only between names that hold no " of ")
/// name     := starts with a capital letter or digit, at most 8 words
/// ```
/// A parenthesis that does not read as a list of names (`(see below)`, a year) is left in the text.
public enum AgencyParser {
    /// The text without its trailing agency parenthesis, and the agencies it named.
    public static func splitTrailing(_ text: String) -> (text: String, agencies: [String]) {
        var body = Substring(text)
        while let last = body.last, last == " " || last == "." || last == ";" { body = body.dropLast() }
        guard body.last == ")", let open = body.lastIndex(of: "(") else { return (text, []) }
        let inside = body[body.index(after: open)..<body.index(before: body.endIndex)]
        guard !inside.contains("("), let agencies = parseList(String(inside)) else { return (text, []) }
        var remaining = body[..<open]
        while let last = remaining.last, last == " " { remaining = remaining.dropLast() }
        var result = String(remaining)
        if text.hasSuffix("."), !result.hasSuffix(".") { result += "." }
        return (result, agencies)
    }

    /// The names in a cell or parenthesis, or nil when the text does not read as a list of names.
    public static func parseList(_ text: String) -> [String]? {
        var body = text.trimmingCharacters(in: .whitespaces)
        for prefix in ["Lead agency:", "Lead Agency:", "Lead:", "Responsible:", "Responsible party:", "Owner:"]
        where body.hasPrefix(prefix) {
            body = String(body.dropFirst(prefix.count))
        }
        var parts: [String] = []
        for piece in body.split(whereSeparator: { ",;/&".contains($0) }) {
            var name = piece.trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("and ") { name = String(name.dropFirst(4)) }
            if name.isEmpty { continue }
            if name.contains(" of ") || !name.contains(" and ") {
                parts.append(name)
            } else {
                parts += name.components(separatedBy: " and ").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }.filter { !$0.isEmpty }
            }
        }
        guard !parts.isEmpty else { return nil }
        for part in parts {
            guard let first = part.first, first.isUppercase || first.isNumber,
                part.split(separator: " ").count <= 8, !(Int(part).map { $0 >= 1900 } ?? false)
            else { return nil }
        }
        return parts
    }
}
