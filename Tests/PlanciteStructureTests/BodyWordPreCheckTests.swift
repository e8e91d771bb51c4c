import PlanciteCore
import PlanciteLayout
import Testing

@testable import PlanciteStructure

/// `OrganizationNames.mayName` refuses only texts whose normalised lines and block name no body.
@Suite struct BodyWordPreCheckTests {
    static let lines: [String] = ByteFastPathTests.nameLines + [
        "D EPARTMENT OF E NERGY", "S TATE O FFICE of Parks", "Depart\u{00AD}ment of Energy", "Ministry\u{200B} of Health",
        "B O A R D of Trade", "Office\u{2014}Agency", "The White\u{00A0}House", "WHITE HOUSE", "Offi\u{0301}ce of Art",
        "Department\u{2019}s Office", "\u{0130}nstitute of Technology", "Bureau\tof Statistics", "No body named here",
        "Council", "Serv ices Unit", "Cen tre for Arts", "\u{FF24}epartment of Ｅnergy", "\u{212A}ey Office",
        "Prepared by the Commit- tee", "Secretariat\u{FEFF} of the Board", "Plan 2024 | Goals", "W hite H ouse",
        "Office of the Director, Division of Care", "The U. S. Army Corps", "Agency \u{2022} Board",
        "Regional offices will review", "the steering committee", "xOffice of Parks", "The Xwhite House", "OFFICE",
        "oFFICE of Parks", "(Office) of Parks", "Office\u{2060} of Parks", "\u{00AD}Office of Parks", "D epartment",
    ]

    @Test(arguments: lines)
    func refusedLinesNameNoBody(line: String) {
        let normalized = TextNormalizer.normalize(line)
        if !OrganizationNames.mayName(in: [line]) {
            #expect(OrganizationNames.names(in: normalized).isEmpty)
        }
        if !OrganizationNames.names(in: normalized).isEmpty { #expect(OrganizationNames.mayName(in: [line])) }
    }

    @Test(arguments: lines)
    func blockCheckReadsTheTokensAsTheTextCheck(line: String) {
        let words = line.split(separator: " ").map(String.init)
        var tokens = words.map { ByteFastPathTests.token($0) }
        tokens.append(ByteFastPathTests.token("Office", .superscript))
        let half = tokens.count / 2
        let bbox = Rect(x0: 0, y0: 0, x1: 1, y1: 1)
        let block = Block(
            kind: .paragraph,
            lines: [Line(tokens: Array(tokens[..<half]), page: 1, bbox: bbox, baseline: 1, bodySize: 10),
                    Line(tokens: Array(tokens[half...]), page: 1, bbox: bbox, baseline: 1, bodySize: 10)],
            page: 1, bbox: bbox, range: TextRange(start: 0, end: 1))
        // The superscript is left out, as the block's text leaves it out.
        #expect(OrganizationNames.mayName(in: block) == OrganizationNames.mayName(in: words))
        if !OrganizationNames.mayName(in: block) {
            #expect(OrganizationNames.names(in: TextNormalizer.normalize(TokenText.text(of: block))).isEmpty)
        }
    }
}

/// The eight-bytes-at-a-time search for a body word finds what a search at every byte finds.
@Suite struct BodyWordSearchTests {
    static let texts: [String] = {
        var texts = BodyWordPreCheckTests.lines + [
            "", "O", "Of", "Offic", "Office", "office", "OFFICE", "whitehous", "whitehouse", "Whitehouse", "wHITEHOUSE",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxAdministratio", "ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`{|}~",
            "wwwwwwwwwwwwwwwwwwwwwwwww", "@@@@@@@@Board@@@@@@@@", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZSecretariat",
        ]
        for word in ["Agency", "Service", "white house", "Centre", "Division"] {
            for offset in 0..<17 { texts.append(String(repeating: "q", count: offset) + word + " tail") }
            for offset in 0..<9 { texts.append(String(repeating: "Q", count: offset) + word) }
        }
        return texts
    }()

    @Test(arguments: texts)
    func chunkedSearchMatchesTheSearchAtEveryByte(text: String) {
        #expect(OrganizationNames.mayName(in: [text]) == Self.containsBodyWordAtEveryByte(text))
    }

    /// The printable ASCII bytes of the text (the space left out), searched at every byte for a
    /// body word whose first byte is its capital (`w` for `whitehouse` in either case) and whose
    /// other bytes match case-blind.
    static func containsBodyWordAtEveryByte(_ text: String) -> Bool {
        let bytes = text.utf8.filter { $0 > 0x20 && $0 < 0x7F }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
        for start in bytes.indices {
            for word in OrganizationNames.bodyWords where start + word.count <= bytes.count {
                let firstMatches = word == Array("whitehouse".utf8)
                    ? lower(bytes[start]) == word[0] : bytes[start] == word[0] - 0x20
                guard firstMatches else { continue }
                if (1..<word.count).allSatisfy({ lower(bytes[start + $0]) == word[$0] }) { return true }
            }
        }
        return false
    }
}
