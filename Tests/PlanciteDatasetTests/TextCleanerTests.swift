@testable import PlanciteDataset
import Testing

/// The byte-level path for ASCII text cleans exactly as the `Character` path does.
@Suite struct TextCleanerTests {
    /// The definition: white space (any Unicode white space) collapsed to one space, ends trimmed.
    private func reference(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: [
        "", " ", "plain text", "  leading", "trailing  ", "inner   runs\tand\ttabs", "line\r\nbreaks\n\n", "\u{b}\u{c}form",
        "unit\u{1f}separator", "no\u{a0}break space", "em\u{2003}space and\u{3000}ideographic", " naïve  café ", "e\u{301} \u{301}",
        "a", " a ", "a b", "a  b", "a\u{85}b", "plans\u{2019} “aims” \u{2014} a\u{2009}b", " \u{301}x", "x \u{301} y", "\r\n\u{301}é\r\n",
        "\u{1F1FA}\u{1F1F8} flag  👍🏽 ok", "ก ำ", "\u{600} 1", "tab\t\u{a0}\tmix ", "\u{2028}line\u{2029}",
    ])
    func cleansLikeTheDefinition(text: String) {
        #expect(TextCleaner.clean(text) == reference(text))
    }

    @Test func emptyResultIsNil() {
        #expect(TextCleaner.clean(Optional(" \t ")) == nil)
        #expect(TextCleaner.clean(Optional(" x ")) == "x")
    }
}
