import Testing

@testable import PlanciteStructure

/// `HeadingParser.asciiParse` reads a heading as the word cursor reads it, and leaves to the
/// cursor every text it cannot read byte by byte.
@Suite struct ASCIIHeadingPathTests {
    static let texts: [String] = HeadingParserTests.accepted.map(\.text) + HeadingParserTests.refused.map(\.0) + [
        "Goal 1", "Goal 1:", "Goal 1 :", "Goal 1: Title", "Goal  1 :  Title  ", "  Goal 1: Title", "Goal 1: Title ",
        "GOAL 12. Title. Statement here.", "goal 3) Title", "Goal 3,| Title", "Goal 3| Title", "Goal 3 | - : Title",
        "Goal 3 - title in lower case", "Goal 3 title", "Goal 3 Title", "Goal", "Goal ", "Goal x", "Goal 1000: Big",
        "Goal 999: Big", "Goal 1.2.3: Deep", "Goal IV: Roman", "Goal iv: roman", "Goal Iv: Mixed", "Goal One: Word",
        "Goal twelve Title", "Goal 3.: Title", "Goal 3.. Title", "Goal 3:) Title", "Goal .3 Title", "Goal 3 . Title",
        "Strategic Goal 2: Two words", "STRATEGIC GOAL 2: TWO WORDS", "Strategic 2: One word of two", "Strategic",
        "Strategic Objective 1.1 - Title", "Strategy 4: Title", "Action Item 2.3: Title", "Action 2.3 Item: Title",
        "Action Items 2: Title", "Sub-goal 2.1: Title", "Sub goal 2.1: Title", "Initiative 5 - Title", "Pillar 3",
        "Priority 1 areas", "Milestone 5: (DOJ) text", "Objective 2: Title: Statement: more", "Goal 1:Title",
        "Goal 1: a lower title", "Goal 1. 2025 plans", "Goal 1: \"Quoted\" title", "Goal 1 ~ Title", "Goal\t1: Tab",
        "Goal 1: Caf\u{00E9}", "Go\u{0301}al 1: Mark", "Goal 1\u{00A0}Title", "Goal 1:\r\nTitle", "Goal 1: Del\u{7F}",
        "Goal 1: Title that runs on for more than twenty words so that the colon split: is not taken at all here",
        "Goal 2: Short. Then a statement.", "Goal 2: Short title here. then lower case.", "Goal 2: A.B. Title. Next",
    ]

    @Test(arguments: texts)
    func asciiPathReadsWhatTheCursorReads(text: String) {
        for vocabulary in [Vocabulary.default, Vocabulary.default.merging(Vocabulary(goal: ["Key Aim", "AIM"]))] {
            let terms = Vocabulary.TermIndex(vocabulary)
            for strict in [false, true] {
                var parser = HeadingParser(text, terms: terms)
                let reference = parser.parse(strict: strict)
                switch HeadingParser.asciiParse(text, terms: terms, strict: strict) {
                case .heading(let heading): #expect(heading == reference)
                case .noHeading: #expect(reference == nil)
                case .notASCII: #expect(text.utf8.contains { $0 < 0x20 || $0 > 0x7E })
                }
                #expect(HeadingParser.parse(text, terms: terms, strict: strict) == reference)
            }
        }
    }

    @Test func termsOutsideASCIIAreLeftToTheCursor() {
        let terms = Vocabulary.TermIndex(Vocabulary(goal: ["\u{00C9}tape", "Goal"]))
        guard case .notASCII = HeadingParser.asciiParse("Goal 1: Title", terms: terms, strict: true) else {
            Issue.record("a vocabulary with a term outside ASCII was read byte by byte")
            return
        }
    }

    @Test(arguments: texts)
    func contiguousTermStartCheckMatchesTheIndexedOne(text: String) {
        let terms = Vocabulary.TermIndex(.default)
        // A substring's bytes are contiguous too; its words are looked up as the whole text's.
        let reference = terms.match(SpannedWord.split(text).map(\.text)) != nil
        if reference { #expect(terms.mayMatchStart(of: text)) }
        if !terms.mayMatchStart(of: text) { #expect(!reference) }
        #expect(terms.mayMatchStart(of: text) == terms.mayMatchStart(of: text[...]))
    }
}

/// `HeadingParser.asciiSplitTitle` splits a printable ASCII rest as `splitTitle` does.
@Suite struct ASCIITitleSplitTests {
    static let rests: [String] = ASCIIHeadingPathTests.texts.filter { $0.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } } + [
        "", " ", "  ", ":", ": ", " : ", "Title: Statement", "Title:Statement", "Title : Statement", "Title:  Statement  ",
        "Title: ", "Title:", "Title.", "Title..", "Title...", "Title.:", "Title :. ", "A.B. Title. Next", "Abc. Def",
        "Ab. Def", "abc. def", "Abc.  Def", "Abc. 2 Def", "U.S. Army. Next", "Army.. Next", "x Army. Next part. Then",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen: x",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen. Next",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen. Next",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty: x",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone: x. Next",
        "Ab1. Next", "A1b2c. Next", "Title (x). Next", "Title. next. Then", "Title  . Next", "  Lead spaces. Next  ",
    ]

    @Test(arguments: rests)
    func asciiSplitMatchesTheStringSplit(rest: String) {
        let split = Array(rest.utf8).withUnsafeBufferPointer { HeadingParser.asciiSplitTitle($0) }
        let reference = HeadingParser.splitTitle(rest)
        #expect(split.title == reference.title)
        #expect(split.statement == reference.statement)
    }
}
