import PlanciteCitations
import Testing

// The parsers read ASCII (and grapheme-simple) text byte by byte or scalar by scalar and other text
// character by character; these cases hold text where the two could part: curly quotes and
// apostrophes, accents (precomposed and combining), case mappings that change length, Unicode
// white space. Expected values are what the character-by-character rules give.

@Suite struct TokenCores {
    @Test(arguments: [
        ("plain", "plain"), ("“Plan”,", "plan"), ("(See", "see"), ("AGENCY’S", "agency’s"), ("'’Mixed’'", "’mixed"),
        ("Über.", "über"), ("e\u{301}tude.", "e\u{301}tude"), ("İstanbul", "i\u{307}stanbul"), ("[12]", "12"),
        (".,;:", ""), ("A–B", "a–b"), ("\u{212A}elvin", "kelvin"), ("(“Quoted”).", "quoted"), ("2019),", "2019"),
    ])
    func core(word: String, expected: String) {
        #expect(NoteToken(text: word, span: 0..<1).core == expected)
    }

    @Test func coreFollowsTheText() {
        var token = NoteToken(text: "Plan", span: 0..<4)
        token.text = "(REPORT)."
        #expect(token.core == "report")
    }

    @Test func tokensSplitAtUnicodeWhiteSpaceOnly() {
        let tokens = NoteToken.tokenize("See\u{00A0}“Plan”,\u{2003}2019\u{200B}x a\u{85}b")
        #expect(tokens.map(\.text) == ["See", "“Plan”,", "2019\u{200B}x", "a", "b"])
        #expect(tokens.map(\.span) == [0..<3, 4..<11, 12..<18, 19..<20, 21..<22])
    }
}

@Suite struct NonASCIIReferences {
    @Test(arguments: [
        ("Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011).",
         "book", "Rivers of the Plain", ["Doe"], "work:doe|riversoftheplain"),
        ("José Núñez, Ríos del Llano (Chicago: Lakeside Press, 2011).",
         "book", "Ríos del Llano", ["Núñez"], "work:núñez|ríosdelllano"),
        ("See Mary O’Brien, “Water Rights in the West,” Journal of Plains Law 12 (2019): 33–40.",
         "article-journal", "Water Rights in the West", ["O’Brien"], "work:o’brien|waterrightsinthewest"),
        ("Café Society Alliance, “Menus,” 2018, café.example.org/menus.",
         "report", "Menus", ["Café Society Alliance"], "work:café society alliance|menus"),
    ])
    func item(note: String, type: String, title: String, authors: [String], key: String) throws {
        let sources = ReferenceParser.sources(in: note)
        try #require(sources.count == 1)
        #expect(sources[0].type == type)
        #expect(sources[0].title == title)
        #expect((sources[0].author ?? []).map { $0.family ?? $0.literal ?? "" } == authors)
        #expect(ReferenceParser.sourceKey(sources[0]) == key)
    }

    @Test func notesOfSeveralSources() {
        var parser = NoteTextParser(
            "Office of the Inspector General, Annual Report 2020 (Washington, DC: OIG, 2021), 14; https://www.oig.example.gov/report.pdf.")
        let parsed = parser.parse()
        #expect(parsed.kind == .reference)
        #expect(parsed.years == [2020, 2021])
        #expect(parsed.sources.map(\.type) == ["book", "webpage"])
        #expect(parsed.sources.map(\.publisher) == ["OIG", nil])
        #expect(parsed.urls == ["https://www.oig.example.gov/report.pdf"])
    }

    @Test(arguments: [
        ("Ibid.\u{00A0}at 45.", NoteKind.ibid, "45"),
        ("O’Brien, op. cit., p. 12.", .opCit, "12"),
        ("Doe, supra note 3, at 45.", .supra, "45"),
    ])
    func shortForms(note: String, kind: NoteKind, pinpoint: String) {
        var parser = NoteTextParser(note)
        let parsed = parser.parse()
        #expect(parsed.kind == kind)
        #expect(parsed.pinpoint == pinpoint)
    }
}

@Suite struct NonASCIIMarkerContext {
    /// Each sentence once in ASCII (read as bytes) and once with curly quotes or accents (read as characters).
    @Test(arguments: [
        ("He said \"stop.\"^{1} Then he left.", "He said \"stop.\""),
        ("He said “stop.”^{1} Then he left.", "He said “stop.”"),
        ("Dr. Nunez wrote the plan.^{1} It passed.", "Dr. Nunez wrote the plan."),
        ("Dr. Núñez wrote the plan.^{1} It passed.", "Dr. Núñez wrote the plan."),
        ("Farms use water. The Cafe Board’s plan^{1} failed in 2019. Lakes do not.", "The Cafe Board’s plan failed in 2019."),
        ("Farms use water. The Cafe Board's plan^{1} failed in 2019. Lakes do not.", "The Cafe Board's plan failed in 2019."),
    ])
    func context(body: String, expected: String) {
        var builder = LayoutBuilder()
        builder.paragraph(body)
        builder.heading("Endnotes")
        builder.paragraph("1 Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011), 4.")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.markers.map(\.context) == [expected])
    }
}

/// Gap diagnostics make only the labels they name; the list must read as before.
@Suite struct GapLists {
    @Test(arguments: [
        ("3", "note 2 is missing"), ("7", "note 2, 3, 4, 5, 6 is missing"), ("8", "note 2–7 is missing"),
        ("999", "note 2–998 is missing"), ("vi", "note ii, iii, iv, v is missing"), ("ix", "note ii–viii is missing"),
    ])
    func list(second: String, expected: String) throws {
        let first = second.first!.isNumber ? "1" : "i"
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often.^{\(first)} Lakes do not.^{\(second)}")
        builder.heading("Endnotes")
        builder.paragraph("\(first) Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011), 4.")
        builder.paragraph("\(second) Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011), 5.")
        let set = CitationAnalyzer().analyze(builder.document)
        let gap = try #require(set.diagnostics.first { $0.code == "numbering-gap" })
        #expect(gap.message.contains(expected))
    }
}
