import Foundation
import PlanciteCore
import PlanciteExtract
import Testing
import TestSupport

@Suite struct PageExtractionTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    private func extract(_ pdf: MinimalPDF) throws -> ExtractedDocument {
        let path = try directory.write(pdf.data(), to: "doc.pdf")
        return try PDFDocument(path: path).extract()
    }

    @Test func runsCarryFontSizeBoxAndBaseline() throws {
        let document = try extract(MinimalPDF(pages: [
            .init(items: [
                .init(x: 72, y: 100, size: 12, text: "Goal one", bold: true),
                .init(x: 72, y: 130, size: 10, text: "Body text here"),
            ])
        ]))
        let page = try #require(document.pages.first)
        #expect(page.width == 612 && page.height == 792)
        #expect(page.runs.map(\.text) == ["Goal", "one", "Body", "text", "here"])
        let goal = page.runs[0]
        #expect(goal.font == "Helvetica-Bold" && goal.isBold)
        #expect(abs(goal.size - 12) < 0.01)
        #expect(goal.bbox.x0 > 71 && goal.bbox.x0 < 73)
        // The baseline was placed at y = 100 from the top.
        #expect(abs(goal.baseline - 100) < 2.5)
        #expect(page.runs[1].spaceBefore && !page.runs[0].spaceBefore)
        #expect(page.runs[2].line > page.runs[0].line)
    }

    @Test func runRangesIndexThePageTextByScalars() throws {
        let document = try extract(MinimalPDF(pages: [.init(items: [.init(x: 72, y: 100, text: "caf\u{e9} plan")])]))
        let page = try #require(document.pages.first)
        let scalars = Array(page.text.unicodeScalars)
        for run in page.runs {
            let slice = String(String.UnicodeScalarView(scalars[run.range.start..<run.range.end]))
            #expect(slice == run.text)
        }
    }

    @Test func raisedSmallRunIsItsOwnRun() throws {
        let document = try extract(MinimalPDF(pages: [
            .init(items: [
                .init(x: 72, y: 100, size: 11, text: "services"),
                .init(x: 115.5, y: 100, size: 6.5, text: "12", rise: 4),
                .init(x: 130, y: 100, size: 11, text: "across"),
            ])
        ]))
        let runs = try #require(document.pages.first?.runs)
        let marker = try #require(runs.first { $0.text == "12" })
        let word = try #require(runs.first { $0.text == "services" })
        #expect(marker.size < word.size)
        #expect(marker.baseline < word.baseline - 2)
    }

    @Test func metadataOutlineAndLinks() throws {
        let pdf = MinimalPDF(
            pages: [
                .init(items: [.init(x: 72, y: 100, text: "Cover")]),
                .init(items: [.init(x: 72, y: 100, text: "See the site")],
                      links: [(uri: "https://example.gov/plan", rect: (72, 90, 160, 104))]),
            ],
            info: ["Title": "A Made-Up Plan", "Author": "Office of Examples", "Subject": "Testing",
                   "Keywords": "plan, test", "Creator": "hand", "Producer": "MinimalPDF",
                   "CreationDate": "D:20240102030405Z", "ModDate": "D:20240203040506+01'00'"],
            outline: [("Cover", 1), ("Links", 2)])
        let document = try extract(pdf)
        #expect(document.pageCount == 2)
        #expect(document.pdfVersion == "1.4")
        #expect(document.metadata.title == "A Made-Up Plan")
        #expect(document.metadata.author == "Office of Examples")
        #expect(document.metadata.keywords == "plan, test")
        #expect(document.metadata.created == "2024-01-02T03:04:05Z")
        #expect(document.metadata.modified == "2024-02-03T04:05:06+01:00")
        #expect(document.outline.map(\.title) == ["Cover", "Links"])
        #expect(document.outline.map(\.page) == [1, 2])
        let link = try #require(document.links.first)
        #expect(link.uri == "https://example.gov/plan" && link.page == 2)
        #expect(abs(link.rect.y0 - 90) < 0.5 && abs(link.rect.x1 - 160) < 0.5)
    }

    @Test func pageSelectionReadsOnlyThosePages() throws {
        let pages = (1...4).map { MinimalPDF.Page(items: [.init(x: 72, y: 100, text: "Page \($0)")]) }
        let path = try directory.write(MinimalPDF(pages: pages).data(), to: "four.pdf")
        let document = try PDFDocument(path: path).extract(pages: PageSelection("2,4-")!.pages(in: 4))
        #expect(document.pages.map(\.number) == [2, 4])
        #expect(throws: ExtractionError.self) { try PDFDocument(path: path).page(9) }
    }
}
