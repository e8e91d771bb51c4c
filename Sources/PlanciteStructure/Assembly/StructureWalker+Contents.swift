import Foundation
import PlanciteCore
import PlanciteLayout

/// Table-of-contents lines and small text helpers of the walk.
extension StructureWalker {
    /// True for a table-of-contents line: a dotted leader and a page number, or any line of the
    /// page a `Contents` heading opened that ends in a page number.
    mutating func isContentsLine(_ block: Block, text: String) -> Bool {
        // Lower-casing shrinks a scalar from 3 bytes to 1 at most (`K` Kelvin sign → `k`), so a
        // longer text cannot lower-case to `table of contents`.
        // (A text that starts with an ASCII byte other than `c` `C` `t` `T` lower-cases to neither.)
        if block.kind == .heading || block.lines.count <= 1, text.utf8.count <= 64,
            let first = text.utf8.first, first >= 0x80 || first | 0x20 == 0x63 || first | 0x20 == 0x74,
            case let lower = text.lowercased(), lower == "contents" || lower == "table of contents"
        {
            contentsPage = block.page
            return true
        }
        if block.lines.isEmpty ? StructureWalker.hasLeader(text) : StructureWalker.halfShowLeaders(block.lines) {
            return true
        }
        if contentsPage == block.page, let last = text.split(separator: " ").last,
            Int(last) != nil || RomanNumeral.value(of: last) != nil && last == last.lowercased()
        {
            return true
        }
        return false
    }

    /// The lines that show a dotted leader (each line read in place, its text built only when
    /// its bytes may show one).
    static func leaderLineCount(_ lines: [Line]) -> Int {
        var count = 0
        for index in lines.indices where TokenText.mayHaveLeader(tokens: lines[index].tokens) {
            if hasLeader(TextNormalizer.normalize(lines[index].text)) { count += 1 }
        }
        return count
    }

    /// True when at least one line, and at least half the lines, show a dotted leader
    /// (`leaderLineCount`): reading stops once the lines left cannot make half.
    static func halfShowLeaders(_ lines: [Line]) -> Bool {
        let total = lines.count
        // Each line's tokens read through a pointer: the line is not copied to read them.
        return lines.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            var count = 0
            for index in 0..<total {
                if TokenText.mayHaveLeader(tokens: (base + index).pointee.tokens),
                    hasLeader(TextNormalizer.normalize((base + index).pointee.text))
                {
                    count += 1
                }
                if (count + total - index - 1) * 2 < total { return false }
            }
            return count > 0 && count * 2 >= total
        }
    }

    /// False when a line, before normalisation, cannot show a dotted leader: `hasLeader` needs
    /// three leader characters and a last character that is a digit or `i v x l c`.
    static func mayHaveLeader(raw line: String) -> Bool {
        var scan = LeaderScan()
        for byte in line.utf8 { scan.read(byte) }
        return scan.mayHaveLeader
    }

    /// The bytes of a line read one by one for `mayHaveLeader(raw:)`.
    struct LeaderScan {
        private var leaders = 0
        private var last: UInt8 = 0x20
        private var beforeLast: UInt8 = 0x20

        mutating func read(_ byte: UInt8) {
            // `.`, and the last bytes of `…` (E2 80 A6), `·` (C2 B7) and its equivalent U+0387 (CE 87).
            if byte == 0x2E || byte == 0xA6 || byte == 0xB7 || byte == 0x87 { leaders += 1 }
            if byte != 0x20 && !(byte >= 0x09 && byte <= 0x0D) {
                beforeLast = last
                last = byte
            }
        }

        var mayHaveLeader: Bool {
            guard leaders >= 3 else { return false }
            if last >= 0x80 || beforeLast >= 0x80 { return true }
            return (last >= 0x30 && last <= 0x39) || last == 0x69 || last == 0x76 || last == 0x78 || last == 0x6C
                || last == 0x63
        }
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
        while let stop = TextScan.firstRange(of: ". ", in: text, from: search) {
            let before = text[..<stop.lowerBound].split(separator: " ").last ?? ""
            if before.filter(\.isLetter).count >= 3 { start = stop.upperBound }
            search = stop.upperBound
        }
        return String(text[start...])
    }

    /// The bytes of `marker` when it is ASCII without a carriage return and the text starts with
    /// them followed by an ASCII byte or nothing: the text then starts with the marker's characters.
    /// Nil otherwise (the text may still start with them, as canonically equivalent characters).
    static func asciiPrefixLength(_ marker: String, of text: String) -> Int? {
        let prefix = marker.utf8
        let bytes = text.utf8
        guard prefix.count <= bytes.count else { return nil }
        var index = bytes.startIndex
        for byte in prefix {
            guard byte < 0x80, byte != 0x0D, bytes[index] == byte else { return nil }
            bytes.formIndex(after: &index)
        }
        guard index == bytes.endIndex || bytes[index] < 0x80 else { return nil }
        return prefix.count
    }

    /// `text[length...].trimmingSpaces()` read on the text's contiguous bytes, when the bytes left
    /// at both ends after cutting spaces and tabs are ASCII (no scalar there may be white space);
    /// nil otherwise. `length` ends at a character boundary.
    static func asciiBody(of text: String, after length: Int) -> String? {
        let body = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var start = length
            var end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while start < end, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            guard start == end || (bytes[start] < 0x80 && bytes[end - 1] < 0x80) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        return body ?? nil
    }

    /// The text without its list marker, and the marker.
    static func splitMarker(_ text: String, marker: String?) -> (String, String?) {
        guard let marker, !marker.isEmpty else { return (text, nil) }
        if let length = asciiPrefixLength(marker, of: text) {
            if let body = asciiBody(of: text, after: length) { return (body, marker) }
            return (text[text.utf8.index(text.startIndex, offsetBy: length)...].trimmingSpaces(), marker)
        }
        if text.hasPrefix(marker) {
            return (text.dropFirst(marker.count).trimmingSpaces(), marker)
        }
        return (text, marker)
    }
}
