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
