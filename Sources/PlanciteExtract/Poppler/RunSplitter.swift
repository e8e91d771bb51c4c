import CPoppler
import PlanciteCore

/// A stretch of the page text in one font and size, as poppler's text attributes report it.
struct TextStyle {
    var font: String
    var traits: FontTraits
    var size: Double
    /// First and last (inclusive) Unicode scalar offsets in the page text.
    var start: Int
    var end: Int
}

/// Splits a page's text into runs at white space, line ends, style changes and glyph gaps.
///
/// Reads the text as UTF-8 bytes; glyph boxes, styles and run ranges count Unicode scalars, and a
/// run's text is the bytes of its scalars. The state of the open run lives in local variables and
/// runs are made in one place, so the per-glyph loop stays small.
enum RunSplitter {
    static func runs(
        utf8 bytes: UnsafeBufferPointer<UInt8>, boxes: UnsafeBufferPointer<PopplerRectangle>, styles: [TextStyle]
    ) -> [TextRun] {
        var runs: [TextRun] = []
        runs.reserveCapacity(bytes.count / 5)
        var styleIndex = 0
        var line = 0
        var pendingSpace = false
        var lastRunLine = -1  // the line of the last run made

        // The open run.
        var isOpen = false
        var runBytes = (start: 0, end: 0)
        var runStart = 0
        var runBox = Rect.zero
        var runStyle = -1  // index into `styles`, -1 for none
        var runLine = 0
        var runSpace = false

        var index = 0  // scalar offset
        var offset = 0  // byte offset
        while offset <= bytes.count {
            // The common case first: printable ASCII glyphs with boxes that carry on an open run in
            // its style without a gap. They extend the run as the general step below would, in a
            // loop of their own; anything else goes to the general step.
            if isOpen, runStyle >= 0, runStyle == styleIndex {
                let first = styles[runStyle].start
                let last = styles[runStyle].end
                let size = styles[runStyle].size
                while offset < bytes.count, bytes[offset] > 0x20, bytes[offset] < 0x80, index < boxes.count,
                    first <= index, index <= last
                {
                    let glyph = Rect(x0: boxes[index].x1, y0: boxes[index].y1, x1: boxes[index].x2, y1: boxes[index].y2)
                    guard PageReader.gap(from: runBox, to: glyph, size: size) == .none else { break }
                    runBytes.end = offset + 1
                    runBox = PageReader.unite(runBox, glyph)
                    offset += 1
                    index += 1
                }
            }
            // Past the last byte, only the open run is closed.
            let atEnd = offset == bytes.count
            let (value, length) = atEnd ? (0, 1) : PageReader.scalar(in: bytes, at: offset)
            var closes = atEnd
            var isGlyph = false
            var glyph = runBox
            var style = -1
            if atEnd {
            } else if value == 0x0A {
                closes = true
                line += 1
                pendingSpace = false
            } else if PageReader.isWhitespace(value) {
                closes = true
                pendingSpace = true
            } else {
                isGlyph = true
                while styleIndex < styles.count, styles[styleIndex].end < index { styleIndex += 1 }
                style = styleIndex < styles.count && styles[styleIndex].start <= index ? styleIndex : -1
                if index < boxes.count {
                    glyph = Rect(x0: boxes[index].x1, y0: boxes[index].y1, x1: boxes[index].x2, y1: boxes[index].y2)
                }
                if isOpen {
                    let size = runStyle >= 0 ? styles[runStyle].size : runBox.height
                    switch PageReader.gap(from: runBox, to: glyph, size: size) {
                    case .wordSpace:
                        closes = true
                        pendingSpace = true
                    case .jump:
                        closes = true
                    case .none:
                        closes = style != runStyle
                    }
                }
            }
            if closes && isOpen {
                runs.append(makeRun(
                    bytes: bytes, range: runBytes, start: runStart, end: index, box: runBox,
                    styles: styles, style: runStyle, line: runLine, spaceBefore: runSpace))
                lastRunLine = runLine
                isOpen = false
            }
            if isGlyph {
                if isOpen {
                    runBytes.end = offset + length
                    runBox = PageReader.unite(runBox, glyph)
                } else {
                    isOpen = true
                    runBytes = (offset, offset + length)
                    runStart = index
                    runBox = glyph
                    runStyle = style
                    runLine = line
                    runSpace = pendingSpace && lastRunLine == line
                    pendingSpace = false
                }
            }
            offset += length
            index += 1
        }
        return runs
    }

    /// The run; `style` is an index into `styles`, or -1 for none. (The style's fields are read in
    /// place: copying it would copy its font name.)
    @inline(never)
    private static func makeRun(
        bytes: UnsafeBufferPointer<UInt8>, range: (start: Int, end: Int), start: Int, end: Int, box: Rect,
        styles: [TextStyle], style: Int, line: Int, spaceBefore: Bool
    ) -> TextRun {
        let size = style >= 0 ? styles[style].size : max(box.height, 1)
        return TextRun(
            text: String(decoding: UnsafeBufferPointer(rebasing: bytes[range.start..<range.end]), as: UTF8.self),
            font: style >= 0 ? styles[style].font : "", size: size, bbox: box,
            baseline: box.y1 - PageReader.descentRatio * size,
            range: TextRange(start: start, end: end), line: line, spaceBefore: spaceBefore,
            traits: style >= 0 ? styles[style].traits : FontTraits(isBold: false, isItalic: false))
    }
}
