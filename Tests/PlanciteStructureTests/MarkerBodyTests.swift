import Foundation
import PlanciteCore
import PlanciteLayout
import Testing

@testable import PlanciteStructure

/// The body after an ASCII list marker, cut from the text's bytes, is the trimmed substring.
@Suite struct MarkerBodyTests {
    static let texts: [String] = ByteFastPathTests.texts + [
        "3.1 Develop a guide", "3.1  Two spaces", "3.1\tTab", "3.1", "3.1 ", "3.1 \u{00A0}No-break", "3.1 Ends\u{00A0}",
        "3.1 Caf\u{00E9}", "3.1 \u{2014} Dash", "a. Item.", "(a) Item \u{2003}", "1.\t \tMixed\t ",
    ]

    @Test(arguments: texts)
    func asciiBodyIsTheTrimmedRest(text: String) {
        // Every length that ends at an ASCII byte (a character boundary).
        for (length, byte) in text.utf8.enumerated() {
            guard byte < 0x80 else { break }
            let rest = text[text.utf8.index(text.startIndex, offsetBy: length)...]
            if let body = StructureWalker.asciiBody(of: text, after: length) {
                #expect(body == rest.trimmingSpaces())
                #expect(body == rest.trimmingCharacters(in: .whitespaces))
            }
        }
    }

    @Test func bodyOutsideASCIIAtAnEndIsLeftToTheTrim() {
        #expect(StructureWalker.asciiBody(of: "1. \u{00A0}x", after: 2) == nil)
        #expect(StructureWalker.asciiBody(of: "1. x\u{3000}", after: 2) == nil)
        #expect(StructureWalker.asciiBody(of: "1.  x ", after: 2) == "x")
        #expect(StructureWalker.asciiBody(of: "1.  ", after: 2) == "")
    }
}
