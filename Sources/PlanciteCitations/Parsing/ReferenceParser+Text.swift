import Foundation
import PlanciteCore

/// The text helpers of `ReferenceParser`: joining, splitting and simplifying a note's pieces,
/// with byte paths for ASCII text that give what the character rules give.
extension ReferenceParser {
    /// The tokens' texts joined by single spaces (`tokens.map(\.text).joined(separator: " ")`), by bytes.
    static func joined(_ tokens: [NoteToken]) -> String { joined(tokens[...]) }

    /// `joined(_:)` of some of the tokens.
    static func joined(_ tokens: ArraySlice<NoteToken>) -> String {
        var length = 0
        for index in tokens.indices { length += tokens[index].text.utf8.count + 1 }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(length)
        for index in tokens.indices {
            if index > tokens.startIndex { bytes.append(0x20) }
            var text = tokens[index].text
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `words.joined(separator:)` in this module, where it is specialised: the standard library's
    /// `joined` runs unspecialised here and looks up its types at run time (once costing more than
    /// all the joins of a document).
    static func joined(_ words: some Sequence<String>, separator: String) -> String {
        var result = ""
        var first = true
        for word in words {
            if !first { result += separator }
            result += word
            first = false
        }
        return result
    }

    /// True when the text's first and last bytes are ASCII other than space and tab, so that
    /// `trimmingSpaces()` gives the text itself (it trims spaces, tabs and non-ASCII white space).
    static func hasSpaceFreeEnds(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        return first < 0x80 && last < 0x80 && first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09
    }

    /// True when `text`, which holds the tokens in order and white space around them, is
    /// `joined(tokens)`: its bytes are the tokens' and one between each two (so each separator is one
    /// white-space byte), and none of them is a tab or line break.
    static func isJoinedBySingleSpaces(_ text: String, _ tokens: [NoteToken]) -> Bool {
        guard !tokens.isEmpty else { return false }
        var length = tokens.count - 1
        for index in tokens.indices { length += tokens[index].text.utf8.count }
        return length == text.utf8.count && !ASCIIBytes.contains(text) { $0 &- 0x09 < 5 }
    }

    /// A key equal for two items that describe the same source.
    public static func sourceKey(_ item: CSLItem) -> String {
        if let doi = item.doi { return "doi:" + doi.lowercased() }
        if let url = item.url {
            if url.hasOneCharacterPerByte { return "url:" + bareURL(oneCharacterPerByte: url) }
            var bare = url.lowercased()
            for prefix in ["https://", "http://", "ftp://"] where bare.hasPrefix(prefix) { bare.removeFirst(prefix.count) }
            if bare.hasPrefix("www.") { bare.removeFirst(4) }
            while bare.hasSuffix("/") { bare.removeLast() }
            return "url:" + bare
        }
        let name = item.author?.first.map { $0.family ?? $0.literal ?? "" } ?? ""
        // Lowercasing ASCII lowers `A`–`Z` only.
        let author = name.isASCII ? ASCIIBytes.lowercased(name) : name.lowercased()
        if let title = item.title {
            // Built in one string of the right size, without intermediate ones.
            let work = simplified(title)
            var key = "work:"
            key.reserveCapacity(6 + author.utf8.count + work.utf8.count)
            key += author
            key += "|"
            key += work
            return key
        }
        return "text:" + simplified(item.note ?? "")
    }

    /// The URL part of `sourceKey` for a URL of one character per byte, from its bytes: lowercased,
    /// without `https://`, `http://`, `ftp://` (in that order), `www.` and trailing `/`.
    static func bareURL(oneCharacterPerByte url: String) -> String {
        let bytes = Array(ASCIIBytes.lowercased(url).utf8)
        var start = 0
        var end = bytes.count
        func strip(_ prefix: StaticString) {
            let pattern = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            if bytes[start..<end].starts(with: pattern) { start += pattern.count }
        }
        strip("https://")
        strip("http://")
        strip("ftp://")
        strip("www.")
        while end > start, bytes[end - 1] == 0x2F { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    static func simplified(_ text: String) -> String {
        if text.isASCII {
            // Lowercasing ASCII lowers `A`–`Z` only: keep `0`–`9` and letters, lowered.
            func keep(_ bytes: some Collection<UInt8>) -> String {
                String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    var count = 0
                    for byte in bytes {
                        let lower = ASCIIBytes.isUppercaseLetter(byte) ? byte | 0x20 : byte
                        guard ASCIIBytes.isDigit(lower) || lower &- 0x61 < 26 else { continue }
                        buffer[count] = lower
                        count += 1
                    }
                    return count
                }
            }
            return text.utf8.withContiguousStorageIfAvailable(keep) ?? keep(text.utf8)
        }
        let lower = text.lowercased()
        if lower.isASCII {
            // ASCII alphanumerics after lowercasing: `a`–`z`, `0`–`9`.
            return String(decoding: lower.utf8.filter { ASCIIBytes.isDigit($0) || $0 &- 0x61 < 26 }, as: UTF8.self)
        }
        return lower.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(String.init).joined()
    }

    /// `text.split(separator: " ")` as strings; a byte split when each space byte is a character.
    static func words(of text: String) -> [String] {
        guard ASCIIBytes.isGraphemeSimple(text) else { return text.split(separator: " ").map(String.init) }
        var text = text
        return text.withUTF8 { bytes in
            var words: [String] = []
            // At most one word per two bytes: one allocation instead of growing.
            words.reserveCapacity(bytes.count / 2 + 1)
            var start = 0
            for index in bytes.indices where bytes[index] == 0x20 {
                if start < index { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            if start < bytes.count { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return words
        }
    }

    /// The runs of letters in a text (`text.split { !$0.isLetter }`), as a set; ASCII byte by byte.
    static func letterRuns(in text: String) -> Set<String> {
        guard text.isASCII else { return Set(text.split { !$0.isLetter }.map(String.init)) }
        return Set(text.utf8.split { !(ASCIIBytes.isUppercaseLetter($0) || $0 &- 0x61 < 26) }.map { String(Substring($0)) })
    }

    /// True when a run of letters of the text is one of `reportWords`
    /// (`!letterRuns(in: text).isDisjoint(with: reportWords)`); ASCII runs byte by byte, made into
    /// strings only when their length is that of a report word (4 to 10 letters).
    static func hasReportWord(in text: String) -> Bool {
        guard text.isASCII else { return !letterRuns(in: text).isDisjoint(with: reportWords) }
        var text = text
        return text.withUTF8 { bytes in
            // The runs found in place (no array of them); `end` past the bytes ends the last one.
            var start = 0
            for end in 0...bytes.count {
                if end < bytes.count, ASCIIBytes.isUppercaseLetter(bytes[end]) || bytes[end] &- 0x61 < 26 { continue }
                if (4...10).contains(end - start),
                    reportWords.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                {
                    return true
                }
                start = end + 1
            }
            return false
        }
    }

    /// `splitTopLevel(text, at: separator).map { $0.trimmingSpaces() }` for an ASCII separator.
    static func trimmedPieces(of text: String, at separator: UInt8, simple: Bool? = nil) -> [String] {
        if simple ?? ASCIIBytes.isGraphemeSimple(text) { return splitTopLevel(simple: text, at: separator, trimming: true) }
        return splitTopLevel(text, at: Character(Unicode.Scalar(separator))).map { $0.trimmingSpaces() }
    }

    /// `trimmedPieces(of: text, at: separator).first { !$0.isEmpty }`, splitting no further than that piece.
    static func firstTrimmedPiece(of text: String, at separator: UInt8) -> String? {
        guard ASCIIBytes.isGraphemeSimple(text) else { return trimmedPieces(of: text, at: separator).first { !$0.isEmpty } }
        return splitTopLevel(simple: text, at: separator, trimming: true, untilNonEmpty: true).first { !$0.isEmpty }
    }

    /// Splits at `separator` outside parentheses, brackets and quotes.
    static func splitTopLevel(_ text: String, at separator: Character) -> [String] {
        if let byte = separator.asciiValue, ASCIIBytes.isGraphemeSimple(text) {
            return splitTopLevel(simple: text, at: byte)
        }
        return splitTopLevelByCharacters(text, at: separator)
    }

    /// The rule of `splitTopLevel`, read `Character` by `Character`: any text, any separator.
    static func splitTopLevelByCharacters(_ text: String, at separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var inQuote = false
        for character in text {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case "“": inQuote = true
            case "”": inQuote = false
            case "\"": inQuote.toggle()
            default: break
            }
            if character == separator && depth == 0 && !inQuote {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    /// `splitTopLevel` for text whose scalars are its characters, at an ASCII separator; reads the
    /// UTF-8 bytes (the quotes `“` `”` are `E2 80 9C` and `E2 80 9D`, no other byte sequence holds them).
    /// `untilNonEmpty`: the parts up to the first non-empty one only.
    private static func splitTopLevel(
        simple text: String, at separator: UInt8, trimming: Bool = false, untilNonEmpty: Bool = false
    ) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var parts: [String] = []
            parts.reserveCapacity(8)
            // A part trimmed of spaces and tabs that starts and ends with ASCII or with punctuation
            // of U+2010–U+2027, U+2030–U+205E (never white space) is what `trimmingSpaces()` gives;
            // other parts are left to it.
            func isPunctuation(at lead: Int, _ end: Int) -> Bool {
                guard bytes[lead] == 0xE2, lead + 2 < end else { return false }
                let value = 0x2000 | UInt32(bytes[lead + 1] & 0x3F) << 6 | UInt32(bytes[lead + 2] & 0x3F)
                return (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
            }
            func part(_ range: Range<Int>) -> String {
                var start = range.lowerBound
                var end = range.upperBound
                if trimming {
                    while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
                    while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
                    if start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 {
                        var lastLead = end - 1
                        while lastLead > start, bytes[lastLead] & 0xC0 == 0x80 { lastLead -= 1 }
                        let plainEnds = (bytes[start] < 0x80 || isPunctuation(at: start, end))
                            && (bytes[end - 1] < 0x80 || isPunctuation(at: lastLead, end))
                        if !plainEnds {
                            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).trimmingSpaces()
                        }
                    }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
            var partStart = 0
            var depth = 0
            var inQuote = false
            for index in bytes.indices {
                // Letters, digits, spaces and most punctuation change nothing: only `"` `(` `)` `[`
                // `]`, the closing bytes of `“` `”` and the separator are looked at.
                let byte = bytes[index]
                if byte != separator && ReferenceParser.isPlainSplitByte(byte) { continue }
                switch byte {
                case 0x28, 0x5B: depth += 1  // ( [
                case 0x29, 0x5D: depth = max(0, depth - 1)  // ) ]
                case 0x9C where index >= 2 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2: inQuote = true  // “
                case 0x9D where index >= 2 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2: inQuote = false  // ”
                case 0x22: inQuote.toggle()  // "
                default: break
                }
                if bytes[index] == separator && depth == 0 && !inQuote {
                    parts.append(part(partStart..<index))
                    if untilNonEmpty, !parts[parts.count - 1].isEmpty { return parts }
                    partStart = index + 1
                }
            }
            parts.append(part(partStart..<bytes.count))
            return parts
        }
    }

    /// True for a byte that never changes the state of `splitTopLevel(simple:)` unless it is the
    /// separator: any byte other than `"` `(` `)` `[` `]` and `9C` `9D` (the last bytes of `“` `”`).
    @inline(__always)
    static func isPlainSplitByte(_ byte: UInt8) -> Bool {
        // Lowercase letters and `^`–DEL in one range test; the rest by value.
        if byte >= 0x5E && byte < 0x80 { return true }
        switch byte {
        case 0x22, 0x28, 0x29, 0x5B, 0x5D, 0x9C, 0x9D: return false
        default: return true
        }
    }

    /// The tokens of a segment after its leading signals (`See`, `cf.`…).
    static func signalFreeTokens(_ segment: String) -> [NoteToken] {
        let tokens = NoteToken.tokenize(segment)
        let first = tokens.firstIndex { !NoteTextParser.signals.contains($0.core) } ?? tokens.count
        return first == 0 ? tokens : Array(tokens[first...])
    }

    static func strippingParenthetical(_ piece: String) -> String {
        // No `(` byte, no `(` character.
        guard ASCIIBytes.contains(piece, byte: 0x28),
            let open = piece[...].firstIndex(ofScalar: "(", simple: ASCIIBytes.isGraphemeSimple(piece))
        else { return piece }
        return piece[..<open].trimmingSpaces()
    }

    /// The first quoted title, the text before it and the text after it.
    static func quotedTitle(in text: String) -> (prefix: String, title: String, rest: String)? {
        quotedTitle(in: text, simple: nil)
    }

    /// `quotedTitle(in:)` given `ASCIIBytes.isGraphemeSimple(text)` when known.
    static func quotedTitle(in text: String, simple known: Bool?) -> (prefix: String, title: String, rest: String)? {
        guard ASCIIBytes.contains(text, byte: 0x22) || ASCIIBytes.contains(text, "“") else { return nil }
        let simple = known ?? ASCIIBytes.isGraphemeSimple(text)
        // In grapheme-simple text a quote is a character of its own: the next scalar starts the next one.
        func after(_ index: String.Index) -> String.Index {
            simple ? text.unicodeScalars.index(after: index) : text.index(after: index)
        }
        for pass in 0..<2 {
            // Curly quotes first, then straight ones.
            let (open, close): (Unicode.Scalar, Unicode.Scalar) = pass == 0 ? ("“", "”") : ("\"", "\"")
            guard let start = text[...].firstIndex(ofScalar: open, simple: simple) else { continue }
            let afterOpen = after(start)
            guard let end = text[afterOpen...].firstIndex(ofScalar: close, simple: simple) else { continue }
            let title = String(text[afterOpen..<end]).trimmingTrailingPunctuation()
            guard title.index(title.startIndex, offsetBy: 2, limitedBy: title.endIndex) != nil else { continue }
            return (String(text[..<start]), title, String(text[after(end)...]))
        }
        return nil
    }

    static func container(after rest: String) -> String? {
        let piece = firstTrimmedPiece(of: rest, at: 0x2C) ?? ""
        let candidate = strippingParenthetical(piece).trimmingTrailingPunctuation()
        // An ASCII first byte other than `A`–`Z` starts a character that is no capital (a combining
        // mark after it makes no capital either): no container, known before anything is made.
        if let first = candidate.utf8.first, first < 0x80, !ASCIIBytes.isUppercaseLetter(first) { return nil }
        if candidate.isASCII {
            // ASCII lowercases byte by byte: the access words and the month are read from the bytes.
            guard candidate.utf8.count >= 2, URLScanner.normalise(candidate) == nil, !URLScanner.startsLikeURL(candidate),
                isNoAccessOrMonthLead(ascii: candidate)
            else { return nil }
            return candidate
        }
        let lower = candidate.lowercased()
        guard candidate.index(candidate.startIndex, offsetBy: 2, limitedBy: candidate.endIndex) != nil,
            candidate.first?.isUppercase == true, URLScanner.normalise(candidate) == nil,
            !URLScanner.startsLikeURL(candidate), !hasPrefix(lower, "accessed"), !hasPrefix(lower, "retrieved"),
            isNoMonth(String(firstWord(of: lower)).trimmingTrailingPunctuation())
        else { return nil }
        return candidate
    }

    /// For an ASCII container candidate: `!hasPrefix(lower, "accessed")`, `!hasPrefix(lower, "retrieved")`
    /// and `isNoMonth(String(firstWord(of: lower)).trimmingTrailingPunctuation())`, where `lower` is
    /// the text lowercased; the first word is made only when its first three bytes start a month.
    static func isNoAccessOrMonthLead(ascii text: String) -> Bool {
        // Read from the contiguous bytes (the `UTF8View`'s generic walks cost several times more):
        // true or false when decided there, nil for a first word that starts like a month.
        func decide(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
            func lowered(_ byte: UInt8) -> UInt8 { ASCIIBytes.isUppercaseLetter(byte) ? byte | 0x20 : byte }
            func startsWith(_ prefix: StaticString) -> Bool {
                let count = prefix.utf8CodeUnitCount
                guard bytes.count >= count else { return false }
                let pattern = prefix.utf8Start
                for offset in 0..<count where lowered(bytes[offset]) != pattern[offset] { return false }
                return true
            }
            if startsWith("accessed") || startsWith("retrieved") { return false }
            var start = 0
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            // Trimming drops trailing bytes only: a month key (three bytes or more) keeps the first three.
            guard end - start >= 3, isMonthPrefix(lowered(bytes[start]), lowered(bytes[start + 1]), lowered(bytes[start + 2]))
            else { return true }
            return nil
        }
        if let decided = text.utf8.withContiguousStorageIfAvailable(decide) ?? Array(text.utf8).withUnsafeBufferPointer(decide) {
            return decided
        }
        return isNoMonth(ASCIIBytes.lowercased(String(firstWord(of: text))).trimmingTrailingPunctuation())
    }

    /// `months[word] == nil`, hashing only words that pass `mayBeMonth`.
    static func isNoMonth(_ word: String) -> Bool { !mayBeMonth(word) || months[word] == nil }

    /// `text.hasPrefix(prefix)` for an ASCII prefix without `\r`: a byte comparison when the text
    /// has one character per byte.
    static func hasPrefix(_ text: String, _ prefix: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        guard text.hasOneCharacterPerByte else { return text.hasPrefix(String(decoding: pattern, as: UTF8.self)) }
        return text.utf8.starts(with: pattern)
    }

    /// `text.split(separator: " ").first ?? ""`, reading no further than the first word.
    static func firstWord(of text: String) -> Substring {
        if text.hasOneCharacterPerByte {
            let utf8 = text.utf8
            let start = utf8.firstIndex { $0 != 0x20 } ?? utf8.endIndex
            let end = utf8[start...].firstIndex(of: 0x20) ?? utf8.endIndex
            return text[start..<end]
        }
        var start = text.startIndex
        while start < text.endIndex, text[start] == " " { start = text.index(after: start) }
        var end = start
        while end < text.endIndex, text[end] != " " { end = text.index(after: end) }
        return text[start..<end]
    }
}
