import Testing
@testable import PlanciteCitations

/// Years read from the words' bytes are the years read character by character.
@Suite struct YearsFromBytes {
    /// The rule: runs of exactly four ASCII digits, 1800–2099, in words not consumed, first appearance once.
    static func reference(_ tokens: [NoteToken], skipping consumed: Set<Int>) -> [Int] {
        var years: [Int] = []
        for index in tokens.indices where !consumed.contains(index) {
            var digits = ""
            for character in tokens[index].text + " " {
                if character.isASCII && character.isNumber {
                    digits.append(character)
                    continue
                }
                if digits.count == 4, let year = Int(digits), (1800...2099).contains(year), !years.contains(year) {
                    years.append(year)
                }
                digits = ""
            }
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
