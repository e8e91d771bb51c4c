import Foundation

/// Reads responsible agencies from a trailing parenthesis or a table cell.
///
/// Grammar:
/// ```
/// trailing := text "(" list ")" "."?        — at the very end of the text
/// list     := ("Lead:" | "Lead agency:" | "Responsible:")? name (sep name)*
/// sep      := "," | ";" | " and " | " & " | "/"   (` and ` only between names that hold no " of ")
/// name     := starts with a capital letter or digit, at most 8 words, whose lower-case words
///             are only of/the/and/for/on/in/to
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

    /// The names in a table cell; parts that do not read as names (`Required for all agencies`) are dropped.
    public static func parseCell(_ text: String) -> [String] {
        splitNames(text).filter(isName)
    }

    /// The names in a cell or parenthesis, or nil when the text does not read as a list of names.
    public static func parseList(_ text: String) -> [String]? {
        let parts = splitNames(text)
        guard !parts.isEmpty, parts.allSatisfy(isName) else { return nil }
        return parts
    }

    static let joiningWords: Set<String> = ["of", "the", "and", "for", "on", "in", "&", "to"]

    /// Starts with a capital or digit, at most 8 words, lower-case words only joining words, not a year.
    static func isName(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        guard let first = part.first, first.isUppercase || first.isNumber, words.count <= 8,
            !(Int(part).map { $0 >= 1900 } ?? false)
        else { return false }
        return words.allSatisfy { word in
            word.first?.isLowercase != true || joiningWords.contains(String(word))
        }
    }

    static func splitNames(_ text: String) -> [String] {
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
        // A year that a merged neighbouring cell left behind (`Counties 2026`) is not part of a name.
        return parts.map { part in
            var words = part.split(separator: " ")
            while words.count > 1, let last = words.last, last.count == 4, Int(last).map({ $0 >= 1900 }) == true {
                words.removeLast()
            }
            return words.joined(separator: " ")
        }
    }
}
