import Foundation
import PlanciteExtract
import PlanciteFixtures
import PlanciteLayout
import TestSupport

/// Renders fixture markup to a PDF, extracts it and lays it out.
enum FixturePipeline {
    static func layout(_ markup: String, options: LayoutOptions = .init()) throws -> LayoutDocument {
        let directory = try TemporaryDirectory("plancite-layout")
        let path = directory.path("fixture.pdf")
        try FixtureRenderer.render(markup: markup, to: URL(fileURLWithPath: path))
        let document = try PDFDocument(path: path).extract()
        return LayoutAnalyzer(options: options).analyze(document)
    }
}
