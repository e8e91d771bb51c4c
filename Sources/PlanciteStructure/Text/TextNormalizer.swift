/// Normalises extracted text before it is parsed and stored.
///
/// - White space (including no-break and thin spaces) collapses to single spaces; no space is
///   kept before `,` `;` `:` `.` `)` or after `(`.
/// - Curly quotes become straight quotes (`’` → `'`, `“ ”` → `"`).
/// - An em dash, or an en dash with space on either side, between words becomes ` — ` (em dash
///   with single spaces); an en dash between digits stays `–` (a range such as `2013–2017`).
/// - Spaced initials join (`U. S. Department` → `U.S. Department`).
/// - Letter-spaced small capitals (`S TRATEGIC O BJECTIVE 1.1`) are joined (`STRATEGIC OBJECTIVE
///   1.1`) when a text shows at least two such split words.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        // Tidy ASCII (no tab or line break, hence nothing to map and no dash) that shows no initials
        // or letter spacing to join is already normal.
        if isNormalASCII(text) { return text }
        var result = needsScalarMapping(text) ? mapScalars(text) : text
        if mayHaveDash(result) { result = normalizeDashes(result) }
        if mayHaveSpacedInitials(result) { result = joinInitials(result) }
        if mayHaveLetterSpacing(result) { result = joinLetterSpacing(result) }
        return tidyASCIISpaces(result) ?? tidySimpleSpaces(result) ?? tidySpaces(result)
    }

    /// Maps quotes, spaces and dashes scalar by scalar, dropping invisible ones.
    static func mapScalars(_ text: String) -> String {
        let mapped = text.utf8.withContiguousStorageIfAvailable { bytes -> String in
            String(unsafeUninitializedCapacity: bytes.count) { out in mapScalars(bytes, into: out) }
        }
        return mapped ?? mapScalarsOneByOne(text)
    }

    /// `mapScalars` over the text's valid UTF-8 bytes, scalars decoded from their bytes; returns
    /// the bytes written (never more than read: every replacement is as long as its scalar or shorter).
    private static func mapScalars(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>)
        -> Int
    {
        var end = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                out[end] = byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0x20 : byte
                end += 1
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            switch value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032:
                out[end] = 0x27
                end += 1
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033:
                out[end] = 0x22
                end += 1
            case 0x00A0, 0x2002, 0x2003, 0x2009, 0x200A, 0x202F:
                out[end] = 0x20
                end += 1
            case 0x00AD, 0x200B, 0xFEFF:
                break
            case 0x2015:
                // U+2014 EM DASH: E2 80 94.
                out[end] = 0xE2
                out[end + 1] = 0x80
                out[end + 2] = 0x94
                end += 3
            default:
                for offset in 0..<length { out[end + offset] = bytes[index + offset] }
                end += length
            }
            index += length
        }
        return end
    }

    /// `mapScalars` read scalar by scalar, for text whose bytes are not contiguous.
    static func mapScalarsOneByOne(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": result.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}": result.append("\"")
            case "\u{00A0}", "\u{2002}", "\u{2003}", "\u{2009}", "\u{200A}", "\u{202F}", "\t", "\n", "\r":
                result.append(" ")
            case "\u{00AD}", "\u{200B}", "\u{FEFF}": continue
            case "\u{2015}": result.append("\u{2014}")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Rewrites dashes between words as ` — `, keeping en dashes between digits.
    static func normalizeDashes(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var index = 0
        while index < chars.count {
            let char = chars[index]
            guard char == "\u{2014}" || char == "\u{2013}" else {
                out.append(char)
                index += 1
                continue
            }
            let before = index > 0 ? chars[index - 1] : " "
            let after = index + 1 < chars.count ? chars[index + 1] : " "
            let spaced = before == " " || after == " "
            if char == "\u{2013}" && !spaced {
                out.append(char)
            } else if char == "\u{2013}" && before.isNumber && after.isNumber {
                out.append(char)
            } else {
                while out.last == " " { out.removeLast() }
                out += out.isEmpty ? "\u{2014} " : " \u{2014} "
                index += 1
                while index < chars.count && chars[index] == " " { index += 1 }
                continue
            }
            index += 1
        }
        return out
    }

    /// Collapses white space and removes spaces before closing punctuation.
    static func tidySpaces(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for char in text {
            if char.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                if !",;:.)]!?".contains(char) && out.last != "(" && out.last != "[" { out.append(" ") }
                pendingSpace = false
            }
            out.append(char)
        }
        return out
    }

    /// Joins spaced initials: `U. S. Department` → `U.S. Department`, `U. S.-B` → `U.S.-B`.
    static func joinInitials(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var index = words.count - 2
        while index >= 0 {
            let word = words[index]
            let next = words[index + 1]
            let isInitial = word.count >= 2 && word.hasSuffix(".")
                && word.dropLast().split(separator: ".").allSatisfy { $0.count == 1 && $0.first!.isUppercase }
            let nextIsInitial = next.count >= 2 && next.first!.isUppercase && next.dropFirst().first == "."
            if isInitial && nextIsInitial {
                words[index] += next
                words.remove(at: index + 1)
            }
            index -= 1
        }
        return words.joined(separator: " ")
    }

    /// Joins `S TRATEGIC` → `STRATEGIC` when the text shows at least two such splits.
    static func joinLetterSpacing(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        func isCapitalHead(_ word: String) -> Bool {
            var body = Substring(word)
            if let first = body.first, "-(\"'".contains(first) { body = body.dropFirst() }
            // `U.S.-B ASED`: a hyphenated compound whose second part is split.
            if let dash = body.lastIndex(of: "-"), body.index(after: dash) < body.endIndex {
                body = body[body.index(after: dash)...]
            }
            return body.count == 1 && body.first!.isUppercase && body.first!.isLetter
        }
        func isCapitalTail(_ word: String) -> Bool {
            let letters = word.filter(\.isLetter)
            return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
                && (word.first?.isLetter ?? false)
        }
        var splits: [Int] = []
        for index in words.indices.dropLast() where isCapitalHead(words[index]) && isCapitalTail(words[index + 1]) {
            if splits.last == index - 1 { continue }
            splits.append(index)
        }
        guard splits.count >= 2 else { return text }
        for index in splits.reversed() {
            words[index] += words[index + 1]
            words.remove(at: index + 1)
        }
        // An acronym set in small capitals (`IoT`) comes out as single letters: `I O T`.
        var index = 0
        while index < words.count {
            var end = index
            while end < words.count, words[end].count == 1, words[end].first!.isUppercase { end += 1 }
            if end - index >= 3 {
                words[index] = words[index..<end].joined()
                words.removeSubrange((index + 1)..<end)
            }
            index += 1
        }
        // A hyphenated small-caps word comes out as `PUBLIC -PRIVATE`.
        var joined: [String] = []
        for word in words {
            if word.hasPrefix("-"), word.count > 1, let last = joined.last, last.last?.isLetter == true {
                joined[joined.count - 1] += word
            } else {
                joined.append(word)
            }
        }
        return joined.joined(separator: " ")
    }
}
