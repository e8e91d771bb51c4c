import Testing
@testable import PlanciteCitations

/// What a token answers about its core without making it is what the core itself gives.
@Suite struct TokenCoresReadInPlace {
    static let words = [
        "plain", "Plain", "“Plan”,", "(See", "AGENCY’S", "Über.", "e\u{301}tude.", "İstanbul", "[12]", ".,;:", "A–B",
        "\u{212A}elvin", "(“Quoted”).", "2019),", "2019", "١٢٣", "12a", "(45).", "Jan.", "JANUARY", "june,", "Marches",
        "Accessed", "retrieved:", "VISITED", "viewed.", "avid", "supra", "Supra,", "op.", "cit.", "Op.Cit.", "x", "",
        "'quoted'", "\"Dec\"", "sept", "Nov\u{301}", "decade", "a\r\nb", "ＳＵＰＲＡ", "Ⅻ",
    ]

    @Test(arguments: words)
    func coreFacts(word: String) {
        let token = NoteToken(text: word, span: 0..<1)
        let core = NoteToken.core(of: word)
        #expect(token.core == core)
        #expect(token.coreUTF8Count == core.utf8.count)
        #expect(token.coreIsNumber == (!core.isEmpty && core.allSatisfy(\.isNumber)))
        #expect(ReferenceParser.mayBeMonth(token) == ReferenceParser.mayBeMonth(core))
        #expect(ReferenceParser.mayBeAccessWord(token) == ReferenceParser.mayBeAccessWord(core))
    }

    /// Tokens made from a note's bytes have the cores of tokens made one by one.
    @Test func tokenizedCores() {
        let note = Self.words.joined(separator: " ")
        for token in NoteToken.tokenize(note) {
            #expect(token.core == NoteToken.core(of: token.text))
            #expect(token.coreUTF8Count == token.core.utf8.count)
        }
    }

    @Test func coreFollowsEachNewText() {
        var token = NoteToken(text: "plan", span: 0..<4)
        for word in Self.words {
            token.text = word
            #expect(token.core == NoteToken.core(of: word))
        }
    }
}

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
