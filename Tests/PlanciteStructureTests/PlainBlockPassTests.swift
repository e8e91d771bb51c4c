import Foundation
import PlanciteCore
import PlanciteLayout
import Testing

@testable import PlanciteStructure

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
        "Goal", "goal", "GOAL", "Goal:", "Goals", "Go", "G", "Objective", "Object", "Strategy", "strategic", "Strat",
        "Sub-goal", "Sub", "Pillar", "Priority", "Prio", "Program", "Action", "Act", "Actions", "Initiative", "In",
        "Milestone", "The", "This", "Clean", "Develop", "3.1", "(a)", "\"Goal\"", "#1", "Go\u{0301}al", "G\u{00F6}al",
        "T\u{0301}", "\u{212A}elvin", "Zone", "Way", "Us", "x", "@", "~", "{", "`", "Grant", "State", "Outreach",
    ]

    @Test(arguments: words)
    func firstTokenCheckMatchesTheParse(word: String) {
        let terms = Vocabulary.TermIndex.of(.default)
        guard !terms.mayMatchStart(beginningWith: word) else { return }
        // A text whose first word starts with the token, as normalising may extend it.
        for text in [word, word + " 1: Title", word + " 1.1 Title", word + "al 1: Title", word + "oal 2 Title",
                     word + "-goal 3: Title", word + "egy 4. Title", word + "\u{0301} 5: Title"] {
            #expect(HeadingParser.parse(text, terms: terms, strict: false) == nil)
            #expect(HeadingParser.parse(text, terms: terms, strict: true) == nil)
        }
    }

    @Test func firstTokenCheckRefusesOnlyWordsNoFirstWordStartsWith() {
        let terms = Vocabulary.TermIndex.of(.default)
        let firstWords = (Vocabulary.default.goal + Vocabulary.default.objective + Vocabulary.default.action)
            .map { $0.lowercased().split(separator: " ")[0] }
        for word in Self.words {
            let printable = word.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
            let starts = firstWords.contains { $0.hasPrefix(word.lowercased()) }
            #expect(terms.mayMatchStart(beginningWith: word) == (!printable || starts))
        }
        let other = Vocabulary.TermIndex.of(Vocabulary(goal: ["\u{00C9}tape"]))
        #expect(other.mayMatchStart(beginningWith: "xyz"))
    }

    @Test(arguments: ["contents", "Contents", "CONTENTS", "C", "cont", "Table", "TABLE", "tab", "T", "t"])
    func contentsPrefixesAreCaught(word: String) {
        #expect(StructureWalker.beginsCaseBlind("contents", with: word) || StructureWalker.beginsCaseBlind("table", with: word))
    }

    @Test(arguments: ["The", "Tables", "Contentsx", "x", "Con-", "Tab."])
    func otherWordsAreNoContentsPrefix(word: String) {
        #expect(!StructureWalker.beginsCaseBlind("contents", with: word) && !StructureWalker.beginsCaseBlind("table", with: word))
    }

    @Test(arguments: sketches)
    func edgesAreThoseOfTheText(sketch: String) {
        for block in LayoutSketch.document(sketch).bodyBlocks {
            let text = TokenText.text(of: block)
            guard let (firstToken, last) = TokenText.edges(of: block.lines) else { continue }
            #expect(text.hasPrefix(firstToken) && text.utf8.starts(with: firstToken.utf8))
            #expect(text.utf8.last == last)
        }
    }

    @Test func edgesAreNilWhenAnEdgeTokenIsEmpty() {
        func token(_ text: String, _ kind: TokenKind = .word) -> Token {
            Token(text: text, kind: kind, page: 1, bbox: Rect(x0: 0, y0: 0, x1: 1, y1: 1), size: 11,
                  range: TextRange(start: 0, end: 1))
        }
        func line(_ tokens: [Token]) -> Line {
            Line(tokens: tokens, page: 1, bbox: Rect(x0: 0, y0: 0, x1: 1, y1: 1), baseline: 1, bodySize: 11)
        }
        #expect(TokenText.edges(of: [line([token("a"), token("")])]) == nil)
        #expect(TokenText.edges(of: [line([token(""), token("a")])]) == nil)
        #expect(TokenText.edges(of: []) == nil)
        #expect(TokenText.edges(of: [line([])]) == nil)
        let (firstToken, last) = TokenText.edges(
            of: [line([token("1", .superscript), token("ab")]), line([token("c:"), token("2", .superscript)])])!
        #expect(firstToken == "ab" && last == 0x3A)
    }
}
