import Foundation
import PlanciteExtract
import PlanciteFixtures
import PlanciteLayout
import TestSupport

@testable import PlanciteStructure

/// Markup → PDF → extraction → layout → structure, the way the pipeline runs.
enum RoundTrip {
    static func layout(_ markup: String) throws -> LayoutDocument {
        let directory = try TemporaryDirectory("structure-roundtrip")
        let path = directory.path("fixture.pdf")
        try FixtureRenderer.render(markup: markup, to: URL(fileURLWithPath: path))
        let extracted = try PDFDocument(path: path).extract()
        return LayoutAnalyzer().analyze(extracted)
    }

    static func parse(_ markup: String) throws -> PlanStructure {
        StructureParser().parse(try layout(markup))
    }

    static func parse(pdf path: String) throws -> PlanStructure {
        StructureParser().parse(LayoutAnalyzer().analyze(try PDFDocument(path: path).extract()))
    }
}
