import PlanciteCore

/// What a line's first and last tokens say about it: list markers, TOC leaders.
enum LineFeatures {
    static let bulletGlyphs: Set<String> = [
        "•", "▪", "■", "–", "—", "o", "◦", "●", "○", "□", "➢", "►", "▶", "-", "*", "·", "❖", "✓", "✔", "◆", "♦", "⁃", "‣",
    ]
    /// Letters that symbol fonts (Wingdings, Symbol, ZapfDingbats) draw as bullets.
    static let symbolFontBullets: Set<String> = ["n", "l", "q", "u", "v", "w", "§", "Ø", "ü", "ð", "è", "Ÿ", "¨", "·", "!"]
    /// No spelling of a bullet glyph (composed, decomposed, a canonical singleton such as U+0387
    /// for `·`) or private-use scalar takes more UTF-8 bytes than this: longer text is no bullet.
    static let maxBulletBytes = 4

    enum Marker: Equatable {
        case bullet
        case number(String)
    }

    /// The list marker opening the line, if the line has text after it.
    static func marker(of line: Line) -> Marker? {
        // (The first token is read in place: copying it would copy its strings.)
        guard !line.tokens.isEmpty, line.tokens[0].kind == .word, mayOpenWithMarker(line.tokens[0].text) else { return nil }
        if line.tokens.count >= 2, let found = marker(text: line.tokens[0].text, font: line.tokens[0].font) { return found }
        return gluedNumberMarker(line.tokens[0].text).map { .number($0) }
    }

    /// False when the text is neither a marker (`marker(text:font:)`) nor opens with a glued one
    /// (`gluedNumberMarker(_:)`), told from one look at its bytes: a bullet is one ASCII byte or a
    /// short non-ASCII text, a number marker ends in a digit, `.` or `)`, and a glued marker passes
    /// `mayHaveGluedMarker`.
    static func mayOpenWithMarker(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let count = bytes.count
            guard count > 1 else { return true }
            if count <= maxBulletBytes, bytes.contains(where: { $0 >= 0x80 }) { return true }
            switch bytes[count - 1] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: ")"): return true
            default: return mayHaveGluedMarker(bytes)
            }
        } ?? true
    }

    /// A number marker glued to a capitalised word after it (`1.First`, `a)Plan`): the marker's text.
    static func gluedNumberMarker(_ token: Token) -> String? {
        gluedNumberMarker(token.text)
    }

    /// `gluedNumberMarker(_:)` of a token with this text.
    static func gluedNumberMarker(_ text: String) -> String? {
        var bytes = text
        guard bytes.withUTF8(mayHaveGluedMarker) else { return nil }
        let scalars = Array(text.unicodeScalars.prefix(13))
        var best: String?
        for index in scalars.indices.dropLast(2) where scalars[index] == "." || scalars[index] == ")" {
            // The word after the marker reads `First`, not `S.` as in `U.S.`.
            guard scalars[index + 1].properties.isUppercase, scalars[index + 2].properties.isLowercase else { continue }
            let candidate = String(String.UnicodeScalarView(scalars[...index]))
            if isNumberMarker(candidate) { best = candidate }
        }
        return best
    }

    /// False when no number marker can open the text glued to two more characters: a marker is
    /// ASCII (letters, digits, brackets, dots) ending in `.` or `)` within the first 11 bytes.
    private static func mayHaveGluedMarker(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = utf8.count
        // A marker that opens with two letters is a lowercase Roman numeral (`iv.`): a word such as
        // `Community` or `the` is ruled out at its second byte.
        if count >= 2, isASCIILetter(utf8[0]), isASCIILetter(utf8[1]),
            !(isLowercaseRomanLetter(utf8[0]) && isLowercaseRomanLetter(utf8[1]))
        {
            return false
        }
        for offset in 0..<min(11, count) {
            switch utf8[offset] {
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                if offset + 2 < count { return true }
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "("):
                continue
            default:
                return false
            }
        }
        return false
    }

    /// The line with a glued number marker cut into a token of its own.
    static func splittingGluedMarker(_ line: Line) -> Line {
        guard let first = line.tokens.first, let marker = gluedNumberMarker(first) else { return line }
        let count = marker.unicodeScalars.count
        var head = first
        head.text = marker
        head.range = TextRange(start: first.range.start, end: first.range.start + count)
        let share = Double(count) / Double(max(first.text.unicodeScalars.count, 1))
        head.bbox.x1 = first.bbox.x0 + first.bbox.width * share
        var rest = first
        rest.text = String(String.UnicodeScalarView(first.text.unicodeScalars.dropFirst(count)))
        rest.range = TextRange(start: head.range.end, end: first.range.end)
        rest.bbox.x0 = head.bbox.x1
        rest.spaceBefore = true
        var result = line
        result.tokens.replaceSubrange(0..<1, with: [head, rest])
        return result
    }

    /// For each ASCII byte: whether it alone is a member of `bulletGlyphs` (first) and of
    /// `symbolFontBullets` (second). No ASCII text of two or more bytes is canonically equivalent to
    /// a member of either set, so ASCII text is looked up here instead of hashed.
    private static let asciiBullets: [(glyph: Bool, symbol: Bool)] = (0..<128).map { byte in
        let text = String(UnicodeScalar(UInt8(byte)))
        return (bulletGlyphs.contains(text), symbolFontBullets.contains(text))
    }

    static func marker(_ token: Token) -> Marker? {
        marker(text: token.text, font: token.font)
    }

    /// `marker(_:)` of a token with this text and font.
    static func marker(text: String, font: String) -> Marker? {
        var bytes = text
        let (count, isShortASCII, firstByte) = bytes.withUTF8 { utf8 in
            (utf8.count, utf8.count <= maxBulletBytes && utf8.allSatisfy { $0 < 0x80 }, utf8.first)
        }
        if isShortASCII {
            // ASCII: one byte is a bullet when the sets hold it; longer text never is.
            if count == 1, let byte = firstByte {
                let entry = asciiBullets[Int(byte)]
                if entry.glyph { return .bullet }
                if entry.symbol {
                    let font = font.lowercased()
                    if font.contains("wingding") || font.contains("symbol") || font.contains("dingbat") { return .bullet }
                }
            }
        } else if count <= maxBulletBytes {
            if bulletGlyphs.contains(text) { return .bullet }
            if let scalar = text.unicodeScalars.first, text.unicodeScalars.count == 1,
                (0xE000...0xF8FF).contains(scalar.value)
            {
                return .bullet  // private-use symbol-font bullet
            }
            if symbolFontBullets.contains(text) {
                let font = font.lowercased()
                if font.contains("wingding") || font.contains("symbol") || font.contains("dingbat") { return .bullet }
            }
        }
        return isNumberMarker(text) ? .number(text) : nil
    }

    /// `1.`, `1)`, `(1)`, `1.1`, `1.1.1`, `a.`, `a)`, `(a)`, `i.`, `iv)`, `A.`.
    static func isNumberMarker(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isNumberMarker(bytes:))
    }

    /// `isNumberMarker(_:)` on the text's UTF-8.
    private static func isNumberMarker(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard mayBeNumberMarker(bytes) else { return false }
        // From here the text is ASCII: one byte per character.
        var lower = 0
        var upper = bytes.count
        var closed = false
        if bytes[0] == UInt8(ascii: "("), bytes[upper - 1] == UInt8(ascii: ")") {
            lower = 1; upper -= 1; closed = true
        } else if bytes[upper - 1] == UInt8(ascii: ".") || bytes[upper - 1] == UInt8(ascii: ")") {
            upper -= 1; closed = true
        }
        let body = bytes[lower..<max(lower, upper)]
        guard !body.isEmpty, body.count <= 11 else { return false }
        // Parts between dots: up to 4, each 1 to 3 digits.
        var parts = 1
        var partLength = 0
        var numericParts = true
        for byte in body {
            if byte == UInt8(ascii: ".") {
                if partLength == 0 || partLength > 3 { numericParts = false }
                parts += 1
                partLength = 0
            } else {
                if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { numericParts = false }
                partLength += 1
            }
        }
        if partLength == 0 || partLength > 3 { numericParts = false }
        if parts <= 4, numericParts { return closed || parts >= 2 }
        guard closed, parts == 1 else { return false }
        if body.count == 1, let letter = body.first, Self.isASCIILetter(letter) { return true }
        guard !body.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else { return false }
        return QuickChecks.romanValue(of: String(decoding: body, as: UTF8.self)) != nil
    }

    private static func isLowercaseRomanLetter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x"), UInt8(ascii: "l"), UInt8(ascii: "c"),
            UInt8(ascii: "d"), UInt8(ascii: "m"): true
        default: false
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// False when `text` cannot be a number marker: every marker is at most 13 ASCII letters,
    /// digits, dots and brackets, and ends in `.` or `)` unless it is digits and dots (`1.1`).
    private static func mayBeNumberMarker(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = utf8.last, utf8.count <= 13 else { return false }
        // Digits and dots end in a digit or a dot; anything else must end in `.` or `)`.
        switch last {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: ")"): break
        default: return false
        }
        var digitsAndDots = true
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."):
                continue
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "("), UInt8(ascii: ")"):
                digitsAndDots = false
            default:
                return false
            }
        }
        return digitsAndDots || last == UInt8(ascii: ".") || last == UInt8(ascii: ")")
    }

    /// True when the line reads `text . . . . 12`: a dotted leader, then a page number.
    static func isTOCEntry(_ line: Line) -> Bool {
        // (A page number opens with an ASCII digit or Roman letter: other last words are ruled out on
        // their first byte before `isPageNumber` looks at them.)
        guard line.tokens.count >= 2, let first = line.tokens[line.tokens.count - 1].text.utf8.first,
            (0x30...0x39).contains(first) || QuickChecks.isRomanLetter(first),
            isPageNumber(line.tokens[line.tokens.count - 1].text)
        else { return false }
        var dotTokens = 0
        for index in line.tokens.indices.dropLast() {
            let text = line.tokens[index].text
            // A leader or a text ending in dots ends in one of these scalars (U+0387 is canonically `·`).
            if !QuickChecks.lastScalar(of: text, isIn: ".…·\u{387}") {
                dotTokens = 0
            } else if isLeader(text) {
                dotTokens += atLeastThreeCharacters(text) ? 3 : 1
                if dotTokens >= 3 { return true }
            } else if text.hasSuffix("...") || text.hasSuffix("…") {
                return true
            } else {
                dotTokens = 0
            }
        }
        return false
    }

    static func isLeader(_ text: String) -> Bool {
        if let answer = asciiIsLeader(text) { return answer }
        return !text.isEmpty && text.allSatisfy { $0 == "." || $0 == "…" || $0 == "·" }
    }

    /// `isLeader(_:)` decided on bytes: true when every byte is `.`, false when a byte is ASCII
    /// but not `.` (a character holding it is none of `.`, `…`, `·`), nil otherwise.
    static func asciiIsLeader(_ text: String) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.isEmpty else { return false }
            var allDots = true
            for byte in bytes where byte != UInt8(ascii: ".") {
                if byte < 0x80 { return false }
                allDots = false
            }
            return allDots ? true : nil
        } ?? nil
    }

    /// `text.count >= 3`, counted on bytes when every byte is ASCII but CR (then one byte is one character).
    static func atLeastThreeCharacters(_ text: String) -> Bool {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        }
        if ascii == true { return text.utf8.count >= 3 }
        return text.count >= 3
    }

    static func isPageNumber(_ text: String) -> Bool {
        // Both kinds open with an ASCII digit or Roman letter.
        // One to four ASCII digits (one character each), or a Roman numeral: ASCII Roman letters
        // only (`QuickChecks.mayBeRoman`) and a value.
        var bytes = text
        let quick = bytes.withUTF8 { utf8 -> Bool? in
            guard let first = utf8.first, (0x30...0x39).contains(first) || QuickChecks.isRomanLetter(first)
            else { return false }
            if utf8.count <= 4 && utf8.allSatisfy({ (0x30...0x39).contains($0) }) { return true }
            return utf8.allSatisfy(QuickChecks.isRomanLetter) ? nil : false
        }
        return quick ?? (RomanNumeral.value(of: text) != nil)
    }

    /// The line without its dotted leader: dot-only tokens removed, trailing runs of dots trimmed.
    static func strippingLeaders(_ line: Line) -> Line {
        var result = line
        result.tokens = line.tokens.compactMap { token in
            if isLeader(token.text) { return nil }
            var trimmed = token
            if trimmed.text.hasSuffix("..") || trimmed.text.hasSuffix("…") {
                while let last = trimmed.text.last, last == "." || last == "…" { trimmed.text.removeLast() }
            }
            return trimmed.text.isEmpty ? nil : trimmed
        }
        if result.tokens.count >= 2 { result.tokens[result.tokens.count - 1].spaceBefore = true }
        return result
    }
}
