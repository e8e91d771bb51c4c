import PlanciteCore
import Testing

@testable import PlanciteLayout

/// Columns, furniture, footnote zones and tables on hand-built pages.
@Suite struct RegionTests {
    /// A line of words filling about `width` points.
    static func filler(_ tag: String, width: Double) -> String {
        let words = Int(width / (PageBuilder.advance(11) * 6))
        return ([tag] + Array(repeating: "words", count: max(1, words - 1))).joined(separator: " ")
    }

    @Test func twoColumnsAreReadColumnByColumn() {
        var builder = PageBuilder()
        builder.line("A Heading Across Both Columns Of The Page Set Wide Enough", baseline: 80, size: 16)
        for row in 0..<10 {
            let baseline = 120 + Double(row) * 14
            builder.line(Self.filler("L\(row)", width: 220), x: 72, baseline: baseline)
            builder.line(Self.filler("R\(row)", width: 220), x: 320, baseline: baseline)
        }
        let page = LayoutAnalyzer().analyze(PageBuilder.document([builder.page])).pages[0]
        #expect(page.columns == 2)
        let firstWords = page.body.flatMap(\.lines).map { $0.tokens[0].text }
        let expected = ["A"] + (0..<10).map { "L\($0)" } + (0..<10).map { "R\($0)" }
        #expect(firstWords == expected)
        #expect(page.body.filter { $0.kind != .heading }.map(\.column) == [0, 1])
    }

    @Test func oneColumnPageHasOneColumn() {
        var builder = PageBuilder()
        for row in 0..<12 { builder.line(Self.filler("W\(row)", width: 460), baseline: 100 + Double(row) * 14) }
        let page = LayoutAnalyzer().analyze(PageBuilder.document([builder.page])).pages[0]
        #expect(page.columns == 1)
        #expect(page.body.count == 1)
    }

    @Test func runningHeadersFootersAndPageNumbersLeaveTheBody() {
        var pages: [PageBuilder] = []
        for number in 1...3 {
            var builder = PageBuilder(number: number)
            builder.line("Strategic Plan 2024 Edition \(number)", x: 250, baseline: 44, size: 8.5)
            builder.line("Body text on page \(number) that is the real content.", baseline: 100)
            builder.line("Office of Planning", x: 72, baseline: 752, size: 8.5)
            builder.line(RomanNumeral.lowercase(number), x: 520, baseline: 752, size: 8.5)
            pages.append(builder)
        }
        let layout = LayoutAnalyzer().analyze(PageBuilder.document(pages.map(\.page)))
        for page in layout.pages {
            #expect(page.body.map(\.text) == ["Body text on page \(page.number) that is the real content."])
            #expect(page.furniture.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.footer, .header, .pageNumber])
        }
    }

    @Test func aLoneTopLineIsNotFurniture() {
        var first = PageBuilder(number: 1)
        first.line("Only Once At The Top", x: 250, baseline: 44, size: 8.5)
        first.line("Body.", baseline: 100)
        var second = PageBuilder(number: 2)
        second.line("Body two.", baseline: 100)
        let layout = LayoutAnalyzer().analyze(PageBuilder.document([first.page, second.page]))
        #expect(layout.pages[0].furniture.isEmpty)
        #expect(layout.pages[0].body.count == 2)
    }

    @Test func footnoteZoneIsCutIntoNotes() {
        var builder = PageBuilder()
        for row in 0..<5 { builder.line(Self.filler("Body\(row)", width: 460), baseline: 100 + Double(row) * 14) }
        builder.newLine()
        var x = builder.run("1", x: 72, baseline: 697, size: 4.8, space: false)
        x = builder.run("First", x: x + 1, baseline: 700, size: 8, space: false)
        x = builder.run("note", x: x + 4, baseline: 700, size: 8)
        builder.run("text.", x: x + 4, baseline: 700, size: 8)
        builder.line("continues here.", baseline: 710, size: 8)
        builder.line("2. Second note.", baseline: 720, size: 8)
        builder.line("* Starred note.", baseline: 730, size: 8)
        let page = LayoutAnalyzer().analyze(PageBuilder.document([builder.page])).pages[0]
        #expect(page.footnotes.map(\.listMarker) == ["1", "2", "*"])
        #expect(page.footnotes.map(\.text) == ["First note text. continues here.", "2. Second note.", "* Starred note."])
        #expect(page.footnotes.allSatisfy { $0.kind == .footnote })
        #expect(page.body.count == 1)
    }

    @Test func smallTextWithoutALabelStaysInTheBody() {
        var builder = PageBuilder()
        builder.line("Body line.", baseline: 100)
        builder.line("A caption in small type.", baseline: 700, size: 8)
        let page = LayoutAnalyzer().analyze(PageBuilder.document([builder.page])).pages[0]
        #expect(page.footnotes.isEmpty)
        #expect(page.body.count == 2)
    }

    static func tablePage(number: Int, rows: Range<Int>, header: Bool) -> PageBuilder {
        var builder = PageBuilder(number: number)
        var baseline = 100.0
        if header {
            for (text, x) in [("Action", 76.0), ("Lead", 240.0), ("Date", 400.0)] {
                builder.line(text, x: x, baseline: baseline, font: "DejaVuSerif-Bold")
            }
            baseline += 20
        }
        for row in rows {
            builder.line("Develop guide \(row)", x: 76, baseline: baseline)
            builder.line("DOJ", x: 240, baseline: baseline)
            builder.line("202\(row % 10)", x: 400, baseline: baseline)
            builder.line("and review it", x: 76, baseline: baseline + 13)
            baseline += 34
        }
        return builder
    }

    @Test func tableRowsKeepTheirCells() {
        let builder = Self.tablePage(number: 1, rows: 0..<3, header: true)
        let page = LayoutAnalyzer().analyze(PageBuilder.document([builder.page])).pages[0]
        #expect(page.body.allSatisfy { $0.kind == .tableRow })
        #expect(page.body.count == 4)
        #expect(page.body[0].isHeaderRow)
        #expect(page.body[0].cells.map(\.text) == ["Action", "Lead", "Date"])
        #expect(page.body[1].cells.map(\.text) == ["Develop guide 0 and review it", "DOJ", "2020"])
        #expect(page.body[1].cells.map(\.column) == [0, 1, 2])
        #expect(Set(page.body.compactMap(\.tableID)).count == 1)
    }

    @Test func tableAcrossAPageBreakIsOneTable() {
        let first = Self.tablePage(number: 1, rows: 0..<3, header: true)
        let second = Self.tablePage(number: 2, rows: 3..<5, header: true)
        let layout = LayoutAnalyzer().analyze(PageBuilder.document([first.page, second.page]))
        let rows = layout.bodyBlocks
        #expect(rows.allSatisfy { $0.kind == .tableRow })
        #expect(Set(rows.compactMap(\.tableID)).count == 1)
        #expect(rows.filter(\.isHeaderRow).count == 1)
        #expect(layout.pages[1].body.map { $0.cells.first?.text } == ["Develop guide 3 and review it", "Develop guide 4 and review it"])
    }

    @Test func tablesOnSeparatePagesWithOtherTextStayApart() {
        var first = Self.tablePage(number: 1, rows: 0..<2, header: true)
        first.line("A closing paragraph after the table.", baseline: 300)
        let second = Self.tablePage(number: 2, rows: 0..<2, header: true)
        let layout = LayoutAnalyzer().analyze(PageBuilder.document([first.page, second.page]))
        #expect(Set(layout.bodyBlocks.compactMap(\.tableID)).count == 2)
    }
}
