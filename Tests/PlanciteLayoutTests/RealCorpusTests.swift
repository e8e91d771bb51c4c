import Foundation
import PlanciteExtract
import PlanciteLayout
import Testing
import TestSupport

/// Layout of real PDFs from `../shared/corpus/real`, when that folder is present.
@Suite(.enabled(if: RepositoryPaths.realCorpus != nil))
struct RealCorpusTests {
    static func layout(_ name: String) throws -> (ExtractedDocument, LayoutDocument) {
        let url = try #require(RepositoryPaths.realCorpus).appendingPathComponent(name)
        let document = try PDFDocument(path: url.path).extract()
        return (document, LayoutAnalyzer().analyze(document))
    }

    @Test(arguments: ["gao-23-106826.pdf", "hellyer-calr-2005.pdf", "federal-register-2020-17221.pdf", "fds-2021-action-plan.pdf"])
    func provenanceStaysInsideThePage(_ name: String) throws {
        let (document, layout) = try Self.layout(name)
        for (extracted, page) in zip(document.pages, layout.pages) {
            let length = extracted.text.unicodeScalars.count
            for block in page.body + page.furniture + page.footnotes {
                #expect(!block.tokens.isEmpty)
                #expect(block.page == page.number)
                for token in block.tokens {
                    #expect(token.page == page.number)
                    #expect(token.range.start >= 0 && token.range.end <= length && token.range.start < token.range.end)
                    #expect(token.bbox.x1 <= extracted.width + 1 && token.bbox.y1 <= extracted.height + 1)
                }
            }
        }
    }

    @Test func lawReviewFootnotesAreFoundInOrder() throws {
        let (_, layout) = try Self.layout("hellyer-calr-2005.pdf")
        let labels = layout.pages.flatMap(\.footnotes).compactMap(\.listMarker)
        #expect(labels == ["*"] + (1...69).map(String.init))
    }

    @Test func reportFootnotesAndMarkers() throws {
        let (_, layout) = try Self.layout("gao-23-106826.pdf")
        #expect(layout.pages.flatMap(\.footnotes).compactMap(\.listMarker) == ["1", "2", "3", "4"])
        let markers = layout.bodyBlocks.flatMap(\.tokens).filter { $0.kind == .superscript }.map(\.text)
        #expect(markers == ["1", "2", "3", "4"])
    }

    @Test func threeColumnsAreFound() throws {
        let (_, layout) = try Self.layout("federal-register-2020-17221.pdf")
        #expect(layout.pages[1].columns == 3)
        let firstColumn = layout.pages[1].body.filter { $0.column == 0 }
        let lastColumn = layout.pages[1].body.filter { $0.column == 2 }
        let order = layout.pages[1].body.map(\.column)
        #expect(!firstColumn.isEmpty && !lastColumn.isEmpty)
        #expect(order == order.sorted())
    }

    @Test func actionPlanFurnitureAndNotes() throws {
        let (_, layout) = try Self.layout("fds-2021-action-plan.pdf")
        #expect(layout.pages[2].furniture.contains { $0.kind == .pageNumber && $0.text == "iii" })
        #expect(layout.pages[3].furniture.contains { $0.kind == .footer && $0.text == "Federal Data Strategy 2021 Action Plan" })
        let markers = layout.bodyBlocks.flatMap(\.tokens).filter { $0.kind == .superscript }.map(\.text)
        #expect(markers == (1...14).map(String.init))
        let noteLabels = layout.pages.flatMap(\.footnotes).compactMap(\.listMarker)
        #expect(noteLabels == (1...14).map(String.init))
    }
}
