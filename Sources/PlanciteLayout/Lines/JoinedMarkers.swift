import PlanciteCore

/// Splits a superscript that is two or more of the page's note labels set without a separator.
///
/// Adjacent markers such as `^{81}^{82}` come out of extraction as one run, `8182`. When the
/// digits are not themselves a note label of the page but read as a sequence of increasing labels
/// of the page's notes (`81` then `82`), the token becomes one token per label, each with its
/// share of the box and of the text range.
enum JoinedMarkers {
    static func split(_ line: Line, labels: Set<Int>) -> Line {
        var result = line
        split(&result, labels: labels)
        return result
    }

    /// Splits the line's joined markers in place; a line without any is left untouched.
    static func split(_ line: inout Line, labels: Set<Int>) {
        // Tokens are read in place; the token list is rebuilt only from the first token that splits.
        var index = 0
        while index < line.tokens.count {
            guard line.tokens[index].kind == .superscript, let parts = parts(of: line.tokens[index], labels: labels)
            else { index += 1; continue }
            let pieces = pieces(of: line.tokens[index], parts: parts)
            line.tokens.replaceSubrange(index..<(index + 1), with: pieces)
            index += pieces.count
        }
    }

    /// The labels a superscript token is made of, when it is two or more of them.
    private static func parts(of token: Token, labels: Set<Int>) -> [[UInt8]]? {
        // ASCII digits only: one scalar and one character per byte.
        let digits = Array(token.text.utf8)
        guard digits.count >= 2, digits.allSatisfy({ (0x30...0x39).contains($0) }),
            token.range.end - token.range.start == digits.count,
            Int(token.text).map({ !labels.contains($0) }) ?? true,
            let parts = parts(of: digits[...], labels: labels, after: 0), parts.count >= 2
        else { return nil }
        return parts
    }

    private static func pieces(of token: Token, parts: [[UInt8]]) -> [Token] {
        let scalars = Double(token.range.end - token.range.start)
        var offset = 0
        return parts.enumerated().map { index, part in
            var piece = token
            piece.text = String(decoding: part, as: UTF8.self)
            let start = token.bbox.x0 + token.bbox.width * Double(offset) / scalars
            let end = token.bbox.x0 + token.bbox.width * Double(offset + part.count) / scalars
            piece.bbox = Rect(x0: start, y0: token.bbox.y0, x1: end, y1: token.bbox.y1)
            piece.range = TextRange(start: token.range.start + offset, end: token.range.start + offset + part.count)
            if index > 0 { piece.spaceBefore = false }
            offset += part.count
            return piece
        }
    }

    /// The digits read as increasing labels, each above `after`, or nil.
    private static func parts(of digits: ArraySlice<UInt8>, labels: Set<Int>, after: Int) -> [[UInt8]]? {
        if digits.isEmpty { return [] }
        for length in 1...min(3, digits.count) {
            let head = digits.prefix(length)
            guard head.first != UInt8(ascii: "0") else { continue }
            let value = head.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            guard value > after, labels.contains(value) else { continue }
            if let rest = parts(of: digits.dropFirst(length), labels: labels, after: value) { return [Array(head)] + rest }
        }
        return nil
    }
}
