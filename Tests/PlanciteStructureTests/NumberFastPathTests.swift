import Testing

@testable import PlanciteStructure

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
