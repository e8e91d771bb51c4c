import PlanciteCore
import PlanciteExtract
import Testing

@testable import PlanciteLayout

/// The boxes `FragmentBuilder` keeps while it cuts a page's runs are the union of each fragment's runs.
@Suite struct FragmentBoundsTests {
    /// Runs on three lines: words a space apart, cells far apart, a lone marker, a raised note label.
    static func page() -> ExtractedPage {
        var runs: [TextRun] = []
        var offset = 0
        func add(_ text: String, x: Double, width: Double, line: Int, size: Double = 10, raise: Double = 0) {
            let y = 100 + Double(line) * 14 - raise
            runs.append(TextRun(
                text: text, font: "DejaVuSerif", size: size,
                bbox: Rect(x0: x, y0: y, x1: x + width, y1: y + size), baseline: y + size * 0.8,
                range: TextRange(start: offset, end: offset + text.unicodeScalars.count), line: line,
                spaceBefore: runs.last.map { $0.line == line } ?? false))
            offset += text.unicodeScalars.count + 1
        }
        add("Goal", x: 72, width: 22, line: 0)
        add("one", x: 97, width: 18, line: 0)
        add("²", x: 115.5, width: 4, line: 0, size: 6, raise: 3)
        add("Lead", x: 300, width: 22, line: 0)
        add("2025", x: 450, width: 24, line: 0)
        add("•", x: 72, width: 5, line: 1)
        add("Item", x: 90, width: 20, line: 1)
        add("text", x: 113, width: 20, line: 1)
        add("Wide", x: 72, width: 25, line: 2)
        add("gap", x: 260, width: 18, line: 2)
        add("end", x: 281, width: 18, line: 2)
        return ExtractedPage(number: 1, width: 612, height: 792, text: "", runs: runs)
    }

    @Test func boxesAreTheUnionOfTheRuns() {
        let fragments = FragmentBuilder(options: LayoutOptions(), bodySize: 10).fragments(of: Self.page())
        #expect(fragments.count > 3)
        for fragment in fragments {
            #expect(fragment.bbox == Fragment.bounds(of: fragment.runs), "\(fragment.runs.map(\.text))")
        }
    }
}
