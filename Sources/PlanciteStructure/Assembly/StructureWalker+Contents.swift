import Foundation
import PlanciteCore
import PlanciteLayout

/// Table-of-contents lines and small text helpers of the walk.
extension StructureWalker {
    /// True for a table-of-contents line: a dotted leader and a page number, or any line of the
    /// page a `Contents` heading opened that ends in a page number.
    mutating func isContentsLine(_ block: Block, text: String) -> Bool {
        let lower = text.lowercased()
        if block.kind == .heading || block.lines.count <= 1,
            lower == "contents" || lower == "table of contents"
        {
            contentsPage = block.page
            return true
        }
        let lines = block.lines.isEmpty ? [text] : block.lines.map { TextNormalizer.normalize($0.text) }
        let leaderLines = lines.filter(StructureWalker.hasLeader).count
        if leaderLines > 0 && leaderLines * 2 >= lines.count { return true }
        if contentsPage == block.page, let last = text.split(separator: " ").last,
            Int(last) != nil || RomanNumeral.value(of: last) != nil && last == last.lowercased()
        {
            return true
        }
        return false
    }

    static func hasLeader(_ line: String) -> Bool {
        var trimmed = Substring(line)
        while let last = trimmed.last, last.isNumber || last == " " || "ivxlc".contains(last) {
            trimmed = trimmed.dropLast()
        }
        guard trimmed.count < line.count else { return false }
        let tail = trimmed.suffix(8).filter { $0 != " " }
        return tail.count >= 3 && tail.suffix(3).allSatisfy { $0 == "." || $0 == "\u{2026}" || $0 == "·" }
    }

    /// The last sentence of a paragraph (after the last `. ` that follows a word of three letters or more).
    static func lastSentence(of text: String) -> String {
        var start = text.startIndex
        var search = text.startIndex
        while let stop = text.range(of: ". ", range: search..<text.endIndex) {
            let before = text[..<stop.lowerBound].split(separator: " ").last ?? ""
            if before.filter(\.isLetter).count >= 3 { start = stop.upperBound }
            search = stop.upperBound
        }
        return String(text[start...])
    }

    /// The text without its list marker, and the marker.
    static func splitMarker(_ text: String, marker: String?) -> (String, String?) {
        guard let marker, !marker.isEmpty else { return (text, nil) }
        if text.hasPrefix(marker) {
            return (String(text.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces), marker)
        }
        return (text, marker)
    }
}
