import PlanciteCore

/// Splits a superscript that is two or more of the page's note labels set without a separator.
///
/// Adjacent markers such as `^{81}^{82}` come out of extraction as one run, `8182`. When the
/// digits are not themselves a note label of the page but read as a sequence of increasing labels
/// of the page's notes (`81` then `82`), the token becomes one token per label, each with its
/// share of the box and of the text range.
enum JoinedMarkers {
    static func split(_ line: Line, labels: Set<Int>) -> Line {
        guard line.tokens.contains(where: { $0.kind == .superscript }) else { return line }
        var result = line
        result.tokens = line.tokens.flatMap { token -> [Token] in
            guard token.kind == .superscript, token.text.count >= 2, token.text.allSatisfy({ $0.isASCII && $0.isNumber }),
                token.range.end - token.range.start == token.text.unicodeScalars.count,
                Int(token.text).map({ !labels.contains($0) }) ?? true,
                let parts = parts(of: Array(token.text), labels: labels, after: 0), parts.count >= 2
            else { return [token] }
            let scalars = Double(token.text.count)
            var offset = 0
            return parts.enumerated().map { index, part in
                var piece = token
                piece.text = part
                let start = token.bbox.x0 + token.bbox.width * Double(offset) / scalars
                let end = token.bbox.x0 + token.bbox.width * Double(offset + part.count) / scalars
                piece.bbox = Rect(x0: start, y0: token.bbox.y0, x1: end, y1: token.bbox.y1)
                piece.range = TextRange(start: token.range.start + offset, end: token.range.start + offset + part.count)
                if index > 0 { piece.spaceBefore = false }
                offset += part.count
                return piece
            }
        }
        return result
    }

    /// The digits read as increasing labels, each above `after`, or nil.
    private static func parts(of digits: [Character], labels: Set<Int>, after: Int) -> [String]? {
        if digits.isEmpty { return [] }
        for length in 1...min(3, digits.count) {
            let head = String(digits[..<length])
            guard head.first != "0", let value = Int(head), value > after, labels.contains(value) else { continue }
            if let rest = parts(of: Array(digits[length...]), labels: labels, after: value) { return [head] + rest }
        }
        return nil
    }
}
