import Foundation
import PlanciteExtract
import PlanciteLayout
import Testing
import TestSupport

/// Running heads and feet set outside the usual band in real PDFs, when `../shared/corpus/real` is present.
@Suite(.enabled(if: RepositoryPaths.realCorpus != nil))
struct RealFurnitureTests {
    static func layout(_ name: String) throws -> LayoutDocument {
        let url = try #require(RepositoryPaths.realCorpus).appendingPathComponent(name)
        return LayoutAnalyzer().analyze(try PDFDocument(path: url.path).extract())
    }

    /// The journal's foot line sits at about 89% of the page, under the notes.
    @Test func journalFootLeavesTheNotes() throws {
        let layout = try Self.layout("martin-neutral-citation-2007.pdf")
        let feet = layout.pages.dropFirst().filter { page in
            page.furniture.contains { $0.kind == .footer && $0.text.contains("LAW LIBRARY JOURNAL") }
        }
        #expect(feet.count == layout.pages.count - 1)
        #expect(!layout.pages.flatMap(\.footnotes).contains { $0.text.contains("LAW LIBRARY JOURNAL") })
        let labels = layout.pages.flatMap(\.footnotes).compactMap { Int($0.listMarker ?? "") }
        #expect(labels == labels.sorted())
        #expect(!layout.pages[13...21].contains { $0.footnotes.isEmpty })
    }

    /// The slip opinion's running heads sit at about 15% of the page.
    @Test func slipOpinionHeadsLeaveTheBody() throws {
        let layout = try Self.layout("scotus-tarrant-2013.pdf")
        for page in layout.pages.dropFirst() where !page.body.isEmpty {
            let heads = page.furniture.filter { $0.kind == .header }.map(\.text).joined(separator: " ")
            #expect(heads.contains("TARRANT REGIONAL WATER DIST.") || heads.contains("Cite as:"))
            #expect(!page.body.contains { $0.text.contains("Cite as:") })
        }
    }
}
