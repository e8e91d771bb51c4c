import PlanciteCore

/// What a line's first and last tokens say about it: list markers, TOC leaders.
enum LineFeatures {
    static let bulletGlyphs: Set<String> = [
        "•", "▪", "■", "–", "—", "o", "◦", "●", "○", "□", "➢", "►", "▶", "-", "*", "·", "❖", "✓", "✔", "◆", "♦", "⁃", "‣",
    ]
    /// Letters that symbol fonts (Wingdings, Symbol, ZapfDingbats) draw as bullets.
    static let symbolFontBullets: Set<String> = ["n", "l", "q", "u", "v", "w", "§", "Ø", "ü", "ð", "è", "Ÿ", "¨", "·", "!"]

    enum Marker: Equatable {
        case bullet
        case number(String)
    }

    /// The list marker opening the line, if the line has text after it.
    static func marker(of line: Line) -> Marker? {
        guard let first = line.tokens.first, first.kind == .word else { return nil }
        if line.tokens.count >= 2, let found = marker(first) { return found }
        return gluedNumberMarker(first).map { .number($0) }
    }

    /// A number marker glued to the word after it (`1.First`, `a)Plan`): the marker's text.
    static func gluedNumberMarker(_ token: Token) -> String? {
        let scalars = Array(token.text.unicodeScalars.prefix(13))
        var best: String?
        for index in scalars.indices.dropLast() where scalars[index] == "." || scalars[index] == ")" {
            guard scalars[index + 1].properties.isUppercase else { continue }
            let candidate = String(String.UnicodeScalarView(scalars[...index]))
            if isNumberMarker(candidate) { best = candidate }
        }
        return best
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

    static func marker(_ token: Token) -> Marker? {
        let text = token.text
        if bulletGlyphs.contains(text) { return .bullet }
        if let scalar = text.unicodeScalars.first, text.unicodeScalars.count == 1,
            (0xE000...0xF8FF).contains(scalar.value)
        {
            return .bullet  // private-use symbol-font bullet
        }
        let font = token.font.lowercased()
        if symbolFontBullets.contains(text),
            font.contains("wingding") || font.contains("symbol") || font.contains("dingbat")
        {
            return .bullet
        }
        return isNumberMarker(text) ? .number(text) : nil
    }

    /// `1.`, `1)`, `(1)`, `1.1`, `1.1.1`, `a.`, `a)`, `(a)`, `i.`, `iv)`, `A.`.
    static func isNumberMarker(_ text: String) -> Bool {
        var body = Substring(text)
        var closed = false
        if body.hasPrefix("("), body.hasSuffix(")") {
            body = body.dropFirst().dropLast(); closed = true
        } else if body.hasSuffix(".") || body.hasSuffix(")") {
            body = body.dropLast(); closed = true
        }
        guard !body.isEmpty, body.count <= 11 else { return false }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count <= 4, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
            return closed || parts.count >= 2
        }
        guard closed, parts.count == 1 else { return false }
        if body.count == 1, let letter = body.first, letter.isASCII, letter.isLetter { return true }
        return body == body.lowercased() && RomanNumeral.value(of: body) != nil
    }

    /// True when the line reads `text . . . . 12`: a dotted leader, then a page number.
    static func isTOCEntry(_ line: Line) -> Bool {
        guard line.tokens.count >= 2, let last = line.tokens.last, isPageNumber(last.text) else { return false }
        var dotTokens = 0
        for token in line.tokens.dropLast() {
            if isLeader(token.text) {
                dotTokens += token.text.count >= 3 ? 3 : 1
                if dotTokens >= 3 { return true }
            } else if token.text.hasSuffix("...") || token.text.hasSuffix("…") {
                return true
            } else {
                dotTokens = 0
            }
        }
        return false
    }

    static func isLeader(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0 == "." || $0 == "…" || $0 == "·" }
    }

    static func isPageNumber(_ text: String) -> Bool {
        (text.count <= 4 && !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber })
            || RomanNumeral.value(of: text) != nil
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
