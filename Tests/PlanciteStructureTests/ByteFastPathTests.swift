import Foundation
import PlanciteCore
import PlanciteLayout
import Testing

@testable import PlanciteStructure

/// The byte-level forms in `TextScan`, `TokenText` and `OrganizationNames` give what the
/// `String`, `Character` and Foundation calls they stand for give, on ASCII and other text.
@Suite struct ByteFastPathTests {
    static let texts: [String] = [
        "", " ", "\t \t", "plain", "  two  words  ", "\tTabbed\t", "Goal 1: Align: Efforts. Then more. ",
        "ends with stop. ", "a.b", ". ", ": ", "Office of the CIO; Board | Council, Agency",
        "\u{00A0}no-break edges\u{00A0}", "\u{2003}em space\u{3000}", " caf\u{00E9} ", "e\u{0301} x ",
        " \u{0301}combining after a space", "mixed \u{2014} dash: here. There", "\r\nline\r\n",
        "Greek\u{037E} question", "x :\u{0301} y", "U.S. Department of the Interior. Next",
        " \u{201C}quoted,\u{201D} ", "\u{2014}dash\u{2013}", "\u{202F}narrow\u{205F}", "\u{2028}line\u{2029}",
    ]

    @Test(arguments: texts)
    func trimmingMatchesFoundation(text: String) {
        #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
        let inner = text.dropFirst()
        #expect(inner.trimmingSpaces() == inner.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: texts + ["123", "\u{0600}1", "--", "\u{00E9}", "1\u{00E9}", "\r\n", "x\r\ny"])
    func countsAndLettersMatchCharacters(text: String) {
        #expect(TextScan.wordCount(text) == text.split(separator: " ").count)
        #expect(TextScan.characterCount(text) == text.count)
        #expect(TextScan.containsLetter(text) == text.contains(where: \.isLetter))
    }

    @Test(arguments: texts)
    func searchesMatchFoundation(text: String) {
        func offsets(_ range: Range<String.Index>?) -> [Int]? {
            range.map { [text.utf8.distance(from: text.startIndex, to: $0.lowerBound),
                         text.utf8.distance(from: text.startIndex, to: $0.upperBound)] }
        }
        for pattern in [": ", ". ", " of ", "white house", "x", ";", "", "\u{00E9}", "two  words"] {
            #expect(offsets(TextScan.firstRange(of: pattern, in: text)) == offsets(text.range(of: pattern)))
            #expect(TextScan.contains(pattern, in: text) == text.contains(pattern))
            var start = text.startIndex
            while let found = TextScan.firstRange(of: pattern, in: text, from: start) {
                #expect(offsets(found) == offsets(text.range(of: pattern, range: start..<text.endIndex)))
                start = found.upperBound
            }
            #expect(text.range(of: pattern, range: start..<text.endIndex) == nil || pattern.isEmpty)
        }
    }

    @Test func punctuationTableMatchesFoundation() {
        for byte in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(byte)
            #expect(OrganizationNames.isPunctuation(byte) == CharacterSet.punctuationCharacters.contains(scalar))
        }
    }

    static let nameLines: [String] = [
        "U.S. Department of the Interior", "Office of Water Quality | River Basin Council",
        "Prepared by the Office of Management and Budget", "By Agency for Trade; Board of Ports, Tax Service",
        "The White House", "THE WHITE HOUSE Office", "white house staff", "Department of Energy.",
        "Council: Members", "National Institute (NIH) Office", "Office, , ; Division", "Center for Care & Health",
        "Commission on Civil Rights 2024", "department of labor", "Bureau\tof Statistics", "  Padded Office  ",
        "Department of State and many other partners working in all regions of the country today",
        "\"Quoted Agency\"", "Secretariat...", "Issued by By the Ministry", "U", "Agency-wide Office",
    ]

    @Test(arguments: nameLines)
    func asciiNamesMatchCharacterNames(line: String) {
        #expect(OrganizationNames.asciiNames(in: line) == OrganizationNames.characterNames(in: line))
    }

    @Test func nonASCIILinesTakeTheCharacterPath() {
        #expect(OrganizationNames.asciiNames(in: "Office \u{2022} Council") == nil)
        #expect(OrganizationNames.names(in: "Office of Water \u{2022} River Council")
            == ["Office of Water", "River Council"])
    }

    static func token(_ text: String, _ kind: TokenKind = .word, space: Bool = true) -> Token {
        Token(
            text: text, kind: kind, page: 1, bbox: Rect(x0: 0, y0: 0, x1: 1, y1: 1), size: 10,
            range: TextRange(start: 0, end: 1), spaceBefore: space)
    }

    static let tokenLines: [[Token]] = [
        [], [token("Goal"), token("1:")], [token("Ends"), token("here"), token(".", space: false)],
        [token("Note"), token("12", .superscript)], [token(""), token("x")], [token("x"), token("")],
        [token("", space: false), token("")], [token("y"), token("\u{0301}", space: false)],
        [token("\u{0600}"), token(".", space: false)], [token("\r"), token("\n", space: false)],
        [token("Intro"), token("........"), token("5")], [token("Annex"), token(". . . ."), token("iv", .superscript)],
        [token("Summary"), token("\u{00B7}\u{00B7}\u{00B7}"), token("3")], [token("caf\u{00E9}")],
        [token("a"), token("b", .superscript), token("", space: true)], [token(";", space: false)],
    ]

    @Test(arguments: tokenLines)
    func tokenTextMatchesRendering(tokens: [Token]) {
        let line = Line(tokens: tokens, page: 1, bbox: Rect(x0: 0, y0: 0, x1: 1, y1: 1), baseline: 1, bodySize: 10)
        let block = Block(kind: .paragraph, lines: [line, line], page: 1, bbox: line.bbox, range: TextRange(start: 0, end: 1))
        #expect(TokenText.text(of: tokens) == Block.render(tokens, superscripts: .omit))
        #expect(TokenText.text(of: block) == block.text)
        #expect(TokenText.lastCharacter(of: tokens) == Block.render(tokens, superscripts: .omit).last)
        #expect(TokenText.mayHaveLeader(line) == StructureWalker.mayHaveLeader(raw: line.text))
    }

    @Test(arguments: texts + [
        "Goal 1: Safe Water", "  STRATEGIC objective 2", "\tAction\u{00A0}Item 3", "Goals and aims", "Sub-goal 4",
        "\u{2003}Goal 5", "Go\u{0301}al 6", "goal", "Pillar\u{2028}One",
    ])
    func termStartCheckRefusesOnlyTextsThatMatchNoTerm(text: String) {
        let terms = Vocabulary.TermIndex(.default)
        if !terms.mayMatchStart(of: text) {
            #expect(terms.match(SpannedWord.split(text).map(\.text)) == nil)
        }
        if terms.match(SpannedWord.split(text).map(\.text)) != nil { #expect(terms.mayMatchStart(of: text)) }
    }

    static let tidyTexts: [String] = [
        "Already tidy text, with (brackets) and: colons.", "U.S. Department", "A B C D", "x ,y", "( x", "[ y ]",
        "trailing ", " leading", "double  space", "tab\there", "", "a", "S TRATEGIC O BJECTIVE", "U. S. Army",
        "A B", "(A B) \"C D\"", "x-A y-B", "I am A", "S T", "end U. S.", "U.S. Army", "x. Y. z", "x. Y.", "A. B",
        "PUBLIC -PRIVATE", "I O T", "a. B", "one. Two.", "A", "A ", "'A 'B",
    ]

    @Test(arguments: tidyTexts + FastPathTests.texts + texts)
    func tidyTextsNormalizeAsEveryPass(text: String) {
        #expect(TextNormalizer.normalize(text) == FastPathTests.reference(text))
        if TextNormalizer.asciiTidiness(text) == .tidy { #expect(TextNormalizer.tidySpaces(text) == text) }
        let untouched = TextNormalizer.asciiTidiness(text) == .tidy && !TextNormalizer.mayHaveSpacedInitials(text)
            && !TextNormalizer.mayHaveLetterSpacing(text)
        #expect(TextNormalizer.isNormalASCII(text) == untouched)
    }
}
