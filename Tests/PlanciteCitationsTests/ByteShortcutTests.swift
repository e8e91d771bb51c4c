import Foundation
import PlanciteCore
@testable import PlanciteCitations
import Testing

// Helpers of the note parsers that read UTF-8 bytes, each compared with the character-by-character
// rule it shortcuts (written out here) on text where bytes and characters could part: curly quotes,
// combining marks, CR LF, the Kelvin sign and dotted İ (lowercased to ASCII or to two scalars),
// fullwidth letters, ligatures and Unicode white space.

private let awkwardWords = [
    "", "plain", "Plan.", "Plan.”", "“Plan,”", "(Plan)", "Plan)", "f(x))", "[a]]", "x]).", "end.'", "O’Brien’",
    "e\u{301}.", ".\u{301}", "”\u{301}", ")\u{301}", "Plan\r\n.", "a.\r\n", "\u{212A}elvin.", "İstanbul,", "ﬁnal;",
    "Ｐｌａｎ．", "…", "—", "x>", "“", "’", ".,;:", "((x)", "a)b)", "Café.", "naïve,”",
]

@Suite struct TrailingPunctuationFromBytes {
    /// The rule by `Character`s.
    static func reference(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last {
            if ".,;:”\"’'>".contains(last) {
                result = result.dropLast()
            } else if last == ")" && result.filter({ $0 == "(" }).count < result.filter({ $0 == ")" }).count {
                result = result.dropLast()
            } else if last == "]" && result.filter({ $0 == "[" }).count < result.filter({ $0 == "]" }).count {
                result = result.dropLast()
            } else {
                break
            }
        }
        return String(result)
    }

    @Test(arguments: awkwardWords)
    func trimmed(word: String) {
        #expect(word.trimmingTrailingPunctuation() == TrailingPunctuationFromBytes.reference(word))
    }
}

@Suite struct URLTestsFromBytes {
    static func startsLikeURLReference(_ raw: String) -> Bool {
        let lower = raw.lowercased()
        if lower.hasPrefix("www.") && lower.count > 4 { return true }
        for scheme in ["https", "http", "ftp"] where lower.hasPrefix(scheme) {
            let rest = lower.dropFirst(scheme.count)
            if let next = rest.first, next == ":" || next == "/" { return true }
        }
        return false
    }

    @Test(arguments: [
        "www.x", "WWW.", "www.", "Www.\r\n", "https:", "HTTP/", "ftp:x", "Ftpx", "httpsx", "http", "Working", "H",
        "hTtPs://a.b", "\u{212A}ttp:", "https\u{301}:", "ｗｗｗ.x", "Ｈttp:", "Fİle", "w", "wwwx.", "http:\r\n",
    ])
    func startsLikeURL(raw: String) {
        #expect(URLScanner.startsLikeURL(raw) == URLTestsFromBytes.startsLikeURLReference(raw))
    }

    @Test(arguments: [
        "https://www.example.gov/a/b", "HTTP://Example.ORG", "ftp://files.example.net/x", "ftps://x.org", "htt://x.org",
        "://x.org", "www.example.org/path?q=1#f", "example.gov", "https://x.y1", "https://a..b.org", "https://a.b.org:80/x",
        "https://a.b.org:/x", "a.b.org:8080", "http://a.b.org/\tx", "http://a.b.org/<x>", "http://a\"b.org", "https://-a.org",
        "https://a.b.org?x=1", "https://a.b.org#top", "www.x", "Https://X.Org/", "http//x.org", "https://x.org.", "https:///x.org",
        "https://café.org", "https://a.b.org/\r\n", "x.o", "1.2.3.4", "https://a.b.co/é",
    ])
    func normalised(candidate: String) {
        let expected = ASCIIBytes.contains(candidate, byte: 0x2E) && !(candidate.contains(" ") && candidate.isASCII)
            ? URLScanner.normaliseByCharacters(candidate) : nil
        #expect(URLScanner.normalise(candidate) == expected)
    }
}

@Suite struct WordsFromBytes {
    @Test(arguments: [
        "Jane Doe", "Jane Doe and John Roe", " and John", "Jane  Doe  ", "   ", "", "Doe and", "Smith andrews",
        "Office of Field Operations", "Jane Doe and", "A and B and C", "Doe\tJr.",
    ])
    func lastWordOfFirstPerson(author: String) {
        let expected = author.components(separatedBy: " and ").first?.split(separator: " ").last
        #expect(CitationResolver.lastWordOfFirstPerson(ascii: author) == expected)
    }

    @Test(arguments: ["Jane Doe", "José Núñez and Ana Ruiz", "O’Brien, Mary", "Doe\u{301}", "\u{212A}elvin Roe"])
    func surnameOfNonASCII(author: String) {
        let last = author.components(separatedBy: " and ").first?.split(separator: " ").last
        #expect(CitationResolver.surname(author) == last.map { CitationResolver.folded(String($0)) })
    }

    @Test(arguments: [
        "", "  march 2019", "accessed may", "one", "  ", "a b", "\r\n x", "naïve plan", "e\u{301}tude x", "ﬁrst x",
    ])
    func firstWord(text: String) {
        #expect(ReferenceParser.firstWord(of: text) == (text.split(separator: " ").first ?? ""))
    }

    @Test(arguments: [
        "annual report 2019", "the plan", "strategic planning", "fact-sheet", "", "reports", "roadmap:review",
        "évaluation", "re\u{301}view", "plan\u{301}", "ﬁnal report", "study", "a", "strategy’s", "REPORT",
        "plan", "x plan", "assessments review", "plan.", "(audit)", "evaluation", "frameworks",
    ])
    func reportWords(title: String) {
        let expected = !ReferenceParser.letterRuns(in: title).isDisjoint(with: ReferenceParser.reportWords)
        #expect(ReferenceParser.hasReportWord(in: title) == expected)
    }

    @Test func accessWordsAndMonthsPassTheirByteTests() {
        for word in ReferenceParser.accessWords { #expect(ReferenceParser.mayBeAccessWord(word)) }
        for word in ReferenceParser.months.keys { #expect(ReferenceParser.mayBeMonth(word)) }
    }

    @Test(arguments: [
        ("He said “yes” then", "“"), ("no quote", "“"), ("a”b“c", "“"), ("e\u{301}“x", "“"), ("x : y", ":"),
        ("(a: b)", ":"), ("naïve ’s", "’"), ("—", "—"), ("x—", "—"),
    ] as [(String, Unicode.Scalar)])
    func scalarSearch(text: String, scalar: Unicode.Scalar) {
        let simple = ASCIIBytes.isGraphemeSimple(text)
        #expect(text[...].firstIndex(ofScalar: scalar, simple: simple) == text.firstIndex(of: Character(scalar)))
    }
}

@Suite struct TokenCoresFromBytes {
    @Test(arguments: [
        "See “Plan,” (2019), at 4.", "Ibid.\u{00A0}at 45.", "Café Society’s report, 12.", "e\u{301}tude İstanbul \u{212A}elvin",
        "A\r\nB  (C)  [D].", "ＰＬＡＮ ﬁnal", "x\u{2003}“y”\u{85}z", "(“Quoted”). ‘Single’ “Plan,” AGENCY’S “”",
    ])
    func coresMatchTheWordRule(note: String) {
        for token in NoteToken.tokenize(note) {
            #expect(token.core == NoteToken(text: token.text, span: token.span).core)
        }
    }

    @Test(arguments: [
        "“Plan”,", "‘x’", "AGENCY’S", "'’Mixed’'", "“”", "—", "A–B", "(“Quoted”).", "x…", "Über", "e\u{301}", "İ", "“",
        "”.", "‘’", "a\u{2030}b", "\u{2028}", "[“A”]", "’", "x\u{2027}", "\u{205E}Z", "\u{205F}", "\u{2009}",
    ])
    func punctuatedWords(word: String) {
        var copy = word
        let fromBytes = copy.withUTF8 { NoteToken.core(ofPunctuated: $0) }
        let isPunctuated = word.unicodeScalars.allSatisfy { $0.isASCII || ASCIIBytes.isPunctuation($0) }
        #expect(fromBytes == (isPunctuated ? NoteToken.core(ofPunctuated: word) : nil))
    }
}

@Suite struct LabelWordsFromBytes {
    /// The rule of `NoteLabel.init?(_:)` by `Character`s.
    static func reference(_ text: String) -> NoteLabel? {
        guard !text.isEmpty, text.count <= 4 else { return nil }
        if text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) {
            guard text.first != "0", let number = Int(text), (1...999).contains(number) else { return nil }
            return NoteLabel.label(style: .arabic, value: number)
        } else if text.allSatisfy({ "ivxl".contains($0) }) {
            guard let number = RomanNumeral.value(of: text), (1...40).contains(number) else { return nil }
            return NoteLabel.label(style: .roman, value: number)
        } else if let first = text.first, let index = NoteLabel.symbols.firstIndex(of: first),
            text.count <= 3, text.allSatisfy({ $0 == first })
        {
            return NoteLabel.label(style: .symbol, value: index + 1 + NoteLabel.symbols.count * (text.count - 1))
        } else if text == "||" {
            return NoteLabel.label(style: .symbol, value: 5)
        }
        return nil
    }

    @Test(arguments: [
        "i", "iv", "xl", "xli", "ivxl", "l", "lx", "iiii", "vv", "xxxx", "ix.", "I", "*", "**", "***", "****", "*a",
        "||", "|", "|||", "a", "Jane", "1a", "x1", "", " ", "\r\n", "i\r\n", "12", "0", "†", "††", "i\u{301}", "‖",
    ])
    func label(text: String) {
        #expect(NoteLabel(text) == LabelWordsFromBytes.reference(text))
    }
}

@Suite struct SourceKeysFromBytes {
    static func bareURLReference(_ url: String) -> String {
        var bare = url.lowercased()
        for prefix in ["https://", "http://", "ftp://"] where bare.hasPrefix(prefix) { bare.removeFirst(prefix.count) }
        if bare.hasPrefix("www.") { bare.removeFirst(4) }
        while bare.hasSuffix("/") { bare.removeLast() }
        return bare
    }

    @Test(arguments: [
        "https://www.Example.gov/a/", "HTTP://x.org//", "ftp://www.x.org", "https://http://x.org", "www.x.org", "x.org",
        "https:///", "/", "", "https://WWW.", "http://ftp://x", "Www.X.Org/A",
    ])
    func bareURL(url: String) {
        #expect(ReferenceParser.bareURL(oneCharacterPerByte: url) == SourceKeysFromBytes.bareURLReference(url))
    }

    @Test(arguments: ["Plain Title 2019", "A-B: C's (D)", "", "ÀB", "\u{212A}elvin", "İs", "ﬁnal", "x\r\ny", "ＡＢ1"])
    func simplified(title: String) {
        let lower = title.lowercased()
        let expected = lower.isASCII
            ? String(decoding: lower.utf8.filter { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) }, as: UTF8.self)
            : lower.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(String.init).joined()
        #expect(ReferenceParser.simplified(title) == expected)
    }

    @Test(arguments: [
        ("accessed may 3", "accessed"), ("access", "accessed"), ("retrieved", "retrieved"), ("accessed\u{301}", "accessed"),
        ("Accessed", "accessed"), ("", "accessed"), ("retrieved\r\n", "retrieved"),
    ] as [(String, StaticString)])
    func hasPrefix(text: String, prefix: StaticString) {
        #expect(ReferenceParser.hasPrefix(text, prefix) == text.hasPrefix("\(prefix)"))
    }
}

@Suite struct SegmentBodies {
    /// A text is its tokens' joined text exactly when `isJoinedBySingleSpaces` says so.
    @Test(arguments: [
        "Jane Doe, Plains (2010).", "Jane  Doe", "Jane\tDoe", "Jane\nDoe", "Jane\u{00A0}Doe", "“Plan,” Office", "x",
        "Jane Doe\r\n", "e\u{301} x", "a\u{2003}b",
    ])
    func body(text: String) {
        let tokens = NoteToken.tokenize(text)
        let joined = ReferenceParser.joined(tokens)
        if ReferenceParser.isJoinedBySingleSpaces(text, tokens) { #expect(joined == text) }
        #expect(ReferenceParser.isJoinedBySingleSpaces(text, tokens) == (joined.utf8.elementsEqual(text.utf8) && !text.utf8.contains { $0 &- 0x09 < 5 }))
    }
}

@Suite struct URLCandidateBytes {
    /// A token the byte test skips is one the scan takes nothing from.
    @Test(arguments: [
        "Office", "(2019),", "“Plan”", "‘www", "(http:", "<https://x>", "[Ftp", "http", "10.1234/abc", "doi:10.1000/xyz",
        "example.gov", "no.", "x\u{301}www", "(\u{301}www", "“\u{301}http:", "€http:", "HTTPS:", "wx", "",
    ])
    func skipped(token: String) {
        let scan = URLScanner.scan(NoteToken.tokenize(token))
        if !URLScanner.mayStartURLOrDOI(token) {
            #expect(scan.consumed.isEmpty && scan.urls.isEmpty && scan.malformed.isEmpty && scan.dois.isEmpty)
        }
    }
}

@Suite struct TrimmedPieces {
    @Test(arguments: [
        "Jane Doe,  Plains , (Chicago: Press, 2010) ,", " a ,\tb\t, ,", "x,\u{00A0}y\u{00A0},\u{2003}z", "“a, b,” c, d",
        "é , ü,ç", "a,\u{301}b, c\u{301} ", "", ",", "Doe, “Rivers,” 12–14, ’x’ ,", "a\r\n, b", " “Plan,” a, b —",
        "a ,“b”\u{2003}, \u{2028}c\u{205F}, \u{3000}d", "— x —, …",
    ])
    func pieces(text: String) {
        #expect(ReferenceParser.trimmedPieces(of: text, at: 0x2C) == ReferenceParser.splitTopLevel(text, at: ",").map { $0.trimmingSpaces() })
    }
}

@Suite struct QuotedTitles {
    /// The rule by `Character`s.
    static func reference(_ text: String) -> [String]? {
        for (open, close) in [("“", "”"), ("\"", "\"")] as [(Character, Character)] {
            guard let start = text.firstIndex(of: open) else { continue }
            let afterOpen = text.index(after: start)
            guard let end = text[afterOpen...].firstIndex(of: close) else { continue }
            let title = String(text[afterOpen..<end]).trimmingTrailingPunctuation()
            guard title.count >= 2 else { continue }
            return [String(text[..<start]), title, String(text[text.index(after: end)...])]
        }
        return nil
    }

    @Test(arguments: [
        "Office, “Plan,” Paper 3.", "Doe, \"Plan,\" x", "“a” then \"bb\"", "“”x", "“x”", "no quote", "“open only",
        "Doe, “Plán,” Jóurnal", "“e\u{301}tude,” x", "“\r\nab”\r\n", "A “b” “cc” d", "“ab”\u{301} rest", "\"a\"\"bc\"",
    ])
    func title(text: String) {
        let found = ReferenceParser.quotedTitle(in: text).map { [$0.prefix, $0.title, $0.rest] }
        #expect(found == QuotedTitles.reference(text))
    }
}

@Suite struct GluedLabelCuts {
    /// Pieces of a line after note `label`: a glued `N.Word` continuing the numbering opens a note.
    @Test(arguments: [
        ("see guide.7.Accessibility plan", 6, ["-|see guide.", "7|Accessibility plan"]),
        ("x /briefs/07. 4.Rural areas", 3, ["-|x /briefs/07.", "4|Rural areas"]),
        ("Working Paper no. 34 (2009), 240.", 5, ["-|Working Paper no. 34 (2009), 240."]),
        ("12.Ibid. at 4", 11, ["-|12.Ibid. at 4"]),
        ("a 12.Ibid. at 4", 11, ["-|a", "12|Ibid. at 4"]),
        ("a 12.“Quoted” b", 11, ["-|a", "12|“Quoted” b"]),
        ("a 12.\"Quoted\" b", 11, ["-|a", "12|\"Quoted\" b"]),
        ("a 25.Ibid.", 11, ["-|a 25.Ibid."]),
        ("a 12.ibid.", 11, ["-|a 12.ibid."]),
        ("a 12.Éire b", 11, ["-|a", "12|Éire b"]),
        ("a 12.éire b", 11, ["-|a 12.éire b"]),
        ("  a 3.(Doe) 4.Roe", 2, ["-|a", "3|(Doe)", "4|Roe"]),
        ("x 2019.Report 12.Plan", 11, ["-|x 2019.Report", "12|Plan"]),
        ("No. 5. Then 12.Plan here.", 11, ["-|No. 5. Then", "12|Plan here."]),
        ("1.2.3 x. y. 13.Z", 11, ["-|1.2.3 x. y.", "13|Z"]),
        ("many. periods. but. no. label.", 11, ["-|many. periods. but. no. label."]),
    ] as [(String, Int, [String])])
    func pieces(text: String, label: Int, expected: [String]) throws {
        let current = try #require(NoteLabel.label(style: .arabic, value: label))
        let pieces = NoteSegmenter.gluedPieces(text, after: current).map { "\($0.label?.text ?? "-")|\($0.text)" }
        #expect(pieces == expected)
    }
}

@Suite struct LabelFirstBytes {
    @Test(arguments: [
        "", "1", "1.", "12)", "[3]", "(4)", "iv.", "xl", "l", "v:", "*", "**", "||", "|", "†", "‡.", "¶¶", "a", "Agency",
        "Ibid.", "İ", "\u{212A}", "K", "e\u{301}", "i\u{301}", "1\u{301}", "*\u{301}", "\r\n", "\u{FF11}", "１", "ⅳ",
        ";", "\u{37E}", "`", "\u{1FEF}", "Ⅰ", "x\r\n", "[", "[]", "[ii]", "See", "9999", "0", "01",
    ])
    func normalisingAgreesWithTheFullRule(word: String) {
        #expect(NoteLabel.normalising(word) == NoteLabel.normalisingInFull(word))
        #expect(NoteLabel.normalising(word[...]) == NoteLabel.normalisingInFull(word[...]))
    }
}
