import PlanciteCore
import PlanciteExtract

/// Turns extracted runs into pages of blocks in reading order.
///
/// Per page: runs → fragments (`FragmentBuilder`) → lines of tokens with superscripts told apart
/// (`LineBuilder`). Across the document: running headers, footers and page numbers
/// (`FurnitureDetector`). Per page again: footnote zone (`FootnoteZone`), tables
/// (`TableDetector`), columns (`ColumnDetector`), blocks (`BlockBuilder`). Last, tables continued
/// across a page break are joined and heading levels ranked by size.
public struct LayoutAnalyzer: Sendable {
    public var options: LayoutOptions

    public init(options: LayoutOptions = .init()) {
        self.options = options
    }

    public func analyze(_ document: ExtractedDocument) -> LayoutDocument {
        let bodySize = Self.bodySize(of: document)
        var diagnostics: [Diagnostic] = []
        let fragmentBuilder = FragmentBuilder(options: options, bodySize: bodySize)
        let pageLines: [[Line]] = document.pages.map { page in
            let builder = LineBuilder(options: options, page: page.number)
            return fragmentBuilder.fragments(of: page).map(builder.line(from:)).filter { !$0.tokens.isEmpty }
        }
        let furniture = FurnitureDetector(options: options)
            .detect(pages: zip(pageLines, document.pages).map { ($0, $1.height) })

        var pages: [LayoutPage] = []
        var nextTableID = 1
        var lastNoteNumber: Int?
        var tablesByPage: [[(id: Int, columns: Int)]] = []
        for (index, page) in document.pages.enumerated() {
            if !page.hasText {
                diagnostics.append(Diagnostic(
                    code: "layout-page-without-text", severity: .info,
                    message: "page \(page.number) has no text layer", page: page.number))
            }
            var furnitureBlocks: [Block] = []
            var bodyLines: [Line] = []
            for (lineIndex, line) in pageLines[index].enumerated() {
                if let kind = furniture[index][lineIndex] {
                    furnitureBlocks.append(Block(
                        kind: kind, lines: [line], page: page.number, bbox: line.bbox,
                        range: BlockBuilder.range(of: [line])))
                } else {
                    bodyLines.append(line)
                }
            }
            let assembler = PageAssembler(
                options: options, bodySize: bodySize, page: page.number, width: page.width, height: page.height)
            let result = assembler.assemble(bodyLines, nextTableID: &nextTableID, lastNoteNumber: &lastNoteNumber)
            tablesByPage.append(result.tables)
            pages.append(LayoutPage(
                number: page.number, width: page.width, height: page.height, columns: result.columns,
                body: result.body, furniture: furnitureBlocks, footnotes: result.footnotes))
        }
        TableContinuation.join(&pages)
        HeadingLevels.assign(&pages)
        return LayoutDocument(path: document.path, pages: pages, diagnostics: diagnostics)
    }

    /// The size set in the most characters of the document's upper page areas (above 60% of the
    /// height, where footnotes seldom reach), or of whole pages when those are empty.
    static func bodySize(of document: ExtractedDocument) -> Double {
        var upper: [Double: Int] = [:]
        var all: [Double: Int] = [:]
        for page in document.pages {
            for run in page.runs {
                let size = (run.size * 2).rounded() / 2
                all[size, default: 0] += run.range.count
                if run.bbox.y1 <= page.height * 0.6 { upper[size, default: 0] += run.range.count }
            }
        }
        let counts = upper.isEmpty ? all : upper
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 11
    }
}
