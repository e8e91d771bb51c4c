import Foundation
import PlanciteCore
import PlanciteLayout
import Testing

@testable import PlanciteStructure

/// The byte-level forms in `TextScan`, `TokenText` and `OrganizationNames` give what the
/// `String`, `Character` and Foundation calls they stand for give, on ASCII and other text.
@Suite struct ByteFastPathTests {
    static let texts: [String] = [
        "", " ", "\t \t", "plain", "  two  words  ", "\tTabbed\t", "Goal 1: Align: Efforts. Then more. ",
        "ends with stop. ", "a.b", ". ", ": ", "Office of the CIO; Board | Council, Agency",
        "\u{00A0}no-break edges\u{00A0}", "\u{2003}em space\u{3000}", " caf\u{00E9} ", "e\u{0301} x ",
        " \u{0301}combining after a space", "mixed \u{2014} dash: here. There", "\r\nline\r\n",
        "Greek\u{037E} question", "x :\u{0301} y", "U.S. Department of the Interior. Next",
    ]

    @Test(arguments: texts)
    func trimmingMatchesFoundation(text: String) {
        #expect(TextScan.trimmingWhitespace(text) == text.trimmingCharacters(in: .whitespaces))
        let inner = text.dropFirst()
        #expect(TextScan.trimmingWhitespace(inner) == inner.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: texts + ["123", "\u{0600}1", "--", "\u{00E9}", "1\u{00E9}", "\r\n", "x\r\ny"])
    func countsAndLettersMatchCharacters(text: String) {
        #expect(TextScan.wordCount(text) == text.split(separator: " ").count)
        #expect(TextScan.characterCount(text) == text.count)
        #expect(TextScan.containsLetter(text) == text.contains(where: \.isLetter))
    }

    @Test(arguments: texts)
    func searchesMatchFoundation(text: String) {
        func offsets(_ range: Range<String.Index>?) -> [Int]? {
            range.map { [text.utf8.distance(from: text.startIndex, to: $0.lowerBound),
                         text.utf8.distance(from: text.startIndex, to: $0.upperBound)] }
        }
        for pattern in [": ", ". ", " of ", "white house", "x", ";", "", "\u{00E9}", "two  words"] {
            #expect(offsets(TextScan.firstRange(of: pattern, in: text)) == offsets(text.range(of: pattern)))
            #expect(TextScan.contains(pattern, in: text) == text.contains(pattern))
            var start = text.startIndex
            while let found = TextScan.firstRange(of: pattern, in: text, from: start) {
                #expect(offsets(found) == offsets(text.range(of: pattern, range: start..<text.endIndex)))
                start = found.upperBound
            }
            #expect(text.range(of: pattern, range: start..<text.endIndex) == nil || pattern.isEmpty)
        }
    }

    @Test func punctuationTableMatchesFoundation() {
        for byte in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(byte)
            #expect(OrganizationNames.isPunctuation(byte) == CharacterSet.punctuationCharacters.contains(scalar))
        }
    }

    static let nameLines: [String] = [
        "U.S. Department of the Interior", "Office of Water Quality | River Basin Council",
        "Prepared by the Office of Management and Budget", "By Agency for Trade; Board of Ports, Tax Service",
        "The White House", "THE WHITE HOUSE Office", "white house staff", "Department of Energy.",
        "Council: Members", "National Institute (NIH) Office", "Office, , ; Division", "Center for Care & Health",
        "Commission on Civil Rights 2024", "department of labor", "Bureau\tof Statistics", "  Padded Office  ",
        "Department of State and many other partners working in all regions of the country today",
        "\"Quoted Agency\"", "Secretariat...", "Issued by By the Ministry", "U", "Agency-wide Office",
    ]

    @Test(arguments: nameLines)
    func asciiNamesMatchCharacterNames(line: String) {
        #expect(OrganizationNames.asciiNames(in: line) == OrganizationNames.characterNames(in: line))
    }

    @Test func nonASCIILinesTakeTheCharacterPath() {
        #expect(OrganizationNames.asciiNames(in: "Office \u{2022} Council") == nil)
        #expect(OrganizationNames.names(in: "Office of Water \u{2022} River Council")
            == ["Office of Water", "River Council"])
    }

    static func token(_ text: String, _ kind: TokenKind = .word, space: Bool = true) -> Token {
        Token(
            text: text, kind: kind, page: 1, bbox: Rect(x0: 0, y0: 0, x1: 1, y1: 1), size: 10,
            range: TextRange(start: 0, end: 1), spaceBefore: space)
    }

    static let tokenLines: [[Token]] = [
        [], [token("Goal"), token("1:")], [token("Ends"), token("here"), token(".", space: false)],
        [token("Note"), token("12", .superscript)], [token(""), token("x")], [token("x"), token("")],
        [token("", space: false), token("")], [token("y"), token("\u{0301}", space: false)],
        [token("\u{0600}"), token(".", space: false)], [token("\r"), token("\n", space: false)],
        [token("Intro"), token("........"), token("5")], [token("Annex"), token(". . . ."), token("iv", .superscript)],
        [token("Summary"), token("\u{00B7}\u{00B7}\u{00B7}"), token("3")], [token("caf\u{00E9}")],
        [token("a"), token("b", .superscript), token("", space: true)], [token(";", space: false)],
    ]

    @Test(arguments: tokenLines)
    func tokenTextMatchesRendering(tokens: [Token]) {
        let line = Line(tokens: tokens, page: 1, bbox: Rect(x0: 0, y0: 0, x1: 1, y1: 1), baseline: 1, bodySize: 10)
        let block = Block(kind: .paragraph, lines: [line, line], page: 1, bbox: line.bbox, range: TextRange(start: 0, end: 1))
        #expect(TokenText.text(of: tokens) == Block.render(tokens, superscripts: .omit))
        #expect(TokenText.text(of: block) == block.text)
        #expect(TokenText.lastCharacter(of: tokens) == Block.render(tokens, superscripts: .omit).last)
        #expect(TokenText.mayHaveLeader(line) == StructureWalker.mayHaveLeader(raw: line.text))
    }

    @Test(arguments: texts + [
        "Goal 1: Safe Water", "  STRATEGIC objective 2", "\tAction\u{00A0}Item 3", "Goals and aims", "Sub-goal 4",
        "\u{2003}Goal 5", "Go\u{0301}al 6", "goal", "Pillar\u{2028}One",
    ])
    func termStartCheckRefusesOnlyTextsThatMatchNoTerm(text: String) {
        let terms = Vocabulary.TermIndex(.default)
        if !terms.mayMatchStart(of: text) {
            #expect(terms.match(SpannedWord.split(text).map(\.text)) == nil)
        }
        if terms.match(SpannedWord.split(text).map(\.text)) != nil { #expect(terms.mayMatchStart(of: text)) }
    }

    static let tidyTexts: [String] = [
        "Already tidy text, with (brackets) and: colons.", "U.S. Department", "A B C D", "x ,y", "( x", "[ y ]",
        "trailing ", " leading", "double  space", "tab\there", "", "a", "S TRATEGIC O BJECTIVE", "U. S. Army",
        "A B", "(A B) \"C D\"", "x-A y-B", "I am A", "S T", "end U. S.", "U.S. Army", "x. Y. z", "x. Y.", "A. B",
        "PUBLIC -PRIVATE", "I O T", "a. B", "one. Two.", "A", "A ", "'A 'B",
    ]

    @Test(arguments: tidyTexts + FastPathTests.texts + texts)
    func tidyTextsNormalizeAsEveryPass(text: String) {
        #expect(TextNormalizer.normalize(text) == FastPathTests.reference(text))
        if TextNormalizer.asciiTidiness(text) == .tidy { #expect(TextNormalizer.tidySpaces(text) == text) }
        let untouched = TextNormalizer.asciiTidiness(text) == .tidy && !TextNormalizer.mayHaveSpacedInitials(text)
            && !TextNormalizer.mayHaveLetterSpacing(text)
        #expect(TextNormalizer.isNormalASCII(text) == untouched)
    }
}

/// `AgencyParser` and `EchoMerger` give what they gave before their byte-level and indexed forms.
@Suite struct IndexedFormTests {
    /// `AgencyParser.splitNames` before its byte-level form.
    static func referenceSplitNames(_ text: String) -> [String] {
        var body = text.trimmingCharacters(in: .whitespaces)
        for prefix in ["Lead agency:", "Lead Agency:", "Lead:", "Responsible:", "Responsible party:", "Owner:"]
        where body.hasPrefix(prefix) {
            body = String(body.dropFirst(prefix.count))
        }
        var parts: [String] = []
        for piece in body.split(whereSeparator: { ",;/&".contains($0) }) {
            var name = piece.trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("and ") { name = String(name.dropFirst(4)) }
            if name.isEmpty { continue }
            if name.contains(" of ") || !name.contains(" and ") {
                parts.append(name)
            } else {
                parts += name.components(separatedBy: " and ").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }.filter { !$0.isEmpty }
            }
        }
        return parts.map { part in
            var words = part.split(separator: " ")
            while words.count > 1, let last = words.last, last.count == 4, Int(last).map({ $0 >= 1900 }) == true {
                words.removeLast()
            }
            return words.joined(separator: " ")
        }
    }

    @Test(arguments: [
        "DOJ, HHS", "Lead: GSA / OMB", "State and Treasury", "Department of State and Defense", "Land Trust; Counties 2026",
        "  Lead agency:  EPA  2025 2026", "2026", "Counties  2026", "and Partners & Friends", "Office\u{00A0}of Data, \u{00C9}tat",
        "A  B ,, ; C", "Caf\u{00E9} Board 1999", "", " \t ", "x and  y and z", "Owner: Team\u{2014}Lead 2030",
    ])
    func agencyNamesSplitAsBefore(text: String) {
        #expect(AgencyParser.splitNames(text) == IndexedFormTests.referenceSplitNames(text))
    }

    /// `AgencyParser.splitTrailing` before its byte-level form.
    static func referenceSplitTrailing(_ text: String) -> (text: String, agencies: [String]) {
        var body = Substring(text)
        while let last = body.last, last == " " || last == "." || last == ";" { body = body.dropLast() }
        guard body.last == ")", let open = body.lastIndex(of: "(") else { return (text, []) }
        let inside = body[body.index(after: open)..<body.index(before: body.endIndex)]
        guard !inside.contains("("), let agencies = AgencyParser.parseList(String(inside)) else { return (text, []) }
        var remaining = body[..<open]
        while let last = remaining.last, last == " " { remaining = remaining.dropLast() }
        var result = String(remaining)
        if text.hasSuffix("."), !result.hasSuffix(".") { result += "." }
        return (result, agencies)
    }

    @Test(arguments: [
        "Develop a guide (DOJ, HHS).", "Develop a guide (DOJ, HHS) ;. ", "Plan (see below)", "Nested (a (DOJ))",
        "No parenthesis.", "(EPA)", "Work  (Lead: GSA / OMB)  .", "Caf\u{00E9} work (\u{00C9}tat, DOJ).",
        "Text (DOJ)\u{0301}", "Text (\u{0301}DOJ)", ")", "(", "", "Year (2025)", "Trailing spaces (State and Treasury)   ",
    ])
    func trailingAgenciesSplitAsBefore(text: String) {
        let fast = AgencyParser.splitTrailing(text)
        let reference = IndexedFormTests.referenceSplitTrailing(text)
        #expect(fast.text == reference.text && fast.agencies == reference.agencies)
    }

    @Test(arguments: [
        "DOJ", "Department of State", "Office of the and for on in to X", "dept of State", "State dept", "2026", "1899",
        "1 2 3 4 5 6 7 8", "A B C D E F G H I", "", " Leading", "Trailing ", "Two  spaces of", "A\tb", "\u{00C9}tat",
        "Caf\u{00E9} of x", "42nd Street Office", "A & B", "x", "Z\r\nq",
    ])
    func namesReadAsBefore(part: String) {
        #expect(AgencyParser.isName(part) == AgencyParser.isCharacterName(part))
    }

    /// `EchoMerger.group` before groups were indexed by key.
    static func referenceGroup(_ occurrences: [EchoMerger.Occurrence]) -> [EchoMerger.Group] {
        var groups: [EchoMerger.Group] = []
        var representatives: [Int: EchoMerger.Occurrence] = [:]
        for occurrence in occurrences {
            if let found = groups.firstIndex(where: {
                let representative = representatives[$0.winner]!
                return $0.key == occurrence.key
                    && (EchoMerger.similar(representative.title, occurrence.title)
                        || (representative.children == 0) != (occurrence.children == 0))
            }) {
                groups[found].members.append(occurrence.index)
                let current = representatives[groups[found].winner]!
                if (occurrence.children, occurrence.length, occurrence.index)
                    > (current.children, current.length, current.index)
                {
                    groups[found].winner = occurrence.index
                    representatives[occurrence.index] = occurrence
                }
            } else {
                let ordinal = groups.filter { $0.key == occurrence.key }.count + 1
                groups.append(EchoMerger.Group(
                    key: occurrence.key, ordinal: ordinal, members: [occurrence.index], winner: occurrence.index))
                representatives[occurrence.index] = occurrence
            }
        }
        return groups
    }

    @Test(arguments: [
        "Build Regional Hubs", "  build-regional   hubs!! ", "Goal 2.1: Fund R&D", "", "x\r\ny", "CAF\u{00C9} and caf\u{00E9}",
        "\u{0130}stanbul", "a_b c1d 42",
    ])
    func echoWordsAsBefore(text: String) {
        #expect(EchoMerger.words(text)
            == text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }

    @Test func echoGroupsAsBefore() {
        let titles = ["Build hubs", "Build regional hubs", "Train staff", "", "Fund research now", "Other work entirely"]
        var occurrences: [EchoMerger.Occurrence] = []
        for index in 0..<60 {
            let title = titles[(index * 7) % titles.count]
            occurrences.append(EchoMerger.Occurrence(
                index: index, key: String(index % 5), title: title, length: title.count + index % 3,
                children: (index * 3) % 4 == 0 ? 0 : index % 3))
        }
        let grouped = EchoMerger.group(occurrences)
        let reference = IndexedFormTests.referenceGroup(occurrences)
        #expect(grouped.map(\.key) == reference.map(\.key))
        #expect(grouped.map(\.ordinal) == reference.map(\.ordinal))
        #expect(grouped.map(\.members) == reference.map(\.members))
        #expect(grouped.map(\.winner) == reference.map(\.winner))
        #expect(grouped.contains { $0.ordinal > 1 } && grouped.contains { $0.members.count > 1 })
    }
}

/// `NumberLabel` and `NumberedItemParser` read digits byte by byte as they did character by character.
@Suite struct NumberFastPathTests {
    /// The digit branch of `NumberLabel.parse` before its byte-level form.
    static func referenceDigits(_ raw: String) -> NumberLabel? {
        var text = Substring(raw)
        while let last = text.last, last == "." { text = text.dropLast() }
        guard let first = text.first, first.isASCII, first.isNumber else { return nil }
        var components: [Int] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            guard !part.isEmpty, part.count <= 4, part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(part)
            else { return nil }
            components.append(value)
        }
        return NumberLabel(components: components)
    }

    @Test(arguments: [
        "3", "1.2", "1.1.1.", "1..2", "12345", "1234.5", "0012", "3a", "3.a", "1.2.", "1.", "...", "9999.9999",
        "3\u{0301}", "1.\u{0662}", "4\u{00A0}", "1.12345", "2024-2028",
    ])
    func digitsReadAsBefore(text: String) {
        #expect(NumberLabel.parse(text) == NumberFastPathTests.referenceDigits(text))
    }

    @Test(arguments: [
        ("3.1 Develop a guide", nil), ("  3.1: Fund work", nil), ("Develop 3.1", nil), ("\u{2003}3.1 Wide space", nil),
        ("", nil), (":) 3.1 Odd", nil), ("Text after marker", "3.1"), ("Text", " 3.1"), ("Text", ""), ("Text", "a)"),
        ("\u{0663}.1 Arabic digit", nil),
    ] as [(String, String?)])
    func digitCheckRefusesOnlyTextsWithoutItems(text: String, marker: String?) {
        var parser = NumberedItemParser(text, marker: marker)
        let full = parser.parse()
        #expect(NumberedItemParser.parse(text, marker: marker) == full)
        if !NumberedItemParser.mayStartWithDigit(marker ?? text, skippingSpaces: marker == nil) { #expect(full == nil) }
    }
}
