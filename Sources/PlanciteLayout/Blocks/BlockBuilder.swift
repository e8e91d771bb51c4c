import PlanciteCore

/// Groups ordered lines into blocks and says what each block is.
///
/// A new block starts at a column change, a size change of more than 0.75 pt, a change between
/// all-bold and not, a gap above the line larger than the page's usual gap plus
/// `paragraphGapRatio` × size, a first-line indent of more than 0.8 em, an out-dent below a list
/// item's marker, a bullet, a number marker or a bare note label (`12 Ibid.`) after a line that
/// ends a sentence, a number marker after a line that falls short, and
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

    /// What block breaking asks of a line, worked out once per line.
    private struct LineFacts {
        var isTOCEntry: Bool
        var isAllBold: Bool
        var marker: LineFeatures.Marker?

        init(_ line: Line) {
            isTOCEntry = LineFeatures.isTOCEntry(line)
            isAllBold = BlockBuilder.isAllBold(line)
            marker = LineFeatures.marker(of: line)
        }
    }

    func blocks(_ lines: [Placed]) -> [Block] {
        let facts = lines.indices.map { LineFacts(lines[$0].line) }  // (read in place: `lines.map` copies each line)
        var blocks: [Block] = []
        // (Room for a block per line: the list is not regrown as blocks are added.)
        blocks.reserveCapacity(lines.count)
        var start = 0
        // The smallest left edge of the current block's lines.
        var leftmost = Double.infinity
        for index in lines.indices {
            if index > start, startsBlock(index, opening: start, leftmost: leftmost, lines: lines, facts: facts) {
                blocks.append(makeBlock(lines[start..<index], facts: facts[start]))
                start = index
                leftmost = .infinity
            }
            leftmost = min(leftmost, lines[index].line.bbox.x0)
        }
        if start < lines.count { blocks.append(makeBlock(lines[start...], facts: facts[start])) }
        return blocks
    }

    /// True when line `index` opens a new block after the block of lines `opening..<index`.
    private func startsBlock(_ index: Int, opening start: Int, leftmost: Double, lines: [Placed], facts: [LineFacts]) -> Bool {
        // (Lines are read in place: copying one would retain its tokens.)
        let size = max(lines[index].line.bodySize, 1)
        if lines[index].column != lines[index - 1].column { return true }
        if facts[index].isTOCEntry || facts[index - 1].isTOCEntry { return true }
        if abs(lines[index].line.bodySize - lines[index - 1].line.bodySize) > 0.75 { return true }
        if facts[index].isAllBold != facts[index - 1].isAllBold { return true }
        let gap = lines[index].line.bbox.y0 - lines[index - 1].line.bbox.y1
        if lines[index].line.baseline < lines[index - 1].line.baseline || gap > usualGap + options.paragraphGapRatio * size {
            return true
        }
        let marker = facts[start].marker
        let endsSentence = lines[index - 1].line.tokens.indices.last.map { last in
            Self.endsSentence(lines[index - 1].line.tokens[last].text)
        } ?? false
        if endsSentence && Self.opensWithNoteLabel(lines[index].line) { return true }
        switch facts[index].marker {
        case .bullet?:
            return true
        case .number?:
            if marker != nil || endsSentence || lines[index - 1].line.bbox.x1 < lines[index - 1].columnRight - 3 * size { return true }
        case nil:
            break
        }
        if marker != nil, !lines[start].line.tokens.isEmpty {
            return lines[index].line.bbox.x0 <= lines[start].line.tokens[0].bbox.x0 + 0.3 * size
        }
        let besideDropCap = !lines[start].line.tokens.isEmpty
            && lines[start].line.tokens[0].size >= options.dropCapRatio * lines[start].line.bodySize
            && lines[index].line.bbox.y0 < lines[start].line.tokens[0].bbox.y1
        if !besideDropCap, lines[index].line.bbox.x0 > lines[index - 1].line.bbox.x0 + 0.8 * size,
            index - start == 1 || lines[index - 1].line.bbox.x0 <= leftmost + 1
        {
            return true
        }
        return false
    }

    /// True when the text's last character is one of `.:;!?`. Decided on bytes when the last two are
    /// ASCII (no ASCII pair is one character but CR LF, and none of these is LF); a non-ASCII last
    /// byte is no such character.
    static func endsSentence(_ text: String) -> Bool {
        var bytes = text
        let quick = bytes.withUTF8 { utf8 -> Bool? in
            guard let last = utf8.last else { return false }
            switch last {
            case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"):
                return utf8.count == 1 || utf8[utf8.count - 2] < 0x80 ? true : nil
            default:
                return false
            }
        }
        return quick ?? (text.last.map { ".:;!?".contains($0) } ?? false)
    }

    /// True when a line opens like a note: a bare label (`12`, `iv`, `*`) and then a capitalised word.
    static func opensWithNoteLabel(_ line: Line) -> Bool {
        guard line.tokens.count >= 2 else { return false }
        let label = line.tokens[0].text
        let isLabel = asciiIsNoteLabel(label)
            // (The cheap test of each pair first: `allSatisfy` stops at the first non-number, and
            // `mayBeRoman` rules out non-ASCII text before it is counted and lowercased.)
            ?? ((label.allSatisfy(\.isNumber) && label.count <= 3)
                || (QuickChecks.mayBeRoman(label) && label.count <= 6 && label == label.lowercased()
                    && QuickChecks.romanValue(of: label) != nil)
                || ["*", "**", "†", "‡", "§"].contains(label))
        return isLabel && line.tokens[1].text.first?.isUppercase == true
    }

    /// The label test of `opensWithNoteLabel(_:)` on bytes for ASCII text (numbers are ASCII digits
    /// there, and only CR LF is a character of two bytes, neither a digit nor a Roman letter); nil
    /// for other text.
    static func asciiIsNoteLabel(_ label: String) -> Bool? {
        var text = label
        return text.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            if bytes.count <= 3, bytes.allSatisfy({ (0x30...0x39).contains($0) }) { return true }
            if bytes.count <= 6, !bytes.contains(where: { (0x41...0x5A).contains($0) }),
                QuickChecks.romanValue(of: label) != nil
            {
                return true
            }
            return bytes.elementsEqual("*".utf8) || bytes.elementsEqual("**".utf8)
        }
    }

    /// True when the line has words and all of them are bold.
    private static func isAllBold(_ line: Line) -> Bool {
        var hasWords = false
        for index in line.tokens.indices where line.tokens[index].kind == .word {
            guard line.tokens[index].isBold else { return false }
            hasWords = true
        }
        return hasWords
    }

    private func makeBlock(_ placed: ArraySlice<Placed>, facts: LineFacts) -> Block {
        var lines = placed.indices.map { placed[$0].line }  // (only the lines copied, not the placed lines)
        var kind = BlockKind.paragraph
        var marker: String?
        if lines.count == 1, facts.isTOCEntry {
            kind = .tocEntry
            lines[0] = LineFeatures.strippingLeaders(lines[0])
        } else if let found = facts.marker {
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
        LineJoiner.join(&lines)
        // (`facts.marker` says whether the marker is the bullet, without comparing strings; the
        // kind is settled before the block is made, so the block is made once and not copied.)
        if kind != .tocEntry, facts.marker != .bullet, isHeading(lines, listMarker: marker) {
            kind = .heading
        }
        return Block(
            kind: kind, lines: lines, page: page, bbox: placed.dropFirst().reduce(placed[placed.startIndex].line.bbox) { $0.union($1.line.bbox) },
            range: Self.range(of: lines), listMarker: marker, column: max(0, placed[placed.startIndex].column))
    }

    /// True when a block of these lines and list marker is a heading.
    private func isHeading(_ lines: [Line], listMarker: String?) -> Bool {
        guard lines.count <= options.headingMaxLines else { return false }
        let size = Self.largestBodySize(of: lines)
        if size >= bodySize * options.headingSizeRatio { return true }
        var words = 0
        for line in lines {
            for index in line.tokens.indices where line.tokens[index].kind == .word {
                guard line.tokens[index].isBold else { return false }
                words += 1
            }
        }
        guard words > 0, lines.count <= 2 else { return false }
        // The block's text (`Block.text`).
        let text = Block.render(lines.flatMap(\.tokens), superscripts: .omit)
        guard text.count <= options.boldHeadingMaxLength else { return false }
        if let last = text.last, ".,;".contains(last), words > 4, listMarker == nil { return false }
        return true
    }

    /// `lines.map(\.bodySize).max() ?? 0`, without the list.
    static func largestBodySize(of lines: [Line]) -> Double {
        guard var largest = lines.first?.bodySize else { return 0 }
        for index in lines.indices.dropFirst() where largest < lines[index].bodySize { largest = lines[index].bodySize }
        return largest
    }

    static func range(of lines: [Line]) -> TextRange {
        // (The union of the tokens' ranges as the smallest start and largest end, without an optional per token.)
        var start = Int.max
        var end = Int.min
        for line in lines.indices {
            for index in lines[line].tokens.indices {
                let range = lines[line].tokens[index].range
                if range.start < start { start = range.start }
                if range.end > end { end = range.end }
            }
        }
        return start == Int.max ? TextRange(start: 0, end: 0) : TextRange(start: start, end: end)
    }
}
