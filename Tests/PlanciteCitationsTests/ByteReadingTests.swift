import PlanciteCitations
import Testing

// Labels, superscripts and source lists are read from UTF-8 bytes when the text allows it (ASCII
// digits, ASCII without `\r`, grapheme-simple text) and character by character otherwise. These
// cases sit on the borders of those fast paths; expected values are what the character rules give.

@Suite struct LabelsFromBytes {
    @Test(arguments: [
        ("1", "1", 1), ("999", "999", 999), ("0", nil, 0), ("07", nil, 0), ("1000", nil, 0), ("12345", nil, 0),
        ("iv", "iv", 4), ("**", "**", 7), ("١٢", nil, 0), ("1\u{301}", nil, 0), ("x", "x", 10), ("q", nil, 0), ("", nil, 0),
    ] as [(String, String?, Int)])
    func bare(text: String, expected: String?, value: Int) {
        let label = NoteLabel(text)
        #expect(label?.text == expected)
        if let label { #expect(label.value == value) }
    }

    @Test(arguments: [
        ("[12]", "12"), ("12.", "12"), ("12)", "12"), ("12:", "12"), ("[1", nil), (".", nil), ("[]", nil), ("i.", "i"),
        ("*)", "*"), ("[“3”]", nil), ("3\r\n", nil), ("[0]", nil), ("4..", nil), ("[4].", nil), ("§.", "§"),
    ] as [(String, String?)])
    func printed(text: String, expected: String?) {
        #expect(NoteLabel.normalising(text)?.text == expected)
    }
}

@Suite struct SuperscriptLabels {
    @Test(arguments: [
        ("^{3,}", ["3"]), ("^{(3)}", ["3"]), ("^{1,3}", ["1", "3"]), ("^{1–3}", ["1", "2", "3"]),
        ("^{0}", []), ("^{03}", []), ("^{3a}", []), ("^{٣}", []),
    ] as [(String, [String])])
    func markers(superscript: String, expected: [String]) {
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often.\(superscript) Lakes do not.")
        builder.heading("Endnotes")
        for label in 1...3 { builder.paragraph("\(label) Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011), \(label).") }
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.markers.map(\.label) == expected)
    }
}

@Suite struct TopLevelSources {
    /// A `;` inside quotes or parentheses does not end a source, whatever the letters around it.
    @Test(arguments: [
        "Jan Doe, “Rivers; Lakes,” Journal of Plains 3 (2019): 4; John Roe, Plains (Chicago: Lakeside Press, 2010).",
        "Ĝan Doe, “Rivers; Lakes,” Journal of Plains 3 (2019): 4; John Roe, Plains (Chicago: Lakeside Press, 2010).",
        "Jan Doe\u{301}, “Rivers; Lakes,” Journal of Plains 3 (2019): 4; John Roe, Plains (Chicago: Lakeside Press, 2010).",
        "Jan Doe, \"Rivers; Lakes,\" Journal of Plains 3 (2019): 4; John Roe, Plains (Chicago: Lakeside Press, 2010).",
    ])
    func split(note: String) throws {
        let sources = ReferenceParser.sources(in: note)
        try #require(sources.count == 2)
        #expect(sources[0].title == "Rivers; Lakes")
        #expect(sources[1].type == "book")
        #expect(sources[1].publisher == "Lakeside Press")
    }

    @Test(arguments: [
        ("Jane Doe & John Roe, Plains (Chicago: Lakeside Press, 2010).", ["Doe", "Roe"]),
        ("Jane Doe and John Roe, Plains (Chicago: Lakeside Press, 2010).", ["Doe", "Roe"]),
        ("Jane Doe, Plains (Chicago: Lakeside Press, 2010).", ["Doe"]),
        ("Lakeside Water Council, Plains (Chicago: Lakeside Press, 2010).", ["Lakeside Water Council"]),
    ] as [(String, [String])])
    func authors(note: String, expected: [String]) throws {
        let sources = ReferenceParser.sources(in: note)
        try #require(sources.count == 1)
        #expect((sources[0].author ?? []).map { $0.family ?? $0.literal ?? "" } == expected)
    }
}

@Suite struct HostsFromBytes {
    @Test(arguments: [
        ("Host HTTPS://Data.Example.ORG/x now.", ["HTTPS://Data.Example.ORG/x"], [String]()),
        ("Host https://a-b.example.org:8080/x now.", ["https://a-b.example.org:8080/x"], []),
        ("Host https://x.y1 now.", [], ["https://x.y1"]),
        ("Host https://x.y now.", [], ["https://x.y"]),
        ("Host https://café.example.org now.", [], ["https://café.example.org"]),
        ("Host https://a..example.org now.", [], ["https://a..example.org"]),
    ])
    func scheme(note: String, urls: [String], malformed: [String]) {
        var parser = NoteTextParser(note)
        let parsed = parser.parse()
        #expect(parsed.urls == urls)
        #expect(parsed.malformedURLs == malformed)
    }
}
