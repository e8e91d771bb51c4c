import Foundation
import PlanciteCitations
import PlanciteExtract
import PlanciteFixtures
import PlanciteLayout
import TestSupport

/// Renders fixture markup to PDF and runs extract → layout → citations on it.
enum RoundTrip {
    static func layout(_ markup: String) throws -> LayoutDocument {
        let directory = try TemporaryDirectory("plancite-citations")
        let path = try directory.write(FixtureRenderer.render(markup: markup), to: "fixture.pdf")
        let extracted = try PDFDocument(path: path).extract()
        return LayoutAnalyzer().analyze(extracted)
    }

    static func citations(_ markup: String) throws -> CitationSet {
        CitationAnalyzer().analyze(try layout(markup))
    }

    static func citations(pdf url: URL) throws -> CitationSet {
        let extracted = try PDFDocument(path: url.path).extract()
        return CitationAnalyzer().analyze(LayoutAnalyzer().analyze(extracted))
    }
}
