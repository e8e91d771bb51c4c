import Foundation
import PlanciteCore
import PlanciteExtract
import PlanciteFixtures
import TestSupport
import Testing

@testable import PlanciteLayout

/// `analyze(releasingRunsOf:)` lets each page's runs go and keeps what the layout reads later.
///
/// (`analyze(_:)` runs the same code on a copy, so every layout test checks its result.)
@Suite struct ReleasingLayoutTests {
    @Test(arguments: Fixtures.all)
    func runsAndTextAreLetGoTheRestKept(fixture: Fixtures.Fixture) throws {
        let directory = try TemporaryDirectory("plancite-releasing")
        let path = directory.path("fixture.pdf")
        try FixtureRenderer.render(markup: fixture.markup, to: URL(fileURLWithPath: path))
        let document = try PDFDocument(path: path).extract()
        #expect(document.pages.contains { !$0.runs.isEmpty })

        var released = document
        let layout = LayoutAnalyzer().analyze(releasingRunsOf: &released)
        #expect(!layout.bodyBlocks.isEmpty)
        #expect(released.pages.allSatisfy { $0.runs.isEmpty && $0.text.isEmpty })
        #expect(released.pages.map(\.number) == document.pages.map(\.number))
        #expect(released.pages.map(\.height) == document.pages.map(\.height))
        #expect(released.metadata == document.metadata && released.pageCount == document.pageCount)
        // The caller's other copies keep their runs.
        #expect(document.pages.contains { !$0.runs.isEmpty })
    }

    @Test func aPageWithoutTextIsStillNamedAfterTheRunsGo() {
        var first = PageBuilder(number: 1)
        first.line("Goal one holds.", baseline: 100)
        var released = PageBuilder.document([first.page, PageBuilder(number: 2).page])
        let layout = LayoutAnalyzer().analyze(releasingRunsOf: &released)
        #expect(layout.diagnostics.map(\.code) == ["layout-page-without-text"])
        #expect(layout.diagnostics.first?.page == 2)
        #expect(layout.pages[0].body.map(\.text) == ["Goal one holds."])
    }
}
