import Foundation
import PlanciteCore
import PlanciteLayout
import Testing

@testable import PlanciteStructure

/// A line the block splitter passes over from its first token starts no level once read.
@Suite struct SplitLineShortcutTests {
    static let lines: [String] = PlainBlockPassTests.words.flatMap { [$0, $0 + " 1: Title", $0 + " 1.1 Title"] } + [
        "3.1 Develop a guide", "12 Things", "1. Item", "Goal 2: Clean", "S TRATEGIC O BJECTIVE 2: Title", "\u{00AD}3.1 X",
        "\u{00A0}Goal 1: X", "The goal 1: x", "Objective 1.2 Reach", "Grant 1.1 Title", "( 3.1 Title", "x 3.1 Title",
    ]

    @Test(arguments: lines)
    func passedLinesStartNoLevel(line: String) {
        let terms = Vocabulary.TermIndex.of(.default)
        let tokens = line.split(separator: " ").map { ByteFastPathTests.token(String($0)) }
        guard BlockSplitter.surelyStartsNoLevel(tokens, terms: terms) else { return }
        let text = TextNormalizer.normalize(TokenText.text(of: tokens))
        #expect(HeadingParser.parse(text, terms: terms, strict: true) == nil)
        #expect(NumberedItemParser.parse(text) == nil)
    }

    @Test func linesStartingWithATermOrADigitAreRead() {
        let terms = Vocabulary.TermIndex.of(.default)
        for line in ["Goal 1: Title", "3.1 Develop", "strategic goal 2", "\u{00E9}t\u{00E9} 1"] {
            let tokens = line.split(separator: " ").map { ByteFastPathTests.token(String($0)) }
            #expect(!BlockSplitter.surelyStartsNoLevel(tokens, terms: terms))
        }
    }
}
