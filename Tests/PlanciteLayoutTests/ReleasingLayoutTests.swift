import Foundation
import PlanciteCore
import PlanciteExtract
import PlanciteFixtures
import TestSupport
import Testing

@testable import PlanciteLayout

/// `analyze(releasingRunsOf:)` lays out exactly as `analyze(_:)` while it empties the runs.
@Suite struct ReleasingLayoutTests {
    @Test(arguments: Fixtures.all)
    func sameLayoutAndRunsLetGo(fixture: Fixtures.Fixture) throws {
        let directory = try TemporaryDirectory("plancite-releasing")
        let path = directory.path("fixture.pdf")
        try FixtureRenderer.render(markup: fixture.markup, to: URL(fileURLWithPath: path))
        let document = try PDFDocument(path: path).extract()
        #expect(document.pages.contains { !$0.runs.isEmpty })

        var released = document
        let layout = LayoutAnalyzer().analyze(releasingRunsOf: &released)
        #expect(layout == LayoutAnalyzer().analyze(document))
        #expect(released.pages.allSatisfy { $0.runs.isEmpty && $0.text.isEmpty })
        #expect(released.pages.map(\.number) == document.pages.map(\.number))
        #expect(released.metadata == document.metadata)
        #expect(released.pageCount == document.pageCount)
    }

    @Test func pagesWithoutTextAreStillNamed() {
        let word = TextRun(
            text: "Goal", font: "DejaVuSerif", size: 11, bbox: Rect(x0: 72, y0: 100, x1: 100, y1: 111),
            baseline: 109, range: TextRange(start: 0, end: 4), line: 0, spaceBefore: false)
        let pages = [
            ExtractedPage(number: 1, width: 612, height: 792, text: "Goal", runs: [word]),
            ExtractedPage(number: 2, width: 612, height: 792, text: "", runs: []),
        ]
        let document = ExtractedDocument(
            path: "two.pdf", pageCount: 2, pdfVersion: "1.7", metadata: DocumentMetadata(), outline: [], links: [],
            pages: pages)
        var released = document
        let layout = LayoutAnalyzer().analyze(releasingRunsOf: &released)
        #expect(layout.diagnostics.map(\.code) == ["layout-page-without-text"])
        #expect(layout.diagnostics.first?.page == 2)
        #expect(layout == LayoutAnalyzer().analyze(document))
    }
}
