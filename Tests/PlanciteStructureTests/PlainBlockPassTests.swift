import PlanciteCore
import PlanciteLayout
import Testing

@testable import PlanciteStructure

/// Blocks passed over from their first and last bytes (`StructureWalker.visitPlain`) leave the
/// walk where reading their text leaves it.
@Suite struct PlainBlockPassTests {
    /// Sketches mixing blocks the pass takes with blocks it must leave to the full visit: terms,
    /// numbers, intro sentences, `Contents` pages, leaders, and first or last characters outside
    /// ASCII that normalising rewrites or drops.
    static let sketches: [String] = [
        """
        # Goal 1: Clean Water
        Every household has safe water.
        1.1 Develop a testing guide (EPA, CDC)
        The guide covers wells.
        2.3 Train local staff
        ## Background
        3.1 Numbers here do not start items
        # Objective 1.2 Reach rural areas
        Rural systems need help.
        1.2.1 Fund small systems (USDA)
        # Next Chapter
        4.1 Not an item outside a goal
        """,
        """
        # Goal 2
        Better Air
        Cleaner air for every city.
        The following action items include:
        - Monitor ozone daily
        - Publish results
        Closing paragraph.
        - A bullet that is plain
        """,
        """
        # Contents
        Goal 1 Clean Water 3
        Background 4
        === page
        # TABLE OF CONTENTS
        Text after 12
        === page
        # Goal 3: Safe Roads
        Roads . . . . . 7
        A line . . . . 9 // Another line . . . . 10
        Sentence ending in colon:
        - Plain bullet
        """,
        """
        # Strategic Goal 4: Housing
        Objective 4.1: Build homes
        4.1.1 Zone more land
        \u{00AD}4.1.2 Starts with a soft hyphen
        \u{00A0}Goal 5: after a no-break space
        Kelvin \u{212A} sign
        \u{212A}eep going
        Ends with a colon and a soft hyphen:\u{00AD}
        Ends with a fullwidth colon\u{FF1A}
        - item with \u{2022} inside
        S TRATEGIC O BJECTIVE 4.2 Keep homes safe
        ( parenthesis opens
        , comma first
        """,
        """
        # Priority 1 Health
        ## Section heading
        ### Goal 6 Education
        Title continues here
        #### A deeper heading
        [a.] lettered item
        [3.2] Numbered marker item
        [\u{2022}] bullet marker item
        [*] starred item
        Text^{12}
        Ends in a note:^{3}
        contents
        table of contents
        # contents
        Initiative 7: Jobs
        milestone 8: lower case
        """,
        """
        # Goal 7: Parks
        2.1 Plant trees
        |1h| Action | Lead Agency | Timeframe
        |1| 7.1 Build trails | Parks Dept | 2025
        Plain text after the table.
        |1| 7.2 Clean lakes | Water Board | 2026
        # Goal 8
        # Goal 8
        Pillar text
        """,
    ]

    @Test(arguments: sketches)
    func passingPlainBlocksChangesNoRecord(sketch: String) {
        let document = LayoutSketch.document(sketch)
        #expect(Self.records(document, passing: true) == Self.records(document, passing: false))
    }

    /// Every sketch at once: the walk's state carried from one sketch's blocks into the next.
    @Test func passingPlainBlocksChangesNoRecordAcrossSketches() {
        let document = LayoutSketch.document(Self.sketches.joined(separator: "\n"))
        #expect(Self.records(document, passing: true) == Self.records(document, passing: false))
    }

    struct Records: Equatable {
        var goals: [Goal]
        var objectives: [Objective]
        var actions: [ActionItem]
        var diagnostics: [Diagnostic]
    }

    static func records(_ document: LayoutDocument, passing: Bool) -> Records {
        var walker = StructureWalker(vocabulary: .default, passesPlainBlocks: passing)
        walker.walk(document.bodyBlocks)
        var assembler = StructureAssembler(goals: walker.goals, objectives: walker.objectives, actions: walker.actions)
        let (goals, objectives, actions) = assembler.assemble()
        return Records(goals: goals, objectives: objectives, actions: actions, diagnostics: assembler.diagnostics)
    }

    static let words: [String] = [
        "Goal", "goal", "GOAL", "Goal:", "Objective", "Strategy", "strategic", "Sub-goal", "Pillar", "Priority",
        "Action", "Initiative", "Milestone", "The", "This", "Clean", "Develop", "3.1", "(a)", "\"Goal\"", "#1",
        "Go\u{0301}al", "G\u{00F6}al", "T\u{0301}", "\u{212A}elvin", "Zone", "Way", "Us", "x", "@", "~", "{", "`",
    ]

    @Test(arguments: words)
    func firstByteCheckMatchesTheWordCheck(word: String) {
        let terms = Vocabulary.TermIndex.of(.default)
        guard let first = word.utf8.first, !terms.mayMatchStart(firstByte: first) else { return }
        // (`mayMatchStart(of:)` lets a word outside ASCII through; the parse then refuses it.)
        for text in [word, word + " 1: Title", word + " 1.1 Title"] {
            #expect(HeadingParser.parse(text, terms: terms, strict: false) == nil)
            #expect(HeadingParser.parse(text, terms: terms, strict: true) == nil)
        }
    }

    @Test func firstByteCheckRefusesOnlyBytesNoFirstWordStartsWith() {
        let terms = Vocabulary.TermIndex.of(.default)
        let starts = Set(Vocabulary.default.goal + Vocabulary.default.objective + Vocabulary.default.action)
            .map { $0.lowercased().utf8.first! }
        for byte in UInt8(0x21)...UInt8(0xFF) {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            #expect(terms.mayMatchStart(firstByte: byte) == (byte >= 0x80 || starts.contains(lower)))
        }
        let other = Vocabulary.TermIndex.of(Vocabulary(goal: ["\u{00C9}tape"]))
        #expect(other.mayMatchStart(firstByte: 0x78))
    }

    @Test(arguments: sketches)
    func edgeBytesAreThoseOfTheText(sketch: String) {
        for block in LayoutSketch.document(sketch).bodyBlocks {
            let text = TokenText.text(of: block)
            guard let (first, last) = TokenText.edgeBytes(of: block.lines) else { continue }
            #expect(text.utf8.first == first)
            #expect(text.utf8.last == last)
        }
    }

    @Test func edgeBytesAreNilWhenAnEdgeTokenIsEmpty() {
        func token(_ text: String, _ kind: TokenKind = .word) -> Token {
            Token(text: text, kind: kind, page: 1, bbox: Rect(x0: 0, y0: 0, x1: 1, y1: 1), size: 11,
                  range: TextRange(start: 0, end: 1))
        }
        func line(_ tokens: [Token]) -> Line {
            Line(tokens: tokens, page: 1, bbox: Rect(x0: 0, y0: 0, x1: 1, y1: 1), baseline: 1, bodySize: 11)
        }
        #expect(TokenText.edgeBytes(of: [line([token("a"), token("")])]) == nil)
        #expect(TokenText.edgeBytes(of: [line([token(""), token("a")])]) == nil)
        #expect(TokenText.edgeBytes(of: []) == nil)
        #expect(TokenText.edgeBytes(of: [line([])]) == nil)
        let (first, last) = TokenText.edgeBytes(of: [line([token("1", .superscript), token("ab")]), line([token("c:"), token("2", .superscript)])])!
        #expect(first == 0x61 && last == 0x3A)
    }
}
