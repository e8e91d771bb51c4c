import PlanciteCore
import Testing

@testable import PlanciteLayout

/// Markup → PDF → extraction → layout, one suite per behaviour.
@Suite struct SuperscriptRoundTripTests {
    @Test func markersAreTokensOfTheirOwn() throws {
        let layout = try FixturePipeline.layout(Fixtures.superscripts.markup)
        let tokens = layout.bodyBlocks.flatMap(\.tokens)
        #expect(tokens.filter { $0.kind == .superscript }.map(\.text) == ["ii", "3", "iv", "12"])
        #expect(tokens.filter { $0.kind == .exponent }.map(\.text) == ["2", "2"])
        let quoteIndex = try #require(tokens.firstIndex { $0.text.hasPrefix("slavery") })
        #expect(tokens[quoteIndex].text == "slavery…”")
        #expect(tokens[quoteIndex + 1].text == "ii")
        #expect(layout.bodyBlocks[1].text.contains("slavery…” and asked"))
    }

    @Test func markersCarryProvenance() throws {
        let layout = try FixturePipeline.layout(Fixtures.superscripts.markup)
        for marker in layout.bodyBlocks.flatMap(\.tokens) where marker.kind == .superscript {
            #expect(marker.page == 1)
            #expect(marker.range.count == marker.text.unicodeScalars.count)
            #expect(marker.size < 11 * 0.9)
        }
    }

    @Test func dropCapAndSmallCapsAreWords() throws {
        let layout = try FixturePipeline.layout(Fixtures.dropCap.markup)
        let blocks = layout.bodyBlocks
        #expect(blocks.count == 2)
        #expect(blocks[0].text.hasPrefix("Water systems across the region"))
        #expect(blocks[0].text.hasSuffix("for each repair made."))
        #expect(blocks[1].text == "THE plan names no other duty.")
        #expect(!blocks.flatMap(\.tokens).contains { $0.kind != .word })
    }
}

@Suite struct FootnoteRoundTripTests {
    @Test func notesLeaveTheBodyOneBlockPerNote() throws {
        let page = try FixturePipeline.layout(Fixtures.footnotes.markup).pages[0]
        #expect(page.footnotes.map(\.listMarker) == ["1", "2"])
        #expect(page.footnotes[0].text.hasPrefix("A shared calendar means"))
        #expect(page.footnotes[1].text == "Reviewers sign the checklist kept with the review record.")
        #expect(page.footnotes.allSatisfy { $0.tokens.first?.kind == .superscript })
        #expect(!page.body.contains { $0.text.contains("Reviewers") })
    }
}

@Suite struct ColumnRoundTripTests {
    @Test func columnsAreReadInOrder() throws {
        let page = try FixturePipeline.layout(Fixtures.twoColumns.markup).pages[0]
        #expect(page.columns == 2)
        let starts = page.body.map(\.text).compactMap { text in
            ["Left one", "Left two", "Left three", "Left four", "Left five", "Left six", "Left seven"]
                .first { text.hasPrefix($0 + " ") }
        }
        let expected = ["Left one", "Left two", "Left three", "Left four", "Left five", "Left six", "Left seven"]
        #expect(Array(starts) == Array(expected.prefix(starts.count)))
        #expect(starts.count >= 6)
        let columns = page.body.filter { $0.kind == .paragraph }.map(\.column)
        #expect(columns == columns.sorted())
        #expect(Set(columns) == [0, 1])
    }
}

@Suite struct FurnitureRoundTripTests {
    @Test func headerAndFooterAreFurniture() throws {
        let layout = try FixturePipeline.layout(Fixtures.furniture.markup)
        #expect(layout.pages.count == 3)
        for page in layout.pages {
            #expect(page.furniture.map(\.kind) == [.header, .pageNumber])
            #expect(page.furniture[1].text == "Page \(page.number)")
            #expect(!page.body.contains { $0.text.contains("Community Safety Plan") || $0.text.hasPrefix("Page") })
            #expect(page.body.first?.kind == .heading)
        }
    }
}

@Suite struct RepairRoundTripTests {
    @Test func hyphenationIsUndoneButRealHyphensStay() throws {
        let layout = try FixturePipeline.layout(Fixtures.repair.markup)
        let text = layout.bodyBlocks[0].text
        for word in ["internationalization", "institutionalization", "characteristically", "telecommunications",
                     "responsibilities", "trauma-informed", "long-term", "2013-2017", "reorganization",
                     "administrative", "jurisdictions", "municipalities", "extraordinarily", "comprehensive",
                     "accountability."] {
            #expect(text.contains(word), "missing \(word)")
        }
        let broken = layout.bodyBlocks[0].tokens.filter { $0.text.hasSuffix("-") }
        #expect(broken.isEmpty)
    }

    @Test func ligaturesAreExpanded() throws {
        let layout = try FixturePipeline.layout(Fixtures.repair.markup)
        #expect(layout.bodyBlocks[1].text == "The final floor of the office held the files.")
    }

    @Test func urlBrokenAcrossLinesIsJoined() throws {
        let layout = try FixturePipeline.layout(Fixtures.repair.markup)
        let tokens = layout.bodyBlocks[2].tokens.map(\.text)
        #expect(tokens.contains("https://www.example.org/reports/2024/community-safety-plan-final-edition.pdf"))
    }
}

@Suite struct BlockKindRoundTripTests {
    @Test func headingsListsAndTOC() throws {
        let blocks = try FixturePipeline.layout(Fixtures.blocks.markup).bodyBlocks
        let summary = blocks.map { block -> String in
            switch block.kind {
            case .heading: "h\(block.headingLevel ?? 0) \(block.text)"
            case .listItem: "li[\(block.listMarker ?? "")] \(block.text)"
            case .tocEntry: "toc \(block.text)"
            default: "\(block.kind.rawValue) \(block.text)"
            }
        }
        #expect(summary == [
            "h1 Contents",
            "toc Goal 1: Align Efforts 5",
            "toc Goal 2: Measure Results 9",
            "toc Appendix 12",
            "h1 Goal 1: Align Efforts",
            "h2 Objective 1.1 Share Data",
            "h3 Background",
            "paragraph The objective has three parts.",
            "li[•] Build a shared inventory of data sets that every office can search and reuse without asking.",
            "li[•] Name an owner for each data set.",
            "li[1.] 1. Draft the inventory.",
            "li[2.] 2. Review the inventory with partners.",
            "li[a.] a. Publish the inventory.",
            "li[1.1] 1.1 Assign owners.",
        ])
    }
}

@Suite struct TableRoundTripTests {
    @Test func tableAcrossAPageBreakIsOneTable() throws {
        let layout = try FixturePipeline.layout(Fixtures.table.markup)
        #expect(layout.pages.count >= 2)
        let rows = layout.bodyBlocks.filter { $0.kind == .tableRow }
        #expect(Set(rows.compactMap(\.tableID)).count == 1)
        #expect(rows.count == 35)
        #expect(rows.filter(\.isHeaderRow).count == 1)
        #expect(rows[0].cells.map(\.text) == ["Action", "Lead Agency", "Timeframe"])
        for (index, row) in rows.dropFirst().enumerated() {
            let number = index + 1
            #expect(row.cells.map(\.text) == ["Develop guide \(number) with partners and review it", "Office \(number % 4)", "202\(number % 10)"])
        }
        #expect(layout.bodyBlocks.last?.text == "A closing paragraph follows the table.")
    }
}
