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
        guard block.kind == .paragraph, block.lines.count > 1 else { return [block] }
        var groups: [[Line]] = [[block.lines[0]]]
        for (previous, line) in zip(block.lines, block.lines.dropFirst()) {
            if endsSentence(previous, in: block) && startsLevel(line) {
                groups.append([line])
            } else {
                groups[groups.count - 1].append(line)
            }
        }
        guard groups.count > 1 else { return [block] }
        return groups.map { lines in
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

    private func startsLevel(_ line: Line) -> Bool {
        let text = TextNormalizer.normalize(TokenText.text(of: line.tokens))
        if HeadingParser.parse(text, terms: terms, strict: true) != nil { return true }
        return NumberedItemParser.parse(text) != nil
    }

    private func endsSentence(_ line: Line, in block: Block) -> Bool {
        if let last = TokenText.lastCharacter(of: line.tokens),
            last == "." || last == ":" || last == ";" || last == "!" || last == "?"
        {
            return true
        }
        return line.bbox.x1 < block.bbox.x1 - block.bbox.width * 0.2
    }
}
