import PlanciteCore
import PlanciteLayout

/// Splits a paragraph the layout stage joined where one of its lines starts a level.
///
/// A line starts a level when it reads as a level heading (strict `HeadingParser`) or a
/// numbered work line (`NumberedItemParser`), and the line before it ends a sentence (`.` `:`
/// `;` `!` `?`) or stops short of the block's right edge. Short paragraphs set without space
/// between them (`Goal 1: …` / `Objective 1.1: …`) come out of the layout stage as one block.
struct BlockSplitter {
    let vocabulary: Vocabulary
    private let terms: Vocabulary.TermIndex

    init(vocabulary: Vocabulary, terms: Vocabulary.TermIndex) {
        self.vocabulary = vocabulary
        self.terms = terms
    }

    func split(_ block: Block) -> [Block] {
        parts(of: block) ?? [block]
    }

    /// The parts of a block that splits, or nil when it stays whole (most blocks): the split
    /// points are found first, so a whole block copies no line and builds no array.
    func parts(of block: Block) -> [Block]? {
        guard block.kind == .paragraph, block.lines.count > 1 else { return nil }
        let lines = block.lines
        var bounds: [Int] = []
        for index in 1..<lines.count
        where endsSentence(lines[index - 1].tokens, right: lines[index - 1].bbox.x1, in: block.bbox)
            && startsLevel(lines[index].tokens)
        {
            if bounds.isEmpty { bounds.append(0) }
            bounds.append(index)
        }
        guard !bounds.isEmpty else { return nil }
        bounds.append(lines.count)
        return zip(bounds, bounds.dropFirst()).map { start, end in
            let lines = Array(lines[start..<end])
            var part = block
            part.lines = lines
            part.bbox = Rect.union(lines.map(\.bbox))
            let ranges = lines.flatMap(\.tokens).map(\.range)
            if let first = ranges.first {
                part.range = ranges.dropFirst().reduce(first) { $0.union($1) }
            }
            return part
        }
    }

    private func startsLevel(_ tokens: [Token]) -> Bool {
        if BlockSplitter.surelyStartsNoLevel(tokens, terms: terms) { return false }
        let text = TextNormalizer.normalize(TokenText.text(of: tokens))
        if HeadingParser.parse(text, terms: terms, strict: true) != nil { return true }
        return NumberedItemParser.parse(text) != nil
    }

    /// True when a line's first token starts no term's first word nor a digit: the line's text,
    /// which starts with that token once normalised (see `StructureWalker.visitPlain`), then
    /// reads as no level heading and no numbered line, and is not built.
    static func surelyStartsNoLevel(_ tokens: [Token], terms: Vocabulary.TermIndex) -> Bool {
        guard let first = TokenText.firstText(of: tokens), let byte = first.utf8.first,
            !terms.mayMatchStart(beginningWith: first)
        else { return false }
        return byte < 0x30 || byte > 0x39
    }

    /// True when a line (its tokens and right edge) ends a sentence or stops short of the block's right edge.
    private func endsSentence(_ tokens: [Token], right: Double, in bbox: Rect) -> Bool {
        // An ASCII character compares as one byte; another (`;` has a canonical twin, U+037E) as a character.
        if let byte = TokenText.lastASCIICharacter(of: tokens) {
            if byte == 0x2E || byte == 0x3A || byte == 0x3B || byte == 0x21 || byte == 0x3F { return true }
        } else if let last = TokenText.lastCharacter(of: tokens) {
            let ends = last.asciiValue.map { $0 == 0x2E || $0 == 0x3A || $0 == 0x3B || $0 == 0x21 || $0 == 0x3F }
                ?? (last == "." || last == ":" || last == ";" || last == "!" || last == "?")
            if ends { return true }
        }
        return right < bbox.x1 - bbox.width * 0.2
    }
}
