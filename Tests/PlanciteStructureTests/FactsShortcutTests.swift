import Testing

@testable import PlanciteStructure

/// The byte-level reads of the title and period checks give what the character-level code gives.
@Suite struct FactsShortcutTests {
    static let texts: [String] = [
        "", "MARCH 2023", "FY 2025\u{2013}2029", "Safe Water Action Plan", "A Plan", "ab cd ef", "abc", "abc def",
        "  abc   def  ", "a1b2c3 xyz", "caf\u{00E9} bar baz", "\u{00E9}t\u{00E9} \u{00E9}t\u{00E9}", "x\r\nabc def",
        "abc\u{0301} def", "2021 Action Plan", "Plan 2020 2021", "Plan 1899 and 2100", "\u{0663}\u{0660}\u{0662}\u{0661} Plan",
        "Plan 20211", "Year 2024-2028 Plan", "FY24-28", "Plan for 2030.", "2030/2031", "ABC DEF GHI",
    ]

    @Test(arguments: texts)
    func wordCountCheckMatchesTheSplit(text: String) {
        for (words, letters) in [(2, 3), (1, 1), (3, 2)] {
            let reference = text.split(separator: " ").filter { $0.filter(\.isLetter).count >= letters }.count >= words
            #expect(TextScan.hasWords(text, atLeast: words, withLetters: letters) == reference)
        }
    }

    @Test(arguments: texts)
    func singleYearMatchesTheCharacterSplit(text: String) {
        let years = text.split(whereSeparator: { !$0.isNumber }).compactMap { part -> Int? in
            guard part.count == 4, let value = Int(part), (1900...2099).contains(value) else { return nil }
            return value
        }
        let reference = years.count == 1 && PeriodParser.find(in: text) == nil ? years[0] : nil
        #expect(PeriodParser.singleYear(in: text) == reference)
        #expect(PeriodParser.singleYear(in: text, hasRange: PeriodParser.find(in: text) != nil) == reference)
    }

    static let periodTexts: [String] = texts + [
        "2013-2017", "2013 - 17", "FY24-28", "fy 24 - 28", "FY2024-FY2028", "2020 to 2025", "2020 TO 2025", "2020 through 2030",
        "2020 Through  2030", "2018-23-51", "2018-2023a", "2030-2020", "1990-2030", "1899-1900", "2099-2100", "FY 24-28",
        "xFY24-28", "24-28", "Plan 2024-2028 and 2029-2030", "2024-", "2024 to", "2024 -- 2026", "12024-2026", "2024-20266",
        "Fy24 to fy26", "2024 - FY 2026", "FY\t24-28", "FYs 2024-2026", "2024-2026.", "2024-26-", "2024 througH 2026",
    ]

    @Test(arguments: periodTexts)
    func asciiPeriodsMatchTheCharacterRead(text: String) {
        if text.hasOneCharacterPerByte {
            #expect(PeriodParser.asciiFind(Array(text.utf8)) == PeriodParser.characterFind(text))
        }
        #expect(PeriodParser.find(in: text) == PeriodParser.characterFind(text))
    }

    @Test(arguments: texts + ByteFastPathTests.texts + [
        "one two three four five six", "a b c d e f g h", "a \u{0301}b c d", "a b c \u{0301}d e f", "  a  b  ",
        "w w w w w \u{00E9}", "x\r\ny z w v",
    ])
    func cappedWordCountIsTheCountCapped(text: String) {
        for cap in [1, 2, 3, 4, 5, 26] {
            #expect(TextScan.wordCount(text, atMost: cap) == min(text.split(separator: " ").count, cap))
        }
    }
}
