import PlanciteCore
import Testing

@testable import PlanciteLayout

/// The text dump behind `plancite inspect`.
@Suite struct InspectorTests {
    static func token(_ text: String, _ kind: TokenKind = .word, space: Bool = true) -> Token {
        Token(text: text, kind: kind, page: 1, bbox: Rect(x0: 72, y0: 100, x1: 90, y1: 112), size: 11,
              range: TextRange(start: 0, end: 1), spaceBefore: space)
    }

    static func block(_ kind: BlockKind, _ tokens: [Token], page: Int = 1) -> Block {
        let line = Line(tokens: tokens, page: page, bbox: Rect(x0: 72.4, y0: 99.6, x1: 300, y1: 112), baseline: 110, bodySize: 11)
        return Block(kind: kind, lines: [line], page: page, bbox: line.bbox, range: TextRange(start: 0, end: 9))
    }

    static let document: LayoutDocument = {
        var heading = block(.heading, [token("Goal"), token("1")])
        heading.headingLevel = 1
        var item = block(.listItem, [token("Share"), token("data.")])
        item.listMarker = "•"
        var row = block(.tableRow, [])
        row.tableID = 3
        row.cells = [TableCell(tokens: [token("DOJ")], bbox: .zero, column: 0), TableCell(tokens: [token("2025")], bbox: .zero, column: 1)]
        var note = block(.footnote, [token("ii", .superscript, space: false), token("Ibid.")])
        note.listMarker = "ii"
        let body = [heading, block(.paragraph, [token("slavery…”"), token("ii", .superscript, space: false), token("and")]),
                    item, row, block(.tocEntry, [token("Goal"), token("1"), token("5")])]
        let first = LayoutPage(number: 1, width: 612, height: 792, body: body,
                               furniture: [block(.header, [token("Plan")]), block(.pageNumber, [token("1")])], footnotes: [note])
        let second = LayoutPage(number: 2, width: 612, height: 792, body: [block(.paragraph, [token("Second")], page: 2)])
        return LayoutDocument(path: "x.pdf", pages: [first, second])
    }()

    @Test func labelsTextAndBoxes() {
        let lines = LayoutInspector.render(Self.document, page: 1).split(separator: "\n").map(String.init)
        #expect(lines == [
            "=== page 1 (612×792) ===",
            "[heading 1] @72,100–300,112 Goal 1",
            "[paragraph] @72,100–300,112 slavery…”^ii and",
            "[list •] @72,100–300,112 Share data.",
            "[table 3 row] @72,100–300,112 DOJ | 2025",
            "[toc] @72,100–300,112 Goal 1 5",
            "[header] @72,100–300,112 Plan",
            "[page-number] @72,100–300,112 1",
            "[footnote ii] @72,100–300,112 ^ii Ibid.",
        ])
    }

    @Test func allPagesWithoutAPageNumber() {
        let text = LayoutInspector.render(Self.document, page: nil)
        #expect(text.contains("=== page 1 ") && text.contains("=== page 2 "))
        #expect(!LayoutInspector.render(Self.document, page: 2).contains("=== page 1 "))
    }
}
