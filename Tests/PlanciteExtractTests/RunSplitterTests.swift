import CPoppler
import PlanciteCore
import Testing

@testable import PlanciteExtract

/// The byte-level run splitter gives the runs of the plain scalar-by-scalar definition it replaced,
/// on ASCII, multi-byte text and odd white space.
@Suite struct RunSplitterTests {
    static let texts: [String] = [
        "", "plan", "Goal one\nBody text here", "caf\u{E9} na\u{EF}ve", "tight\u{A0}space\ttab  two",
        "emoji \u{1F600}x and \u{4E2D}\u{6587} text", "\n\nlead\n", " lead and trail ", "a\u{2003}b\u{3000}c\u{85}d",
        "services12 across", "e\u{301}t\u{E9} \u{FB01}nal", "one,two;three.\nfour",
        // Long stretches of printable ASCII, which the splitter extends runs over in a loop of its own.
        "Agencies(2024-2026)shall~coordinate{data}sharing|and|report#progress\u{7F}quarterly\nto-the-council",
        "TheCouncilAdoptedTwelveMeasuresForSafeHousingAndCleanWater.\u{E9}AndMore\u{A0}again",
    ]

    /// Glyph boxes that walk right, with a wide gap, a jump back and a raised small glyph now and then.
    static func boxes(count: Int, seed: Int) -> [PopplerRectangle] {
        var x = 72.0
        return (0..<count).map { index in
            let step = (index * 7 + seed) % 11
            if step == 3 { x += 9 }  // a gap beyond a word space
            if step == 5 { x -= 30 }  // a jump back
            let raised = step == 8 ? 4.0 : 0
            let box = PopplerRectangle(x1: x, y1: 100 - raised, x2: x + 5, y2: 112 - raised)
            x += 5.5
            return box
        }
    }

    static func styles(count: Int, seed: Int) -> [TextStyle] {
        var result: [TextStyle] = []
        var start = seed % 3
        var font = 0
        while start < count {
            let end = min(count - 1, start + 2 + (start * 5 + seed) % 6)
            result.append(TextStyle(
                font: font % 2 == 0 ? "Serif" : "Serif-Bold", traits: FontTraits(isBold: font % 2 == 1, isItalic: false),
                size: font % 3 == 2 ? 6.5 : 11, start: start, end: end))
            start = end + 1 + (font % 2)  // leave an unstyled scalar now and then
            font += 1
        }
        return result
    }

    @Test(arguments: 0..<12)
    func runsMatchTheScalarDefinition(seed: Int) {
        for text in Self.texts {
            let count = text.unicodeScalars.count
            // Sometimes fewer boxes than scalars, as when poppler reports none for the last ones.
            let boxes = Self.boxes(count: seed % 4 == 3 ? count / 2 : count, seed: seed)
            let styles = Self.styles(count: count, seed: seed)
            var copy = text
            let fast = boxes.withUnsafeBufferPointer { boxBuffer in
                copy.withUTF8 { RunSplitter.runs(utf8: $0, boxes: boxBuffer, styles: styles) }
            }
            let reference = boxes.withUnsafeBufferPointer { Reference.runs(text: text, boxes: $0, styles: styles) }
            #expect(fast == reference, "\(text.debugDescription)")
        }
    }
}

/// The run splitting as it was written before, scalar by scalar over a `String`.
private enum Reference {
    static func runs(text: String, boxes: UnsafeBufferPointer<PopplerRectangle>, styles: [TextStyle]) -> [TextRun] {
        var runs: [TextRun] = []
        var styleIndex = 0
        var line = 0
        var pendingSpace = false
        var runText = String.UnicodeScalarView()
        var runStart = 0
        var runBox = Rect.zero
        var runStyle: Int?
        var runLine = 0
        var runSpace = false

        func flush(end: Int) {
            defer { runText = String.UnicodeScalarView(); runStyle = nil }
            guard !runText.isEmpty else { return }
            let style = runStyle.map { styles[$0] }
            let size = style?.size ?? max(runBox.height, 1)
            runs.append(TextRun(
                text: String(runText), font: style?.font ?? "", size: size, bbox: runBox,
                baseline: runBox.y1 - PageReader.descentRatio * size,
                range: TextRange(start: runStart, end: end), line: runLine, spaceBefore: runSpace,
                traits: style?.traits))
        }

        for (index, scalar) in text.unicodeScalars.enumerated() {
            while styleIndex < styles.count, styles[styleIndex].end < index { styleIndex += 1 }
            let style = styleIndex < styles.count && styles[styleIndex].start <= index ? styleIndex : nil
            if scalar == "\n" {
                flush(end: index)
                line += 1
                pendingSpace = false
                continue
            }
            if scalar.value < 0x80 ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace {
                flush(end: index)
                pendingSpace = true
                continue
            }
            let box = index < boxes.count
                ? Rect(x0: boxes[index].x1, y0: boxes[index].y1, x1: boxes[index].x2, y1: boxes[index].y2)
                : runBox
            if !runText.isEmpty {
                let size = runStyle.map { styles[$0].size } ?? runBox.height
                switch PageReader.gap(from: runBox, to: box, size: size) {
                case .wordSpace:
                    flush(end: index)
                    pendingSpace = true
                case .jump:
                    flush(end: index)
                case .none where style != runStyle:
                    flush(end: index)
                case .none:
                    break
                }
            }
            if runText.isEmpty {
                runStart = index
                runBox = box
                runStyle = style
                runLine = line
                runSpace = pendingSpace && runs.last?.line == line
                pendingSpace = false
            } else {
                runBox = runBox.union(box)
            }
            runText.append(scalar)
        }
        flush(end: text.unicodeScalars.count)
        return runs
    }
}
