import PlanciteCore
import PlanciteExtract

/// Turns a fragment's runs into a `Line` of tokens, telling superscripts, exponents and
/// subscripts from body text by size and baseline.
///
/// A run is small when its size is at most `superscriptSizeRatio` times the line's body size (the
/// size set in the most characters). A small run whose baseline is `raiseRatio` × body size above
/// the line's baseline is raised: an exponent when it is a number right after a digit or a
/// one-letter variable (a year such as `2023` is not a base: `in 2023⁷` holds a marker), a raised ordinal suffix (`24th`) when it is `st`/`nd`/`rd`/`th` after a
/// digit, else a superscript. A small run lowered by `lowerRatio` is a subscript. A larger run
/// (drop cap) and a small run on the baseline (small caps) are body text. Runs with no space
/// between them form one word, and so do runs of different sizes less than 0.12 × body size
/// apart when the later one opens in uppercase (small caps); a superscript never joins the word
/// before it.
struct LineBuilder {
    let options: LayoutOptions
    let page: Int

    func line(from fragment: Fragment) -> Line {
        let bodySize = fragment.bodySize
        return fragment.runs.withUnsafeBufferPointer { runs in
            let baseline = Self.baseline(of: runs, bodySize: bodySize)
            var tokens: [Token] = []
            tokens.reserveCapacity(runs.count)
            // Plain ASCII text holds no Unicode superscript digits: the split below is skipped then.
            var allPlain = true
            var previousSize = 0.0
            // (Runs and the last token are read in place: copying one copies its strings.)
            for runIndex in runs.indices {
                defer { previousSize = runs[runIndex].size }
                let kind = verticalKind(size: runs[runIndex].size, baseline: runs[runIndex].baseline, bodySize: bodySize, lineBaseline: baseline)
                // Plain ASCII text is used as it is; other text is cleaned. (The run's text is taken
                // once, tested and moved into its token: one retain per run, not three and a release.)
                let runText = runs[runIndex].text
                let isPlain = TextRepair.isPlainASCII(runText)
                if !isPlain { allPlain = false }
                let text = isPlain ? runText : TextRepair.clean(runText)
                guard !text.isEmpty else { continue }
                let spaceBefore = runs[runIndex].spaceBefore
                let lastIndex = tokens.count - 1
                // Small caps set as a capital and a smaller run a hair apart form one word even where
                // poppler saw a space (`P REVENT`).
                if lastIndex >= 0, !spaceBefore
                    || (kind == .word && tokens[lastIndex].kind == .word && abs(previousSize - runs[runIndex].size) > 0.5
                        && smallCapsJoin(runs[runIndex].bbox, runs[runIndex].text, after: tokens[lastIndex].bbox, bodySize: bodySize))
                {
                    let lastKind = tokens[lastIndex].kind
                    switch kind {
                    case .word where lastKind == .word:
                        tokens[lastIndex].append(text, bbox: runs[runIndex].bbox, range: runs[runIndex].range, isBold: runs[runIndex].isBold)
                        continue
                    case .superscript where lastKind == .superscript || lastKind == .exponent:
                        tokens[lastIndex].append(text, bbox: runs[runIndex].bbox, range: runs[runIndex].range, isBold: runs[runIndex].isBold)
                        continue
                    case .superscript where lastKind == .word && Self.isOrdinalSuffix(text)
                        && tokens[lastIndex].text.last?.isNumber == true:
                        tokens[lastIndex].append(text, bbox: runs[runIndex].bbox, range: runs[runIndex].range, isBold: runs[runIndex].isBold)
                        continue
                    default:
                        break
                    }
                }
                var tokenKind = kind
                if kind == .superscript, lastIndex >= 0, !spaceBefore, Self.isExponentBase(tokens[lastIndex]),
                    Self.isNumber(text)
                {
                    tokenKind = .exponent
                }
                tokens.append(Token(
                    text: text, kind: tokenKind, page: page, bbox: runs[runIndex].bbox,
                    size: runs[runIndex].size, font: runs[runIndex].font, isBold: runs[runIndex].isBold,
                    isItalic: runs[runIndex].isItalic, range: runs[runIndex].range,
                    spaceBefore: kind == .superscript ? false : (lastIndex < 0 ? true : spaceBefore)))
            }
            if !allPlain { tokens = Self.splitUnicodeSuperscripts(tokens) }
            return Line(tokens: tokens, page: page, bbox: fragment.bbox, baseline: baseline, bodySize: bodySize)
        }
    }

    /// True when a word run of another size continues the word before it as small caps: a hair's
    /// gap and an uppercase (or joining punctuation) start.
    private func smallCapsJoin(_ box: Rect, _ text: String, after last: Rect, bodySize: Double) -> Bool {
        box.x0 - last.x1 < 0.12 * bodySize && box.x0 >= last.x1 - 0.5
            && text.unicodeScalars.first.map { $0.properties.isUppercase || "-‐–’'.".unicodeScalars.contains($0) } == true
    }

    private func verticalKind(size: Double, baseline: Double, bodySize: Double, lineBaseline: Double) -> TokenKind {
        guard size <= bodySize * options.superscriptSizeRatio else { return .word }
        if baseline < lineBaseline - options.raiseRatio * bodySize { return .superscript }
        if baseline > lineBaseline + options.lowerRatio * bodySize { return .subscript }
        return .word
    }

    /// The median baseline of the body-size runs; when they share one baseline (the usual case),
    /// that baseline without sorting.
    static func baseline(of runs: UnsafeBufferPointer<TextRun>, bodySize: Double) -> Double {
        var shared: Double?
        var isShared = true
        for index in runs.indices where abs(runs[index].size - bodySize) < 0.3 {
            if let value = shared {
                if value != runs[index].baseline { isShared = false; break }
            } else {
                shared = runs[index].baseline
            }
        }
        if isShared, let shared { return shared }
        var values: [Double] = []
        values.reserveCapacity(runs.count)
        for index in runs.indices where abs(runs[index].size - bodySize) < 0.3 { values.append(runs[index].baseline) }
        if values.isEmpty { for index in runs.indices { values.append(runs[index].baseline) } }
        values.sort()
        return values.isEmpty ? 0 : values[values.count / 2]
    }

    static func isOrdinalSuffix(_ text: String) -> Bool {
        ["st", "nd", "rd", "th", "d"].contains(text.lowercased())
    }

    static func isNumber(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "-" || $0 == "\u{2212}" }
            && text.unicodeScalars.contains { ("0"..."9").contains($0) }
    }

    /// A digit-final word other than a year (`10`, not `2023`), or a one-letter variable (`x`, `n`).
    static func isExponentBase(_ token: Token) -> Bool {
        guard token.kind == .word, let last = token.text.unicodeScalars.last else { return false }
        let scalars = token.text.unicodeScalars
        if ("0"..."9").contains(last) {
            let digits = String(String.UnicodeScalarView(scalars.reversed().prefix { ("0"..."9").contains($0) }.reversed()))
            if digits.count == 4, let year = Int(digits), (1500...2100).contains(year) { return false }
            return true
        }
        return scalars.count == 1 && last.properties.isAlphabetic
    }

    private static let superscriptDigits: [Unicode.Scalar: Character] = [
        "\u{2070}": "0", "\u{00B9}": "1", "\u{00B2}": "2", "\u{00B3}": "3", "\u{2074}": "4",
        "\u{2075}": "5", "\u{2076}": "6", "\u{2077}": "7", "\u{2078}": "8", "\u{2079}": "9",
    ]

    /// True for the scalars of `superscriptDigits`, without a dictionary lookup.
    static func isSuperscriptDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00B2, 0x00B3, 0x00B9, 0x2070, 0x2074...0x2079: true
        default: false
        }
    }

    /// Splits Unicode superscript digits at a word's end (`plan¹²`) into a superscript token.
    static func splitUnicodeSuperscripts(_ tokens: [Token]) -> [Token] {
        guard tokens.indices.contains(where: { index in
            // Superscript digits end in a byte 0xB0...0xB9 in UTF-8: test it before decoding.
            guard tokens[index].kind == .word, let byte = tokens[index].text.utf8.last, (0xB0...0xB9).contains(byte)
            else { return false }
            return tokens[index].text.unicodeScalars.last.map(isSuperscriptDigit) == true
        }) else { return tokens }
        var result: [Token] = []
        for token in tokens {
            let scalars = Array(token.text.unicodeScalars)
            var cut = scalars.count
            while cut > 0, superscriptDigits[scalars[cut - 1]] != nil { cut -= 1 }
            guard token.kind == .word, cut < scalars.count, cut > 0 else { result.append(token); continue }
            var word = token
            word.text = String(String.UnicodeScalarView(scalars[..<cut]))
            word.range = TextRange(start: token.range.start, end: token.range.start + cut)
            var marker = token
            marker.text = String(scalars[cut...].compactMap { superscriptDigits[$0] })
            marker.range = TextRange(start: token.range.start + cut, end: token.range.end)
            marker.spaceBefore = false
            marker.kind = isExponentBase(word) ? .exponent : .superscript
            result.append(word)
            result.append(marker)
        }
        return result
    }
}

extension Token {
    /// Appends a glued run's text to this token.
    mutating func append(_ text: String, bbox: Rect, range: TextRange, isBold: Bool) {
        self.text += text
        self.bbox = self.bbox.uniting(bbox)
        self.range = TextRange(start: min(self.range.start, range.start), end: max(self.range.end, range.end))
        self.isBold = self.isBold && isBold
    }
}
