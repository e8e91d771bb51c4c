import PlanciteCore
import PlanciteLayout
import Testing

@testable import PlanciteStructure

/// The byte-level reads of numbered items, agency lists and line ends give what the character-level
/// reads they shortcut give, and leave text that is not ASCII to them.
@Suite struct ASCIIParserPathTests {
    static let itemTexts: [String] = [
        "3.1 Develop a guide (DOJ, HHS)", "  3.1.2: Build the thing", "3.1 — Build", "3.1 - Build", "3.1 : Build",
        "3.1) Build", "3.1: - ) Build", "3.1 build", "3 Build", "3. Build", "1000.1 Build", "3.1000 Build",
        "3.1", "3.1   ", "3.1 \"Quoted\"", "3.1 'Quoted'", "3.1 42 things", "3.1 (DOJ)", "3.1.Build", "03.01 Build",
        "3.1 \u{00C9}tablir", "3.1 E\u{0301}tablir", "3.1 \u{2013} Build", "3.1\u{00A0}Build", "\u{2003}3.1 Build",
        "3.1\r\nBuild", "3.1 B\u{0301}", "3.1 B", "3.1 b", "3..1 Build", "3.1. Build", "3.1:: Build", ".1 Build",
        "\u{0663}.1 Build", "3.1 -- Build", "3.1 \t Build more", "3.1 :Build", "3.1x Build", "", " ",
    ]

    @Test(arguments: itemTexts)
    func asciiItemsMatchTheWordCursor(text: String) {
        var parser = NumberedItemParser(text)
        let reference = parser.parse()
        switch NumberedItemParser.asciiRead(text, marker: nil) {
        case .item(let item): #expect(item == reference)
        case .noItem: #expect(reference == nil)
        case .notASCII: #expect(text.utf8.contains { $0 >= 0x80 })
        }
        #expect(NumberedItemParser.parse(text) == reference)
    }

    @Test(arguments: ["3.1", "3.1:", "3.1)", "3", "a.", "\u{2022}", "3.1\r", "", "12.3.4."])
    func asciiItemsWithAMarkerMatchTheWordCursor(marker: String) {
        for text in ["Build a thing", "- Build", "build", "\u{00C9}tablir", "", "3.1 Build"] {
            var parser = NumberedItemParser(text, marker: marker)
            let reference = parser.parse()
            switch NumberedItemParser.asciiRead(text, marker: marker) {
            case .item(let item): #expect(item == reference)
            case .noItem: #expect(reference == nil)
            case .notASCII: #expect((text + marker).utf8.contains { $0 >= 0x80 || $0 == 0x0D })
            }
            #expect(NumberedItemParser.parse(text, marker: marker) == reference)
        }
    }

    static let agencyTexts: [String] = [
        "DOJ, HHS", "Lead: DOJ; HHS", "Lead agency: Department of Labor and HHS", "Lead Agency: Lead: DOJ",
        "Responsible party: Office of Water", "Owner: EPA / DOE & USDA", "DOJ and HHS", "DOJ and  and HHS",
        " and DOJ", "and DOJ", "Department of State and Justice", "DOJ,, HHS;;", "  ", "", "DOJ 2026", "Counties 2026 2027",
        "Board  of  Trade 2025", "DOJ\tand HHS", "and ", "Agencies and and", "DOJ\r\nHHS", "Caf\u{00E9} Office, DOJ",
        "DOJ \u{2022} HHS", "EPA and DOE and USDA", "Lead:DOJ", "Lead:  DOJ and", "1999", "2024 and DOJ",
    ]

    @Test(arguments: agencyTexts)
    func asciiNamesMatchTheCharacterSplit(text: String) {
        if let names = AgencyParser.asciiSplitNames(text) {
            #expect(names == AgencyParser.characterSplitNames(text))
        } else {
            #expect(text.utf8.contains { $0 >= 0x80 || $0 == 0x0D })
        }
        #expect(AgencyParser.splitNames(text) == AgencyParser.characterSplitNames(text))
    }

    @Test(arguments: ByteFastPathTests.tokenLines + [
        [ByteFastPathTests.token("end."), ByteFastPathTests.token("\u{037E}", space: false)],
        [ByteFastPathTests.token("a\r\n")], [ByteFastPathTests.token("x\u{0301}")], [ByteFastPathTests.token("ok?")],
    ])
    func lastASCIICharacterIsTheLastCharacter(tokens: [Token]) {
        let last = Block.render(tokens, superscripts: .omit).last
        if let byte = TokenText.lastASCIICharacter(of: tokens) {
            #expect(last == Character(Unicode.Scalar(byte)))
        } else {
            #expect(last == nil || last!.utf8.count > 1 || last!.utf8.first! >= 0x80)
        }
    }

    @Test(arguments: ["1.", "a)", "\u{2022}", "3.1", ";", "K", "1\r", "•", "12"])
    func asciiMarkerPrefixMatchesCharacterPrefix(marker: String) {
        for text in [marker + " Build", marker, marker + "\u{0301} x", marker + "\nX", "x " + marker, "\u{037E} x",
                     "\u{212A} x", marker + "\u{00E9}", String(marker.dropLast()), marker + marker, ""] {
            if let length = StructureWalker.asciiPrefixLength(marker, of: text) {
                #expect(text.hasPrefix(marker))
                #expect(String(text.dropFirst(marker.count)) == String(text.utf8.dropFirst(length))!)
            }
            #expect(StructureWalker.splitMarker(text, marker: marker).0
                == (text.hasPrefix(marker) ? text.dropFirst(marker.count).trimmingSpaces() : text))
        }
    }

    @Test(arguments: ByteFastPathTests.texts)
    func searchesWithKnownASCIIMatchFoundation(text: String) {
        for pattern in [": ", ". ", "x", "\u{00E9}"] {
            #expect(TextScan.firstRange(of: pattern, in: text, isASCII: text.isASCII) == text.range(of: pattern))
            #expect(TextScan.firstRange(of: pattern, in: text, from: text.startIndex, isASCII: text.isASCII)
                == text.range(of: pattern, range: text.startIndex..<text.endIndex))
        }
    }

    @Test(arguments: [[1, 2], [1, 2, 3], [10, 0, 7], [3], [1000, 20], [0, 0]])
    func parentTextIsTheTextUpToTheLastDot(components: [Int]) {
        let number = NumberLabel(components: components)
        let dot = number.text.utf8.lastIndex(of: 0x2E)
        #expect(number.parent?.text == dot.map { String(number.text[..<$0]) })
    }

    @Test(arguments: ["3", "1.2", "1.2..", "0.0", "3\r\n", "3.\r\n", "12345", "1.23456", "3 ", "1.2.3.4.5", "7\u{0301}", "9.99999"])
    func numberLabelsFromSubstringsMatchTheDigitReference(text: String) {
        #expect(NumberLabel.parse(text) == NumberFastPathTests.referenceDigits(text))
        let padded = "x" + text + "y"
        let inner = padded.dropFirst().dropLast()
        #expect(NumberLabel.parse(inner) == NumberFastPathTests.referenceDigits(String(inner)))
    }

    @Test(arguments: [":", ".", "|", "\u{25A0}", "\u{25AA}", "\u{2022}", "\u{2014}", "\u{2013}", "-", ")", "::", "\u{2014}x", "ab", "", "abcd"])
    func separatorCheckMatchesTheSet(word: String) {
        #expect(HeadingParser.isSeparator(word) == HeadingParser.separators.contains(word))
    }

    @Test func halfOfTheLinesShowLeadersAsCounted() {
        let bbox = Rect(x0: 0, y0: 0, x1: 1, y1: 1)
        let leader = ByteFastPathTests.tokenLines[10]
        let plain = ByteFastPathTests.tokenLines[1]
        for pattern in ["", "L", "P", "LP", "PL", "PPL", "LPP", "LLP", "PPPLL", "LLLPPP", "PPPPPL", "LPLPLP", "PPPPPPPPLL"] {
            let lines = pattern.map {
                Line(tokens: $0 == "L" ? leader : plain, page: 1, bbox: bbox, baseline: 1, bodySize: 10)
            }
            let count = StructureWalker.leaderLineCount(lines)
            #expect(StructureWalker.halfShowLeaders(lines) == (count > 0 && count * 2 >= max(lines.count, 1)), "\(pattern)")
        }
    }

    @Test(arguments: [
        "Develop a guide (DOJ, HHS)", "Develop a guide (DOJ, HHS).", "Develop a guide  (DOJ) ;", "Guide (see below)",
        "Guide (DOJ (HHS))", "Guide (2024)", "(DOJ)", "(DOJ).", "Guide.(DOJ)", "Guide. (DOJ).", "Guide (DOJ", "Guide DOJ)",
        "Guide ()", "", ".", "Guide (Lead: DOJ; HHS and EPA)", "Guide\r\n(DOJ)", "Guide (DOJ)\r\n.", "Caf\u{00E9} (DOJ)",
        "Guide (Caf\u{00E9} Office)", "Guide (DOJ) extra", "Guide ((DOJ)", "Guide (DOJ))", "  (DOJ)  ", "Guide (DOJ) . ;",
    ])
    func asciiTrailingAgenciesMatchTheCharacterSplit(text: String) {
        let reference = AgencyParser.characterSplitTrailing(text)
        if let split = AgencyParser.asciiSplitTrailing(text) {
            #expect(split.text == reference.text)
            #expect(split.agencies == reference.agencies)
        } else {
            #expect(text.utf8.contains { $0 >= 0x80 })
        }
        #expect(AgencyParser.splitTrailing(text).text == reference.text)
    }

    @Test(arguments: ByteFastPathTests.texts + [
        "\u{2022} Goal 1: Safe Water", "\u{2022}   Objective 2", "\u{2022}\tAction 3", "\u{2022} Develop a plan",
        "1. Goal 2", "- Strategy\u{00A0}", "\u{2022} \u{00A0}Goal 1", "\u{2022} Goal\u{00A0}", "\u{2022}\nGoal 4",
    ])
    func termStartOfTheTextAfterAMarkerReadsAsOfTheTrimmedBody(text: String) {
        let terms = Vocabulary.TermIndex(.default)
        for skip in 0...min(3, text.utf8.count) {
            let index = text.utf8.index(text.startIndex, offsetBy: skip)
            guard index.samePosition(in: text.unicodeScalars) != nil else { continue }
            let rest = text[index...]
            #expect(terms.mayMatchStart(of: rest) == terms.mayMatchStart(of: String(rest)))
            if !terms.mayMatchStart(of: rest) { #expect(!terms.mayMatchStart(of: rest.trimmingSpaces())) }
        }
    }
}
