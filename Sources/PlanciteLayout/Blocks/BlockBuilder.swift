import PlanciteCore

/// Groups ordered lines into blocks and says what each block is.
///
/// A new block starts at a column change, a size change of more than 0.75 pt, a change between
/// all-bold and not, a gap above the line larger than the page's usual gap plus
/// `paragraphGapRatio` × size, a first-line indent of more than 0.8 em, an out-dent below a list
/// item's marker, a bullet, a number marker after a line that ends a sentence or falls short, and
/// around every TOC entry. Then: a block of dotted-leader lines is a `.tocEntry`; a block opening
/// with a bullet or number marker is a `.listItem` (bullet glyphs leave the text and become
/// `listMarker` `•`; numbers stay in the text); a short block set `headingSizeRatio` × body size
/// or larger, or all bold, is a `.heading`.
struct BlockBuilder {
    let options: LayoutOptions
    let bodySize: Double
    let page: Int
    /// The page's usual gap between the bottom of a line and the top of the next.
    let usualGap: Double

    struct Placed {
        var line: Line
        var column: Int
        /// Right edge of the column the line sits in.
        var columnRight: Double
    }

    func blocks(_ lines: [Placed]) -> [Block] {
        var blocks: [Block] = []
        var current: [Placed] = []
        func flush() {
            if !current.isEmpty { blocks.append(makeBlock(current)) }
            current = []
        }
        for placed in lines {
            if let previous = current.last, !startsBlock(placed, after: previous, in: current) {
                current.append(placed)
            } else {
                flush()
                current = [placed]
            }
        }
        flush()
        return blocks
    }

    private func startsBlock(_ placed: Placed, after previous: Placed, in block: [Placed]) -> Bool {
        let line = placed.line
        let prior = previous.line
        let size = max(line.bodySize, 1)
        if placed.column != previous.column { return true }
        if LineFeatures.isTOCEntry(line) || LineFeatures.isTOCEntry(prior) { return true }
        if abs(line.bodySize - prior.bodySize) > 0.75 { return true }
        if isAllBold(line) != isAllBold(prior) { return true }
        let gap = line.bbox.y0 - prior.bbox.y1
        if line.baseline < prior.baseline || gap > usualGap + options.paragraphGapRatio * size { return true }
        let opening = block[0].line
        let marker = LineFeatures.marker(of: opening)
        switch LineFeatures.marker(of: line) {
        case .bullet?:
            return true
        case .number?:
            let endsSentence = prior.tokens.last.map { token in
                token.text.last.map { ".:;!?".contains($0) } ?? false
            } ?? false
            if marker != nil || endsSentence || prior.bbox.x1 < previous.columnRight - 3 * size { return true }
        case nil:
            break
        }
        if marker != nil, let first = opening.tokens.first {
            return line.bbox.x0 <= first.bbox.x0 + 0.3 * size
        }
        let besideDropCap = opening.tokens.first.map { $0.size >= options.dropCapRatio * opening.bodySize && line.bbox.y0 < $0.bbox.y1 } ?? false
        if !besideDropCap, line.bbox.x0 > prior.bbox.x0 + 0.8 * size,
            block.count == 1 || prior.bbox.x0 <= block.map(\.line.bbox.x0).min()! + 1
        {
            return true
        }
        return false
    }

    private func isAllBold(_ line: Line) -> Bool {
        let words = line.tokens.filter { $0.kind == .word }
        return !words.isEmpty && words.allSatisfy(\.isBold)
    }

    private func makeBlock(_ placed: [Placed]) -> Block {
        var lines = placed.map(\.line)
        var kind = BlockKind.paragraph
        var marker: String?
        if lines.count == 1, LineFeatures.isTOCEntry(lines[0]) {
            kind = .tocEntry
            lines[0] = LineFeatures.strippingLeaders(lines[0])
        } else if let found = LineFeatures.marker(of: lines[0]) {
            kind = .listItem
            switch found {
            case .bullet:
                marker = "•"
                lines[0].tokens.removeFirst()
                if !lines[0].tokens.isEmpty { lines[0].tokens[0].spaceBefore = true }
            case .number(let text):
                marker = text
                lines[0] = LineFeatures.splittingGluedMarker(lines[0])
            }
        }
        lines = LineJoiner.join(lines)
        var block = Block(
            kind: kind, lines: lines, page: page, bbox: Rect.union(placed.map(\.line.bbox)),
            range: Self.range(of: lines), listMarker: marker, column: max(0, placed[0].column))
        if kind != .tocEntry, marker != "•", isHeading(block) {
            block.kind = .heading
        }
        return block
    }

    private func isHeading(_ block: Block) -> Bool {
        guard block.lines.count <= options.headingMaxLines else { return false }
        let size = block.lines.map(\.bodySize).max() ?? 0
        if size >= bodySize * options.headingSizeRatio { return true }
        let words = block.tokens.filter { $0.kind == .word }
        guard !words.isEmpty, words.allSatisfy(\.isBold), block.lines.count <= 2 else { return false }
        let text = block.text
        guard text.count <= options.boldHeadingMaxLength else { return false }
        if let last = text.last, ".,;".contains(last), words.count > 4, block.listMarker == nil { return false }
        return true
    }

    static func range(of lines: [Line]) -> TextRange {
        var result: TextRange?
        for line in lines {
            for token in line.tokens { result = result.map { $0.union(token.range) } ?? token.range }
        }
        return result ?? TextRange(start: 0, end: 0)
    }
}
