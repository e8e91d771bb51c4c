import Testing
@testable import PlanciteCitations

/// Years read from the words' bytes are the years read character by character.
@Suite struct YearsFromBytes {
    /// The rule: runs of exactly four ASCII digits, 1800–2099, in words not consumed, first appearance once.
    static func reference(_ tokens: [NoteToken], skipping consumed: Set<Int>) -> [Int] {
        var years: [Int] = []
        for index in tokens.indices where !consumed.contains(index) {
            NoteTextParser.appendYears(inCharacters: tokens[index].text, to: &years)
        }
        return years
    }

    @Test(arguments: [
        "Plan 2019, (2020). 1799 2100 20190 219 2019", "Report—2018 “2017” 2016–2017 2015\u{301} ２０１４ 2013é",
        "no digits here at all", "12345678 1999a b2001 x1850y", "2019 2019 2018", "", "١٩٩٩ 1999",
        "see https://x.org/2012/report 10.1000/2011 2010",
    ])
    func years(note: String) {
        let tokens = NoteToken.tokenize(note)
        let scan = URLScanner.scan(tokens)
        #expect(NoteTextParser.years(in: tokens, skipping: scan.consumed) == Self.reference(tokens, skipping: scan.consumed))
        #expect(NoteTextParser.years(in: tokens, skipping: []) == Self.reference(tokens, skipping: []))
    }

    @Test(arguments: [(2019, nil, nil), (2019, 3, nil), (2019, 3, 14), (2019, nil, 14)] as [(Int, Int?, Int?)])
    func dateParts(year: Int, month: Int?, day: Int?) {
        #expect(CSLDate(year: year, month: month, day: day).dateParts == [[year] + [month, day].compactMap { $0 }])
    }
}

/// The month pre-check from three bytes is true exactly for the first three letters of a month.
@Suite struct MonthPrefixBytes {
    @Test func everyThreeLetterPrefix() {
        let prefixes = Set(ReferenceParser.months.keys.map { Array($0.utf8.prefix(3)) })
        let letters = Array(UInt8(0x41)...UInt8(0x7A))
        for first in letters {
            for second in letters {
                for third in [UInt8(0x62), 0x63, 0x65, 0x67, 0x6C, 0x6E, 0x70, 0x72, 0x74, 0x76, 0x79, 0x4E, 0x2E] {
                    #expect(ReferenceParser.isMonthPrefix(first, second, third) == prefixes.contains([first, second, third]))
                }
            }
        }
    }
}
