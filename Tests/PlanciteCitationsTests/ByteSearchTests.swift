import PlanciteCore
import PlanciteLayout
import Testing
@testable import PlanciteCitations

/// The byte searches and byte pre-checks give what the rules they shortcut give.
@Suite struct ByteSearches {
    @Test(arguments: [
        "", "(", "no paren", "a(b", "long text with a parenthesis near its end, after many ASCII bytes (x",
        "é(", "“quoted” (2019)", "\u{301}(", "tab\t(", "0123456789abcdef(",
    ])
    func byteSearch(text: String) {
        #expect(ASCIIBytes.contains(text, byte: 0x28) == text.utf8.contains(0x28))
        let offset = Array(text.utf8).withUnsafeBufferPointer { ASCIIBytes.firstOffset(of: 0x28, in: $0) }
        #expect(offset == text.utf8.firstIndex(of: 0x28).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) })
    }

    @Test(arguments: [
        ("a long ASCII prefix of more than eight bytes then “quoted”", "“"), ("“", "“"), ("x“", "”"),
        ("€“€”", "”"), ("the dash — and the other —", "—"), ("abcdefgh—", "—"), ("‘a’ ’", "’"),
        ("\u{E2}\u{80}x“", "“"), ("a\u{2019}\u{201D}", "”"),
    ] as [(String, Unicode.Scalar)])
    func scalarSearchPastOtherLeadBytes(text: String, scalar: Unicode.Scalar) {
        let simple = ASCIIBytes.isGraphemeSimple(text)
        #expect(text[...].firstIndex(ofScalar: scalar, simple: simple) == text.firstIndex(of: Character(scalar)))
    }

    /// Grapheme-simple text by the eight-byte steps is what the scalar rule says.
    @Test(arguments: [
        "", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghe\u{301}", "abcdefgh\u{301}", "“abcdefgh”", "abcdefg—ijklmnop",
        "0123456789abcdef\u{1F600}", "naïve text of some length", "ＰＬＡＮ",
    ])
    func graphemeSimpleText(text: String) {
        let expected = text.unicodeScalars.allSatisfy { $0.value < 0x300 || ASCIIBytes.isPunctuation($0) }
        #expect(ASCIIBytes.isGraphemeSimple(text) == expected)
    }
}

@Suite struct PinpointNumbersFromBytes {
    @Test(arguments: [
        "45", "12-13", "-", "--4", "4-", "iv", "IV", "iiii", "xlii", "mcm", "45n3", "12a", "123456789", "12345678a",
        "a12", "ix-x", "", "0", "v", "vi.", "§", "4–5", "4—5", "12\u{301}", "x1",
    ])
    func pinpoint(core: String) {
        guard !core.isEmpty else {
            #expect(!NoteTextParser.isPinpointNumber(core))
            return
        }
        #expect(NoteTextParser.isPinpointNumber(core) == NoteTextParser.isPinpointNumberByCharacters(core))
    }
}

@Suite struct MarkerNumbersFromBytes {
    @Test(arguments: [
        "marker-12", "marker-0012", "marker-", "marker--", "marker-+5", "12", "marker-x", "marker-1234567890123456789",
        "mé-7", "marker-12-", "", "-3",
    ])
    func markerNumber(id: String) {
        #expect(CitationResolver.markerNumber(id) == Int(id.split(separator: "-").last ?? ""))
    }
}

@Suite struct ClosingDots {
    /// A token whose dots all close it (`no.`, `97.”`) is one the scan takes nothing from.
    @Test(arguments: [
        "no.", "97.", "Inc.,", "U.S.", "(2023).", "x.)", "a.b", "10.1234/x.", "www.x.", "http.", "e.g.,", ".", "x.\u{301}",
        "x.”", "x.’,", "report.\"", "gov.uk", "example.gov.", "“example.gov”", "x.>", "doi:10.1000/1.",
        "for", "Housing", "Wide", "www", "WWW", "ww", "h", "HTTP:", "Https://x.org", "ftp", "ft", "(ftp:", "“www", "Ftp://",
    ])
    func skipped(token: String) {
        let scan = URLScanner.scan(NoteToken.tokenize(token))
        if !URLScanner.mayStartURLOrDOI(token) {
            #expect(scan.consumed.isEmpty && scan.urls.isEmpty && scan.malformed.isEmpty && scan.dois.isEmpty)
        }
    }

    @Test(arguments: ["mayor", "marches", "june", "sept.", "decade", "novel", "octopus", "jan", "augment", "apron", "feb"])
    func monthPrecheck(word: String) {
        if !ReferenceParser.mayBeMonth(word) { #expect(ReferenceParser.months[word] == nil) }
    }
}

@Suite struct PieceShortcuts {
    @Test(arguments: [
        ", Journal of Plans 4 (2019): 12.", " , , x, y", "", ",,", "“a, b,” c", " (x, y), z", "é, x", "a\u{301}, b",
        "\u{00A0}, x", ", \u{2003}Review, 12",
    ])
    func firstPiece(text: String) {
        #expect(ReferenceParser.firstTrimmedPiece(of: text, at: 0x2C) == ReferenceParser.trimmedPieces(of: text, at: 0x2C).first { !$0.isEmpty })
    }

    @Test(arguments: ["x", " x", "x ", "\tx", "x\t", "é", "x\u{00A0}", "\u{2003}x", "", " ", "a b"])
    func spaceFreeEnds(text: String) {
        if ReferenceParser.hasSpaceFreeEnds(text) { #expect(text.trimmingSpaces() == text) }
    }
}

@Suite struct PublisherFromBytes {
    /// The rule by characters: the name after the colon of the first parenthesis that has one.
    static func reference(_ text: String) -> String? {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            guard let close = rest[open...].firstIndex(of: ")") else { return nil }
            let inside = rest[rest.index(after: open)..<close]
            if let colon = inside.firstIndex(of: ":") {
                let name = (ReferenceParser.splitTopLevel(String(inside[inside.index(after: colon)...]), at: ",").first ?? "").trimmingSpaces()
                if name.contains(where: \.isLetter), !(name.first?.isNumber ?? true) { return name }
            }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }

    @Test(arguments: [
        "Jane Doe, Rivers (Chicago: Lakeside Press, 2011), 4.", "Doe (2019) (Boston: Press, 2010)", "(x: 12) (y: Zed Books)",
        "no parenthesis", "(Paris: Éditions du Lac, 2001)", "(a\u{301}: Press)", "“Plan” (Washington: Office, 2020)", "(x: y",
        "(\u{2014}: — Press)", "((a: b))",
    ])
    func publisher(text: String) {
        #expect(ReferenceParser.publisher(in: text) == PublisherFromBytes.reference(text))
    }
}

@Suite struct PunctuationIsNoWhiteSpace {
    /// Scalars U+2010–U+2027 never split a token; the white space around them does.
    @Test func punctuationScalars() {
        for value in UInt32(0x2008)...UInt32(0x2030) {
            let scalar = Unicode.Scalar(value)!
            let text = "a\(Character(scalar))b"
            let split = NoteToken.tokenize(text).count == 2
            #expect(split == scalar.properties.isWhitespace)
        }
    }
}

@Suite struct LineTexts {
    /// The text written in place is the layout's own rendering without superscripts.
    @Test(arguments: [
        "Rivers flood often.^{1} Lakes do not.", "Café Board’s plan^{2} failed\nin 2019 (see “Plan”).", "A\nB\nC", "x^{1}",
        "Plan of the 2023^^{3} year", "e\u{301}tude — ﬁnal\u{00A0}report",
    ])
    func lineAndBlockTexts(body: String) {
        var builder = LayoutBuilder()
        builder.paragraph(body)
        let block = builder.document.pages[0].body[0]
        #expect(LineText.text(of: block) == Block.render(block.tokens, superscripts: .omit))
        for line in block.lines {
            #expect(LineText.text(of: line.tokens[...]) == Block.render(line.tokens, superscripts: .omit))
        }
    }
}

@Suite struct AbbreviationBytes {
    /// A word before a period reads as an abbreviation the same by bytes as by characters.
    @Test(arguments: [
        "Dr", "dr", "DR", "approx", "Approx", "approxi", "U.S", "e.g", "J", "j", "", "plan", "programs", "Sept", "septs",
        "No", "Inc", "Corp", "Dept", "xyz", "v", "V",
    ])
    func abbreviation(word: String) {
        #expect(UInt8.isAbbreviation(Array(word.utf8)[...]) == Character.isAbbreviation(Array(word)[...]))
    }
}
