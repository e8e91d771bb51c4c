import Testing

@testable import PlanciteFixtures

@Suite struct InlineParserTests {
    static let sup = InlineStyle(script: .superscript)

    @Test(arguments: [
        ("plain words", [InlineRun("plain words")]),
        ("word^{ii} next", [InlineRun("word"), InlineRun("ii", style: sup), InlineRun(" next")]),
        ("**Goal 1:** text", [InlineRun("Goal 1:", style: InlineStyle(bold: true)), InlineRun(" text")]),
        ("*Ibid.*", [InlineRun("Ibid.", style: InlineStyle(italic: true))]),
        ("H_{2}O", [InlineRun("H"), InlineRun("2", style: InlineStyle(script: .subscript)), InlineRun("O")]),
        ("see [[https://x.org|site]].", [InlineRun("see "), InlineRun("site", style: InlineStyle(link: "https://x.org")), InlineRun(".")]),
        ("5 \\* 3 \\^{no}", [InlineRun("5 * 3 ^{no}")]),
    ])
    func parses(text: String, runs: [InlineRun]) throws {
        var parser = InlineParser(text: text, line: 1)
        #expect(try parser.parse() == runs)
    }
}

@Suite struct BlockParserTests {
    @Test(arguments: [
        ("- item", ListMarker.bullet),
        ("1. item", .label("1.")),
        ("3) item", .label("3)")),
        ("1.1 item", .label("1.1")),
        ("a. item", .label("a.")),
        ("iv. item", .label("iv.")),
    ])
    func listMarkers(line: String, marker: ListMarker) throws {
        let markup = try FixtureMarkup(parsing: line)
        #expect(markup.elements.map(\.block) == [.listItem(marker: marker, runs: [InlineRun("item")])])
    }

    @Test(arguments: ["2024 was a year", "e.g. this", "Goal 1: Title"])
    func paragraphsThatLookLikeLists(line: String) throws {
        let markup = try FixtureMarkup(parsing: line)
        #expect(markup.elements.map(\.block) == [.paragraph(runs: [InlineRun(line)])])
    }

    @Test func paragraphLinesJoinAndCommentsAreSkipped() throws {
        let markup = try FixtureMarkup(parsing: "// note\nfirst line\n// inside\nsecond line\n\n## Head")
        #expect(markup.elements == [
            .init(line: 2, block: .paragraph(runs: [InlineRun("first line second line")])),
            .init(line: 6, block: .heading(level: 2, runs: [InlineRun("Head")])),
        ])
    }

    @Test func directivesKeepTheirArguments() throws {
        let markup = try FixtureMarkup(parsing: """
            @meta title=A Plan; author=An Office
            @toc Goal 1: Align | 5
            @footnote 12 Ibid., 4.
            @table Action | Lead
            | Build | DOJ |
            @endtable
            @link https://x.org
            Linked paragraph
            """)
        #expect(markup.meta == [MetaEntry(key: "title", value: "A Plan"), MetaEntry(key: "author", value: "An Office")])
        #expect(markup.elements.map(\.block).dropFirst().elementsEqual([
            .tocEntry(runs: [InlineRun("Goal 1: Align")], page: "5"),
            .footnote(label: "12", runs: [InlineRun("Ibid., 4.")]),
            .table(header: [[InlineRun("Action")], [InlineRun("Lead")]], rows: [[[InlineRun("Build")], [InlineRun("DOJ")]]]),
            .paragraph(runs: [InlineRun("Linked paragraph", style: InlineStyle(link: "https://x.org"))]),
        ]))
    }
}
