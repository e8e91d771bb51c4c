import PlanciteCore
import PlanciteExtract

/// Turns extracted runs into pages of blocks in reading order.
///
/// Per page: runs → fragments (`FragmentBuilder`) → lines of tokens with superscripts told apart
/// (`LineBuilder`). Across the document: running headers, footers and page numbers
/// (`FurnitureDetector`). Per page again: footnote zone (`FootnoteZone`), tables
/// (`TableDetector`), columns (`ColumnDetector`), blocks (`BlockBuilder`). Last, tables continued
/// across a page break are joined, paragraphs broken by a column or page break marked
/// (`continuesPrevious`) and heading levels ranked by size.
public struct LayoutAnalyzer: Sendable {
    public var options: LayoutOptions

    public init(options: LayoutOptions = .init()) {
        self.options = options
    }

    public func analyze(_ document: ExtractedDocument) -> LayoutDocument {
        var copy = document
        return analyze(releasingRunsOf: &copy)
    }

    /// The same layout, emptying each page's runs and text once its lines are built.
    ///
    /// For a caller that needs no more than the document's other fields afterwards: the runs
    /// of a long document are the largest thing in memory, and what comes next reuses their space.
    public func analyze(releasingRunsOf document: inout ExtractedDocument) -> LayoutDocument {
        let bodySize = Self.bodySize(of: document)
        var diagnostics: [Diagnostic] = []
        let fragmentBuilder = FragmentBuilder(options: options, bodySize: bodySize)
        var pageLines: [[Line]] = []
        var pageHasText: [Bool] = []
        pageLines.reserveCapacity(document.pages.count)
        pageHasText.reserveCapacity(document.pages.count)
        for index in document.pages.indices {
            let builder = LineBuilder(options: options, page: document.pages[index].number)
            // (Lines without tokens are left out as they are made, not filtered from a copy.)
            let fragments = fragmentBuilder.fragments(of: document.pages[index])
            var lines: [Line] = []
            lines.reserveCapacity(fragments.count)
            for fragment in fragments {
                let line = builder.line(from: fragment)
                if !line.tokens.isEmpty { lines.append(line) }
            }
            pageLines.append(lines)
            pageHasText.append(document.pages[index].hasText)
            document.pages[index].runs = []
            document.pages[index].text = ""
        }
        let furniture = FurnitureDetector(options: options)
            .detect(pages: zip(pageLines, document.pages).map { ($0, $1.height) })

        var pages: [LayoutPage] = []
        var nextTableID = 1
        var lastNoteNumber: Int?
        for (index, page) in document.pages.enumerated() {
            if !pageHasText[index] {
                diagnostics.append(Diagnostic(
                    code: "layout-page-without-text", severity: .info,
                    message: "page \(page.number) has no text layer", page: page.number))
            }
            var furnitureBlocks: [Block] = []
            var bodyLines: [Line] = []
            // (A page without furniture keeps all its lines, without a lookup per line.)
            if furniture[index].isEmpty {
                bodyLines = pageLines[index]
            } else {
                // The few furniture lines looked up once, not each line hashed.
                var kinds: [BlockKind?] = pageLines[index].indices.map { _ in nil }
                for (lineIndex, kind) in furniture[index] { kinds[lineIndex] = kind }
                bodyLines.reserveCapacity(pageLines[index].count)
                for (lineIndex, line) in pageLines[index].enumerated() {
                    if let kind = kinds[lineIndex] {
                        furnitureBlocks.append(Block(
                            kind: kind, lines: [line], page: page.number, bbox: line.bbox,
                            range: BlockBuilder.range(of: [line])))
                    } else {
                        bodyLines.append(line)
                    }
                }
            }
            let assembler = PageAssembler(
                options: options, bodySize: bodySize, page: page.number, width: page.width, height: page.height,
                isLastPage: index == document.pages.count - 1 && page.number == document.pageCount)
            let result = assembler.assemble(bodyLines, nextTableID: &nextTableID, lastNoteNumber: &lastNoteNumber)
            pages.append(LayoutPage(
                number: page.number, width: page.width, height: page.height, columns: result.columns,
                body: result.body, furniture: furnitureBlocks, footnotes: result.footnotes))
        }
        TableContinuation.join(&pages)
        BreakContinuation.mark(&pages)
        HeadingLevels.assign(&pages)
        return LayoutDocument(path: document.path, pages: pages, diagnostics: diagnostics)
    }

    /// The size set in the most characters of the document's upper page areas (above 60% of the
    /// height, where footnotes seldom reach), or of whole pages when those are empty.
    static func bodySize(of document: ExtractedDocument) -> Double {
        // Few sizes per document: counted in lists, each size at one index in both.
        var sizes: [Double] = []
        var upper: [Int?] = []
        var all: [Int] = []
        var lastSize = Double.nan
        var lastRawSize = Double.nan  // unrounded: the same again rounds to `lastSize`
        var lastIndex = 0
        // The counts of the current size, written back to the lists when the size changes.
        var currentAll = 0
        var currentUpper: Int?
        func storeCurrent() {
            guard !sizes.isEmpty else { return }
            all[lastIndex] = currentAll
            upper[lastIndex] = currentUpper
        }
        for page in document.pages {
            let limit = page.height * 0.6
            for runIndex in page.runs.indices {
                let rawSize = page.runs[runIndex].size
                let count = page.runs[runIndex].range.end - page.runs[runIndex].range.start
                if rawSize != lastRawSize {
                    lastRawSize = rawSize
                    let size = (rawSize * 2).rounded() / 2
                    if size != lastSize {
                        storeCurrent()
                        if let found = sizes.firstIndex(of: size) {
                            lastIndex = found
                        } else {
                            lastIndex = sizes.count
                            sizes.append(size)
                            upper.append(nil)
                            all.append(0)
                        }
                        currentAll = all[lastIndex]
                        currentUpper = upper[lastIndex]
                        lastSize = size
                    }
                }
                currentAll += count
                if page.runs[runIndex].bbox.y1 <= limit { currentUpper = (currentUpper ?? 0) + count }
            }
        }
        storeCurrent()
        let counts: [(key: Double, value: Int)] = upper.contains { $0 != nil }
            ? sizes.indices.compactMap { index in upper[index].map { (sizes[index], $0) } }
            : sizes.indices.map { (sizes[$0], all[$0]) }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 11
    }
}
