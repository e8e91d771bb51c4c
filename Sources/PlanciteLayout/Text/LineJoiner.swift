import PlanciteCore

/// Mends words broken across the lines of one block: hyphenated words and URLs.
///
/// Hyphenation: when a line ends in a word ending with `-` (or a soft hyphen) and the next line
/// starts with a word, the two parts become one token. The hyphen is dropped when the second
/// part starts with a lowercase letter, the first part has no other hyphen and ends in a letter,
/// and the pair is not a known compound (a whole-word first part such as `self`, `trauma`, or a
/// whole-word second part such as `term`, `informed`, `based`: see the two lists);
/// otherwise it is kept (`2013-2017`, `COVID-19`). A soft hyphen is always dropped.
///
/// URLs: when a line ends in a token that starts like a URL (`http`, `www.`) and the next line's
/// first token continues it (the URL ends with `/ . - _ = ? & #`, or the next token starts
/// lowercase or with a digit and holds URL characters), the two are joined without a space.
enum LineJoiner {
    static func join(_ lines: [Line]) -> [Line] {
        var lines = lines
        join(&lines)
        return lines
    }

    /// `join(_:)` in place: the list is changed only where two lines join.
    static func join(_ lines: inout [Line]) {
        guard lines.count > 1 else { return }
        for index in 1..<lines.count {
            // (Tokens are read in place until a join is found: copying one copies its strings.)
            // (The last word is the last token: tested on the last token's kind.)
            let lastIndex = lines[index - 1].tokens.count - 1
            guard lastIndex >= 0, lines[index - 1].tokens[lastIndex].kind == .word,
                !lines[index].tokens.isEmpty, lines[index].tokens[0].kind == .word,
                let joined = joinedText(lines[index - 1].tokens[lastIndex].text, lines[index].tokens[0].text)
            else { continue }
            let head = lines[index - 1].tokens[lastIndex]
            let first = lines[index].tokens[0]
            var token = head
            token.text = joined
            token.range = head.range.union(first.range)
            token.bbox = head.bbox.union(first.bbox)
            lines[index - 1].tokens[lastIndex] = token
            lines[index].tokens.removeFirst()
        }
        if lines.contains(where: { $0.tokens.isEmpty }) { lines.removeAll { $0.tokens.isEmpty } }
    }

    /// The joined word, or nil when the two tokens stay apart.
    static func joinedText(_ head: String, _ tail: String) -> String? {
        // One look at the bytes: whether the head may start like a URL, and its last byte.
        var bytes = head
        let (mayBeURL, last) = bytes.withUTF8 { (mayBeURLStart($0), $0.last) }
        if mayBeURL, isURLStart(head) {
            return continuesURL(head, tail) ? head + tail : nil
        }
        // Only a soft hyphen (C2 AD), `-` or U+2010 (E2 80 90) can end a head that joins.
        guard let lastByte = last, lastByte == 0xAD || lastByte == 0x2D || lastByte == 0x90
        else { return nil }
        if lastByte == 0x2D, let answer = asciiHyphenJoin(head, tail) { return answer }
        guard let lastScalar = head.unicodeScalars.last else { return nil }
        if lastScalar == "\u{00AD}" {
            return String(head.unicodeScalars.dropLast()) + tail
        }
        guard lastScalar == "-" || lastScalar == "\u{2010}", head.unicodeScalars.count > 1,
            let tailFirst = tail.unicodeScalars.first
        else { return nil }
        let stem = String(head.unicodeScalars.dropLast())
        guard let stemLast = stem.unicodeScalars.last, stemLast.properties.isAlphabetic
            || ("0"..."9").contains(stemLast)
        else { return nil }
        let lowerContinuation = tailFirst.properties.isLowercase
        if lowerContinuation && stemLast.properties.isAlphabetic && !containsHyphen(stem)
            && !isCompound(stem, tail)
        {
            return stem + tail
        }
        return head + tail
    }

    /// The hyphenation join of `joinedText(_:_:)` for an ASCII head ending in `-` and a tail opening
    /// with an ASCII byte, decided on bytes (ASCII letters are the ASCII alphabetic scalars, `a`–`z`
    /// the lowercase ones; the head's last character is its `-`); nil for other text.
    static func asciiHyphenJoin(_ head: String, _ tail: String) -> String?? {
        var head = head
        var tail = tail
        guard let tailFirst = tail.withUTF8({ $0.first }), tailFirst < 0x80 else { return nil }
        // (stem last byte, whether the stem holds a hyphen), or nil for non-ASCII text.
        let look = head.withUTF8 { bytes -> (stemLast: UInt8, stemHasHyphen: Bool)?? in
            guard bytes.allSatisfy({ $0 < 0x80 }), bytes.last == UInt8(ascii: "-") else { return nil }
            guard bytes.count > 1 else { return .some(nil) }
            return (bytes[bytes.count - 2], bytes[..<(bytes.count - 1)].contains(UInt8(ascii: "-")))
        }
        guard let look else { return nil }
        guard let (stemLast, stemHasHyphen) = look else { return .some(nil) }
        let stemLastIsLetter = (0x41...0x5A).contains(stemLast) || (0x61...0x7A).contains(stemLast)
        guard stemLastIsLetter || (0x30...0x39).contains(stemLast) else { return .some(nil) }
        let stem = String(head.dropLast())
        if (0x61...0x7A).contains(tailFirst) && stemLastIsLetter && !stemHasHyphen && !isCompound(stem, tail) {
            return stem + tail
        }
        return head + tail
    }

    /// `text.contains("-")` (Foundation), on bytes unless the text has both a `-` byte and non-ASCII
    /// bytes: no other character is canonically equivalent to `-`, so without its byte there is no match.
    static func containsHyphen(_ text: String) -> Bool {
        var hasHyphen = false
        var isASCII = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") { hasHyphen = true } else if byte >= 0x80 { isASCII = false }
        }
        guard hasHyphen else { return false }
        return isASCII ? true : text.contains("-")
    }

    /// Common compounds whose hyphen is part of the word.
    static func isCompound(_ stem: String, _ tail: String) -> Bool {
        // (ASCII parts are compared with the lists byte by byte: no string is built or hashed.)
        let firstIsPart = asciiPart(stem, last: true, isIn: compoundFirstPartBytes)
            ?? compoundFirstParts.contains(lettersLowercased(stem.split(separator: "-").last.map(String.init) ?? stem))
        if firstIsPart { return true }
        return asciiPart(tail, last: false, isIn: compoundSecondPartBytes)
            ?? compoundSecondParts.contains(lettersLowercased(tail.split(separator: "-").first.map(String.init) ?? tail))
    }

    /// For ASCII text (one character per byte but CR LF, neither a hyphen nor a letter): whether the
    /// letters, lowercased, of its last (or first) non-empty part between hyphens, or of the whole
    /// text when it has none, spell one of `words`; nil for other text.
    static func asciiPart(_ text: String, last: Bool, isIn words: [[UInt8]]) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let hyphen = UInt8(ascii: "-")
            var start = 0
            var end = bytes.count
            if last {
                var partEnd = bytes.count
                while partEnd > 0, bytes[partEnd - 1] == hyphen { partEnd -= 1 }
                if partEnd > 0 {
                    var partStart = partEnd
                    while partStart > 0, bytes[partStart - 1] != hyphen { partStart -= 1 }
                    (start, end) = (partStart, partEnd)
                }
            } else {
                var partStart = 0
                while partStart < bytes.count, bytes[partStart] == hyphen { partStart += 1 }
                if partStart < bytes.count {
                    var partEnd = partStart
                    while partEnd < bytes.count, bytes[partEnd] != hyphen { partEnd += 1 }
                    (start, end) = (partStart, partEnd)
                }
            }
            // The part's letters, lowercased, compared with each word of as many letters as they are read.
            var letters = 0
            for index in start..<end where (0x41...0x5A).contains(bytes[index] & 0xDF) { letters += 1 }
            return words.contains { word in
                guard word.count == letters else { return false }
                var position = 0
                for index in start..<end {
                    var byte = bytes[index]
                    if (0x41...0x5A).contains(byte) { byte |= 0x20 } else if !(0x61...0x7A).contains(byte) { continue }
                    guard position < word.count, word[position] == byte else { return false }
                    position += 1
                }
                return position == word.count
            }
        }
    }

    private static func lettersLowercased(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init)).lowercased()
    }

    /// First parts that are whole words and never a hyphenation point's left side.
    static let compoundFirstParts: Set<String> = [
        "self", "well", "trauma", "evidence", "community", "family", "peer", "user", "data",
    ]

    /// `compoundFirstParts` and `compoundSecondParts` as bytes (lowercase ASCII words).
    static let compoundFirstPartBytes: [[UInt8]] = compoundFirstParts.map { Array($0.utf8) }
    static let compoundSecondPartBytes: [[UInt8]] = compoundSecondParts.map { Array($0.utf8) }

    /// Second parts that are whole words rather than the tail of a hyphenated word.
    static let compoundSecondParts: Set<String> = [
        "based", "informed", "driven", "term", "wide", "level", "related", "specific", "focused",
        "led", "centered", "centred", "oriented", "year", "years", "scale", "effective",
        "sensitive", "friendly", "owned", "funded", "being", "sharing", "appropriate",
        "responsive", "serving", "quality", "risk", "income", "profit", "party", "person",
        "making", "up", "going",
    ]

    static func isURLStart(_ text: String) -> Bool {
        var copy = text
        guard copy.withUTF8(mayBeURLStart) else { return false }
        if let answer = copy.withUTF8(asciiIsURLStart) { return answer }
        let lower = text.lowercased()
        return lower.hasPrefix("http") || lower.hasPrefix("www.") || lower.contains("://")
            || lower.hasPrefix("(http") || lower.hasPrefix("<http")
    }

    /// `isURLStart(_:)` on bytes for ASCII text (lowercased byte by byte; no character of ASCII text
    /// but CR LF spans two bytes, and none of the patterns holds CR or LF); nil for other text.
    private static func asciiIsURLStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        func matches(_ pattern: StaticString, at offset: Int) -> Bool {
            let count = pattern.utf8CodeUnitCount
            guard offset + count <= bytes.count else { return false }
            let start = pattern.utf8Start
            for index in 0..<count {
                let byte = bytes[offset + index]
                if ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) != start[index] { return false }
            }
            return true
        }
        if matches("http", at: 0) || matches("www.", at: 0) || matches("(http", at: 0) || matches("<http", at: 0) {
            return true
        }
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/") {
                return true
            }
            index += 1
        }
        return false
    }

    /// False when `text` cannot start like a URL: it opens with neither `h`, `w`, `(h` nor `<h` (in
    /// either case) and has no `:` (lowercasing maps no other character onto these ASCII ones).
    private static func mayBeURLStart(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        guard index != utf8.count else { return false }
        var first = utf8[index] | 0x20
        if utf8[index] == UInt8(ascii: "(") || utf8[index] == UInt8(ascii: "<") {
            index += 1
            first = index == utf8.count ? 0 : utf8[index] | 0x20
        }
        if first == UInt8(ascii: "h") || first == UInt8(ascii: "w") { return true }
        return utf8.contains(UInt8(ascii: ":"))
    }

    private static let urlBreakEnds: Set<Unicode.Scalar> = ["/", ".", "-", "_", "=", "?", "&", "#", ":", "~", "%"]
    private static let urlInnerCharacters: Set<Unicode.Scalar> = ["/", ".", "_", "=", "?", "&", "#", "%", "-", "~"]

    static func continuesURL(_ head: String, _ tail: String) -> Bool {
        guard let tailFirst = tail.unicodeScalars.first, let headLast = head.unicodeScalars.last else {
            return false
        }
        if tailFirst.properties.isUppercase && headLast == "." { return false }
        if urlBreakEnds.contains(headLast) && !tailFirst.properties.isWhitespace {
            return tailFirst.properties.isAlphabetic || ("0"..."9").contains(tailFirst)
                || urlInnerCharacters.contains(tailFirst)
        }
        let startsLikeURL = tailFirst.properties.isLowercase || ("0"..."9").contains(tailFirst)
            || urlInnerCharacters.contains(tailFirst)
        let body = tail.unicodeScalars.dropLast()  // trailing punctuation may end a sentence
        return startsLikeURL && body.contains { urlInnerCharacters.contains($0) }
    }
}
