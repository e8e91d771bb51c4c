import Testing
@testable import PlanciteCitations

/// Splitting a note's bytes gives the words and spans of the split scalar by scalar.
@Suite struct TokenizeFromBytes {
    @Test(arguments: [
        "See Doe, “Plan,” 12–14 (2019).", "  lead and trail  ", "tab\tline\nfeed\u{0B}v\u{0C}f\rcr", "a\u{7F}b \u{1F}c\u{1C} d",
        "\u{00A0}nbsp\u{2003}em\u{2028}ls\u{200B}zw", "Über e\u{301}tude ＰＬＡＮ \u{1F600}x", "", " ", "x", "a\r\nb",
        "https://example.org/a_b?c=d#e ~`{|}^ !", "\u{85}next\u{3000}ideo",
    ])
    func sameAsScalars(text: String) {
        let fromBytes = NoteToken.tokenize(text)
        let fromScalars = NoteToken.tokenize(scalarsOf: text)
        #expect(fromBytes.map(\.text) == fromScalars.map(\.text))
        #expect(fromBytes.map(\.span) == fromScalars.map(\.span))
        #expect(fromBytes.map(\.core) == fromScalars.map(\.core))
    }
}
