import PlanciteCore
import PlanciteLayout
import Testing

@testable import PlanciteStructure

/// The skipping loop of `isNormalASCII`, the end check of `TokenText.mayHaveLeader` and the text
/// written straight into a string give what the byte-by-byte forms give.
@Suite struct BytePreCheckTests {
    static let asciiTexts: [String] = [
        "", " ", "a", "A", "a ", " a", "a  b", "a \tb", "a\tb", "a\u{0B}b", "a\u{0}b", "a \u{0}b", "\u{7F} x",
        "x \u{7F}", "a ,b", "a ;b", "a :b", "a .b", "a )b", "a ]b", "a !b", "a ?b", "a (b", "( b", "[ b", "a [ b",
        "x \u{00E9}", "\u{00E9}", "caf\u{00E9} au lait", "S TRATEGIC", "A B", "-A B", "(A B", "\"A B", "'A B",
        "xA B", "A B C", "U. S.", "U. S", "x. Y.", "x. Yz", "x.  Y.", "x. Y", ". A.", "A. B. C.", "end.",
        "Goal 1: Align efforts. Then (more) [text], with; colons: and \"quotes\" 'here'.", "trailing  ",
        "1 2 3 4", "a b c", "I O", "Q R S", "x-A y-B", "- A B", "\u{1}\u{2} \u{3}",
    ]

    @Test(arguments: asciiTexts + ByteFastPathTests.tidyTexts + ByteFastPathTests.texts + FastPathTests.texts)
    func normalASCIICheckMatchesByteByByte(text: String) {
        #expect(TextNormalizer.isNormalASCII(text) == Self.isNormalASCIIByteByByte(text))
    }

    /// `TextNormalizer.isNormalASCII` byte by byte, each byte compared with the one before: the
    /// reference its skipping loop is compared with.
    static func isNormalASCIIByteByByte(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let count = bytes.count
            var heads = 0
            var previous: UInt8 = 0
            for index in 0..<count {
                let byte = bytes[index]
                if byte >= 0x80 || (byte >= 0x09 && byte <= 0x0D) { return false }
                if byte == 0x20 {
                    if index == 0 || previous == 0x20 || previous == 0x28 || previous == 0x5B { return false }
                    // A lone capital before the space (`S TRATEGIC`): at the start or after ` - ( " '`.
                    if previous >= 0x41 && previous <= 0x5A {
                        let before: UInt8 = index >= 2 ? bytes[index - 2] : 0x20
                        if before == 0x20 || before == 0x2D || before == 0x28 || before == 0x22 || before == 0x27 {
                            heads += 1
                            if heads >= 2 { return false }
                        }
                    }
                    // Spaced initials (`U. S.`): a stop, the space, a capital and a stop.
                    if previous == 0x2E, index + 1 < count {
                        let first = bytes[index + 1]
                        let second: UInt8 = index + 2 < count ? bytes[index + 2] : 0x20
                        if first >= 0x41 && first <= 0x5A && second == 0x2E { return false }
                    }
                } else if previous == 0x20 {
                    let closes = byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x2E || byte == 0x29
                        || byte == 0x5D || byte == 0x21 || byte == 0x3F
                    if closes { return false }
                }
                previous = byte
            }
            return previous != 0x20
        } ?? false
    }

    static func token(_ text: String, _ kind: TokenKind = .word, space: Bool = true) -> Token {
        Token(
            text: text, kind: kind, page: 1, bbox: Rect(x0: 0, y0: 0, x1: 1, y1: 1), size: 10,
            range: TextRange(start: 0, end: 1), spaceBefore: space)
    }

    static let leaderLines: [[Token]] = [
        [], [token("")], [token(".....")], [token("..."), token("1")], [token("..."), token("iv")],
        [token("..."), token("public")], [token("..."), token("all")], [token("..."), token("box")],
        [token("..."), token("Goal")], [token("..."), token("12"), token(" ")], [token("..."), token("3"), token("\t\n")],
        [token("..."), token("5"), token("", .superscript)], [token("..."), token("5"), token("x", .superscript)],
        [token("..."), token("5"), token("7", .superscript)], [token("..."), token("\u{00E9}")],
        [token("..."), token("\u{00E9}1")], [token("..."), token("1\u{00B7}")], [token("\u{2026}\u{2026}"), token("9")],
        [token("."), token("."), token("."), token("c")], [token("..", .superscript), token("."), token("2")],
        [token("x"), token(".. .", .superscript)], [token("Intro ........ 5")], [token("Intro ........ 5 ")],
        [token("a"), token(" "), token(" ")], [token("9"), token("", space: false), token("")],
    ]

    @Test(arguments: leaderLines + ByteFastPathTests.tokenLines)
    func leaderCheckMatchesRawText(tokens: [Token]) {
        let line = Line(tokens: tokens, page: 1, bbox: Rect(x0: 0, y0: 0, x1: 1, y1: 1), baseline: 1, bodySize: 10)
        #expect(TokenText.mayHaveLeader(line) == StructureWalker.mayHaveLeader(raw: line.text))
        let block = Block(
            kind: .paragraph, lines: [line, line, line], page: 1, bbox: line.bbox, range: TextRange(start: 0, end: 1))
        #expect(TokenText.text(of: tokens) == Block.render(tokens, superscripts: .omit))
        #expect(TokenText.text(of: block) == block.text)
    }

    @Test func placementMatchesSetAndUnion() {
        func sup(_ offset: Int, page: Int = 1) -> Token {
            Token(
                text: "1", kind: .superscript, page: page, bbox: Rect(x0: 0, y0: 0, x1: 1, y1: 1), size: 6,
                range: TextRange(start: offset, end: offset + 1))
        }
        func block(_ tokens: [Token], page: Int, box: Rect) -> Block {
            let line = Line(tokens: tokens, page: page, bbox: box, baseline: 1, bodySize: 10)
            return Block(kind: .paragraph, lines: [line], page: page, bbox: box, range: TextRange(start: 0, end: 1))
        }
        let cases: [[Block]] = [
            [],
            [block([Self.token("a")], page: 2, box: Rect(x0: 1, y0: 2, x1: 3, y1: 4))],
            [block([sup(9), Self.token("a"), sup(3), sup(9)], page: 1, box: Rect(x0: 5, y0: 5, x1: 6, y1: 6)),
             block([sup(3), sup(1, page: 2)], page: 2, box: Rect(x0: 0, y0: 0, x1: 9, y1: 9)),
             block([sup(2)], page: 1, box: Rect(x0: 1, y0: 7, x1: 2, y1: 8))],
        ]
        for blocks in cases {
            let placement = Placement(blocks)
            let firstPage = blocks.first?.page ?? 0
            #expect(placement.page == firstPage)
            #expect(placement.bbox == Rect.union(blocks.filter { $0.page == firstPage }.map(\.bbox)))
            let anchors = blocks.flatMap { $0.lines.flatMap(\.tokens) }.filter { $0.kind == .superscript }
                .map { TextAnchor(page: $0.page, offset: $0.range.start) }
            #expect(placement.markerAnchors == Array(Set(anchors)).sorted())
        }
    }

    static let nameLines: [String] = [
        "Department Of Health", "Of x Department", "Office of the Mayor", "OFFICE OF THE MAYOR", "Office And x",
        "Department of Health and Human Services; Office of Management & Budget", "The Agency | the agency",
        "Office for Civil Rights, Bureau On Land", "Board of Supervisors: Agenda", "Council.", "x Office",
        "A B C D E F G H I J K L M Office", "A B C D E F G H I J K L M N Office", "White House", "the White House Office",
        "Office  of\tthe Council", "& Office", "Office &", "Of Of Of", "Agency the", "Agency THE For oN",
        "Bureau an Office", "Bureau FOR", "Department of Transportation (DOT), Highway Agency", "",
    ]

    @Test(arguments: nameLines)
    func namePreCheckKeepsCharacterNames(line: String) {
        #expect(OrganizationNames.asciiNames(in: line) == OrganizationNames.characterNames(in: line))
    }

    @Test(arguments: [
        "GOAL 1", "goals", "Objectives 2", "OBJECTIVE", "Strategy 3", "Priority Area 4", "Action", "ACTIONS",
        "Task 5", "Initiative 6", "Outcome 7", "Pillar 8", "Focus Area", "Recommendation 9", "Zeta 1", "A", "",
        "  Goal", "1.2 Goal", "Measure 3", "Activity 4", "Theme 5", "Step 6", "Area 7", "Priority 8",
    ])
    func termStartFilterKeepsEveryMatch(text: String) {
        for vocabulary in [Vocabulary.default] {
            let terms = Vocabulary.TermIndex(vocabulary)
            if terms.match(SpannedWord.split(text).map(\.text)) != nil { #expect(terms.mayMatchStart(of: text)) }
            let words = SpannedWord.split(text).map(\.text)
            if let first = words.first, !terms.mayMatchStart(of: text) {
                #expect(Vocabulary.default.terms(for: .goal).allSatisfy { !$0.lowercased().hasPrefix(first.lowercased() + " ") && $0.lowercased() != first.lowercased() })
            }
        }
    }

    @Test(arguments: [
        "Prepared by the Office of Water", "Issued by Department of Health", "Published by the Board of Health",
        "By the Council Office", "By Prepared by Office", "Prepared by By Agency", "prepared by Office", "Office",
        "Issued by the Issued by Office", "B", "", "Published by", "\u{00C9}tat Office", "Board Office",
    ])
    func issuerPrefixCheckKeepsNames(line: String) {
        var text = line
        for prefix in OrganizationNames.issuerPrefixes where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            if text.hasPrefix("the ") { text = String(text.dropFirst(4)) }
        }
        #expect(OrganizationNames.names(in: line) == OrganizationNames.characterNames(in: text))
    }

    @Test(arguments: [".", ":", ";", "!", "?", "\u{037E}", "\r\n", "a", "\u{00E9}", ",", "\u{2026}", ".\u{0301}"] as [Character])
    func sentenceEndByByteMatchesCharacters(last: Character) {
        let byCharacter = last == "." || last == ":" || last == ";" || last == "!" || last == "?"
        let byByte = last.asciiValue.map { $0 == 0x2E || $0 == 0x3A || $0 == 0x3B || $0 == 0x21 || $0 == 0x3F }
            ?? byCharacter
        #expect(byByte == byCharacter)
    }
}
