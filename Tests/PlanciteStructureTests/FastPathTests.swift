import Foundation
import Testing

@testable import PlanciteStructure

/// The byte-level shortcuts of `TextNormalizer`, `WordCursor` and the contents check give the same
/// results as the full passes they skip.
@Suite struct FastPathTests {
    static let texts: [String] = [
        "S TRATEGIC O BJECTIVE 1.1: E STABLISH R EGIONAL H UBS",
        "Plain prose with A single capital and  two   spaces , then ( brackets ) .",
        "U. S. Department of Labor",
        "U.  S.-B ASED I NFRASTRUCTURE",
        "Ä. Ö. umlaut initials and É LAN V ITAL",
        "E\u{301} XAMPLE A\u{301} CCENT",
        "safety\u{2014}and speed \u{2013} both 2013\u{2013}2017",
        "(X YZ \"Q RS 'T UV",
        "  leading and trailing\t\n\r ",
        "a\u{00A0}no-break\u{2009}thin\u{200B}zero\u{00AD}soft",
        "\u{201C}Quoted\u{201D} and \u{2018}single\u{2019} \u{2015} bar",
        "I O T and A B C stay as letters?",
        "word \u{0301}combining after space ; \u{037E} greek question",
        "\u{0600}A B\u{0600} C",
        "",
        "   ",
        "Кириллица ( текст ) , и\u{00A0}ещё ; конец",
        "Greek \u{03B1}\u{03B2} \u{037E} and \u{2022} bullet ( x ) [ y ] \u{00E9}t\u{00E9} !",
        "Combining e\u{0301} ( \u{0301}x ) stays",
        "\u{00C9} LAN \u{00C9} TAT and \u{2022} bullets \u{2026} ellipsis \u{2014} dash caf\u{00E9} \u{0130} STANBUL",
        "\u{041F} \u{041B}\u{0410}\u{041D} \u{0426} \u{0415}\u{041B}\u{042C} and \u{24C2}\u{200D}\u{2194} X YZ",
    ]

    /// `normalize` before the shortcuts: every pass, unconditionally.
    static func reference(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": result.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}": result.append("\"")
            case "\u{00A0}", "\u{2002}", "\u{2003}", "\u{2009}", "\u{200A}", "\u{202F}", "\t", "\n", "\r":
                result.append(" ")
            case "\u{00AD}", "\u{200B}", "\u{FEFF}": continue
            case "\u{2015}": result.append("\u{2014}")
            default: result.unicodeScalars.append(scalar)
            }
        }
        result = TextNormalizer.normalizeDashes(result)
        result = TextNormalizer.joinInitials(result)
        result = TextNormalizer.joinLetterSpacing(result)
        return TextNormalizer.tidySpaces(result)
    }

    @Test(arguments: texts)
    func normalizeMatchesEveryPass(text: String) {
        #expect(TextNormalizer.normalize(text) == FastPathTests.reference(text))
    }

    @Test(arguments: texts)
    func asciiTidyMatchesCharacterTidy(text: String) {
        if let fast = TextNormalizer.tidyASCIISpaces(text) {
            #expect(fast == TextNormalizer.tidySpaces(text))
        }
    }

    @Test func nonASCIICapitalsStillJoin() {
        #expect(TextNormalizer.normalize("\u{00C9} LAN \u{00C9} TAT") == "\u{00C9}LAN \u{00C9}TAT")
        #expect(!TextNormalizer.mayHaveLetterSpacing("plain \u{2014} prose \u{2022} with \u{2026} marks caf\u{00E9} X"))
    }

    @Test(arguments: texts)
    func simpleTidyMatchesCharacterTidy(text: String) {
        if let fast = TextNormalizer.tidySimpleSpaces(text) {
            #expect(fast == TextNormalizer.tidySpaces(text))
        }
    }

    @Test func simpleTidyTakesCyrillicAndRefusesCombiningMarks() {
        #expect(TextNormalizer.tidySimpleSpaces("Кириллица ( текст ) , конец") == "Кириллица (текст), конец")
        #expect(TextNormalizer.tidySimpleSpaces("e\u{0301} x") == nil)
    }

    @Test(arguments: texts + ["Goal 1: Align Efforts", "3.1 Develop a guide (DOJ, HHS)", "one\u{2003}two\u{3000}three"])
    func cursorReadsTheSplitWords(text: String) {
        let all = SpannedWord.split(text)
        var cursor = WordCursor(text)
        var read: [SpannedWord] = []
        while let word = cursor.current {
            read.append(word)
            cursor.advance()
        }
        #expect(read == all)
        var fresh = WordCursor(text)
        #expect(fresh.upcomingTexts(2) == Array(all.prefix(2).map(\.text)))
    }

    @Test(arguments: [
        "Introduction ........ 5", "Annex . . . . iv", "Goal 1 \u{2026}\u{2026}\u{2026} 12", "Summary \u{00B7}\u{00B7}\u{00B7} 3",
        "Greek \u{0387}\u{0387}\u{0387} 7", "Leader........ 9\u{00A0}", "U. S. Dept. ... 2",
    ])
    func leaderLinesPassThePrecheck(line: String) {
        #expect(StructureWalker.hasLeader(TextNormalizer.normalize(line)))
        #expect(StructureWalker.mayHaveLeader(raw: line))
    }

    @Test(arguments: ["No leader here. Or here. Or there", "Ends in words... really", "A sentence. Two. Three."])
    func proseFailsThePrecheck(line: String) {
        #expect(!StructureWalker.hasLeader(TextNormalizer.normalize(line)))
        #expect(!StructureWalker.mayHaveLeader(raw: line))
    }

    /// `Vocabulary.match` before the term index: split every term on every call.
    static func referenceMatch(_ vocabulary: Vocabulary, _ words: [String]) -> Vocabulary.Match? {
        var best: Vocabulary.Match?
        for level in Vocabulary.Level.allCases {
            for term in vocabulary.terms(for: level) {
                let termWords = Vocabulary.words(of: term)
                guard !termWords.isEmpty, termWords.count <= words.count else { continue }
                let candidate = words[0..<termWords.count]
                guard zip(candidate, termWords).allSatisfy({ Vocabulary.key($0) == $1 }) else { continue }
                if best == nil || termWords.count > best!.wordCount {
                    best = Vocabulary.Match(level: level, term: candidate.joined(separator: " "), wordCount: termWords.count)
                }
            }
        }
        return best
    }

    @Test(arguments: ["STRATEGIC GOAL 2: Win", "Action Item 3.1", "Action", "Strategy for all", "Sub-goal 4", "Nothing here", ""])
    func termIndexMatchesEveryTermSplit(text: String) {
        let words = text.split(separator: " ").map(String.init)
        let vocabulary = Vocabulary.default.merging(Vocabulary(goal: ["Long  Multi Word Goal Term"], action: [""]))
        #expect(Vocabulary.TermIndex(vocabulary).match(words) == FastPathTests.referenceMatch(vocabulary, words))
        var cursor = WordCursor(text)
        let limited = cursor.upcomingTexts(Vocabulary.TermIndex(vocabulary).mostWords)
        #expect(Vocabulary.TermIndex(vocabulary).match(limited) == FastPathTests.referenceMatch(vocabulary, words))
    }
}
