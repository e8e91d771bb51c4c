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
        "the “plan”  — its “aims”", "“\u{301}quoted” ", " “ ” ", "\u{600}“x”", "\u{600}\u{a0}x", "“\u{200d}”", "x\u{ad} y",
        "©\u{200d}“ x", "a\u{2027}\u{2028}b", "\u{2010}\u{2011}\u{2026} …  ¿qué? ÿ\u{308}", "ok” \u{301}", "“\u{a0}”",
    ])
    func cleansLikeTheDefinition(text: String) {
        #expect(TextCleaner.clean(text) == reference(text))
        #expect(TextCleaner.cleanMixed(text) == reference(text))
    }

    /// Every character of a few kinds at every place in a short text, by the mixed path too.
    @Test(arguments: [
        " ", "\t", "\r\n", "\r", "\n", "\u{a0}", "\u{2009}", "\u{301}", "\u{200d}", "é", "e\u{301}", "ำ", "\u{600}", "👍🏽",
        "\u{1F1FA}\u{1F1F8}", "\u{7f}", "\u{1f}", "x", "“", "”", "—", "\u{2010}", "\u{2027}", "\u{2028}", "\u{200b}", "\u{ad}",
        "\u{a1}", "©", "ÿ", "“\u{301}", "\u{600}“", "“ ”",
    ])
    func cleansAnyCharacterAnywhereLikeTheDefinition(character: String) {
        let filler = " ab\tc  d\u{e9} f\r\ng "
        for position in 0...filler.count {
            for second in ["", " ", "\u{301}", "q", "\r", "”", "\u{a0}", "\u{200d}"] {
                let base = String(filler.prefix(position)) + character + second + String(filler.dropFirst(position))
                #expect(TextCleaner.clean(base) == reference(base), "\(base.debugDescription)")
                #expect(TextCleaner.cleanMixed(base) == reference(base), "\(base.debugDescription)")
            }
        }
    }

    /// Longer text, read eight bytes at a time: each kind of character at every place across words and a tail,
    /// by both paths.
    @Test(arguments: [" ", "  ", "\t", "\n", "\r\n", "\u{1}", "\u{7f}", "\u{b}", "é", "\u{a0}", "~", " x ", "x  ", "“", "\u{301}", "\u{600}", "!"])
    func cleansLongTextLikeTheDefinition(character: String) {
        for filler in ["abcdefg hijklmn opqrstu vwxyz", "abcdefghijklmnopq rstuvwxyz0123456789 end\u{e9}", "a “quoted” word, ‘and’ another — then… more text ~!"] {
            for position in 0...filler.utf8.count where filler.utf8.index(filler.utf8.startIndex, offsetBy: position).samePosition(in: filler.unicodeScalars) != nil {
                for second in ["", " ", "\t", "\u{301}", "”", "\u{7f}"] {
                    let prefix = String(filler.utf8.prefix(position))!
                    let suffix = String(filler.utf8.dropFirst(position))!
                    let text = prefix + character + second + suffix
                    #expect(TextCleaner.clean(text) == reference(text), "\(text.debugDescription)")
                    #expect(TextCleaner.cleanMixed(text) == reference(text), "\(text.debugDescription)")
                }
            }
        }
    }

    /// A list is cleaned text by text, whether none, some or all of its texts need it.
    @Test(arguments: [[], ["DOJ", "HHS"], ["DOJ", " HHS "], ["a\u{a0} b", "c"], ["  ", "x"], ["é ", "naïve"], ["same", "same "]])
    func aListIsCleanedTextByText(texts: [String]) {
        #expect(TextCleaner.clean(texts) == texts.map { reference($0) })
    }

    @Test func emptyResultIsNil() {
        #expect(TextCleaner.clean(Optional(" \t ")) == nil)
        #expect(TextCleaner.clean(Optional(" x ")) == "x")
    }
}
