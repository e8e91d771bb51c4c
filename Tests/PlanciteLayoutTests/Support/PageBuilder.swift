import PlanciteCore
import PlanciteExtract

/// Builds `ExtractedPage`s by hand: words placed on baselines, in a simple monospaced metric.
struct PageBuilder {
    var number = 1
    var width = 612.0
    var height = 792.0
    private(set) var runs: [TextRun] = []
    private var text = String.UnicodeScalarView()
    private var line = -1

    init(number: Int = 1, width: Double = 612, height: Double = 792) {
        self.number = number
        self.width = width
        self.height = height
    }

    /// Width of one character at `size`.
    static func advance(_ size: Double) -> Double { 0.5 * size }

    /// Starts a new poppler line.
    mutating func newLine() {
        if line >= 0 { text.append("\n") }
        line += 1
    }

    /// Adds a run at `x` whose baseline is `baseline`; returns the x just after it.
    @discardableResult
    mutating func run(
        _ word: String, x: Double, baseline: Double, size: Double = 11, font: String = "DejaVuSerif",
        space: Bool = true
    ) -> Double {
        if line < 0 { newLine() }
        let sameLine = runs.last?.line == line
        if space && sameLine { text.append(" ") }
        let start = text.count
        text.append(contentsOf: word.unicodeScalars)
        let width = Self.advance(size) * Double(word.unicodeScalars.count)
        let box = Rect(x0: x, y0: baseline - 0.8 * size, x1: x + width, y1: baseline + 0.22 * size)
        runs.append(TextRun(
            text: word, font: font, size: size, bbox: box, baseline: box.y1 - 0.22 * size,
            range: TextRange(start: start, end: text.count), line: line, spaceBefore: space && sameLine))
        return x + width
    }

    /// Adds a line of words separated by single spaces, starting at `x`.
    mutating func line(
        _ words: String, x: Double = 72, baseline: Double, size: Double = 11, font: String = "DejaVuSerif"
    ) {
        newLine()
        var cursor = x
        for word in words.split(separator: " ") {
            cursor = run(String(word), x: cursor, baseline: baseline, size: size, font: font) + Self.advance(size)
        }
    }

    var page: ExtractedPage {
        ExtractedPage(number: number, width: width, height: height, text: String(text), runs: runs)
    }

    static func document(_ pages: [ExtractedPage]) -> ExtractedDocument {
        ExtractedDocument(
            path: "built.pdf", pageCount: pages.count, pdfVersion: "1.7", metadata: DocumentMetadata(),
            outline: [], links: [], pages: pages)
    }
}
