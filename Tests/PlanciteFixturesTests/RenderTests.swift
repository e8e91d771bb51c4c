import Foundation
import Testing

@testable import PlanciteFixtures

/// Counts page objects in PDF bytes (cairo writes `/Type /Page` for each page, `/Type /Pages` for the tree).
func pageCount(_ pdf: Data) -> Int {
    let text = String(decoding: pdf, as: UTF8.self)
    return text.components(separatedBy: "/Type /Page").count - 1 - (text.components(separatedBy: "/Type /Pages").count - 1)
}

func longText(paragraphs: Int) -> String {
    let sentence = "The regional recovery office coordinates shelter, transport and records for displaced households."
    return (1...paragraphs).map { "Paragraph \($0). " + String(repeating: sentence + " ", count: 6) }
        .joined(separator: "\n\n")
}

@Suite struct RenderOutputTests {
    @Test func producesAPDF() throws {
        let pdf = try FixtureRenderer.render(markup: "# Title\n\nA paragraph with a marker^{1}.\n@footnote 1 A note.")
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(pageCount(pdf) == 1)
    }

    @Test func sameMarkupGivesIdenticalBytes() throws {
        let markup = "@meta title=Twice\n@header Running\n@footer Page {page}\n" + longText(paragraphs: 3)
            + "\n\n@table A | B\n| one | two\n@endtable\n[[https://example.org|a link]]"
        #expect(try FixtureRenderer.render(markup: markup) == FixtureRenderer.render(markup: markup))
    }

    @Test func writesToAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fixture-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        try FixtureRenderer.render(markup: "Hello", to: url)
        #expect(try Data(contentsOf: url).starts(with: Data("%PDF-".utf8)))
    }
}

@Suite struct PaginationTests {
    @Test(arguments: [1, 12, 30])
    func pagesGrowWithText(paragraphs: Int) throws {
        let pdf = try FixtureRenderer.render(markup: longText(paragraphs: paragraphs))
        let pages = pageCount(pdf)
        // About 6 paragraphs of this size fit on a letter page.
        #expect(pages >= max(1, paragraphs / 8))
        #expect(pages <= max(1, paragraphs / 3))
    }

    @Test func newPageDirectiveStartsAPage() throws {
        #expect(pageCount(try FixtureRenderer.render(markup: "one\n@newpage\ntwo\n@newpage\nthree")) == 3)
    }

    @Test func switchingColumnsStartsAPageOnlyWhenThePageHasContent() throws {
        #expect(pageCount(try FixtureRenderer.render(markup: "@columns 2\nleft text")) == 1)
        #expect(pageCount(try FixtureRenderer.render(markup: "intro\n@columns 2\nleft text")) == 2)
    }
}

@Suite struct EdgeCaseRenderTests {
    @Test(arguments: ["", "// only a comment", "@header Running only"])
    func markupWithoutTextGivesOneEmptyPage(markup: String) throws {
        #expect(pageCount(try FixtureRenderer.render(markup: markup)) == 1)
    }

    @Test func wordsWiderThanTheColumnStillRender() throws {
        let giant = String(repeating: "x", count: 400)
        let url = "https://www.example.gov/" + String(repeating: "segment/", count: 40)
        let pdf = try FixtureRenderer.render(markup: "@columns 3\n\(giant) \(url)\n@table A | B\n| \(giant) | b\n@endtable")
        #expect(pageCount(pdf) >= 1)
    }

    @Test func linksBecomeURIAnnotations() throws {
        let pdf = try FixtureRenderer.render(markup: "See [[https://example.org/a|the site]].\n\n@link https://example.org/b\nWhole paragraph.")
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("(https://example.org/a)"))
        #expect(text.contains("(https://example.org/b)"))
    }

    @Test func metadataIsWritten() throws {
        let pdf = try FixtureRenderer.render(markup: "@meta title=Meta Title; author=Meta Office; created=2020-02-03T04:05:06Z\nBody")
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("(Meta Title)"))
        #expect(text.contains("(Meta Office)"))
        #expect(text.contains("20200203040506"))
    }
}
