import PlanciteCore
import Testing

/// `isASCII` and `hasOneCharacterPerByte` agree with the definitions they stand for.
@Suite struct ASCIITextTests {
    static let texts = [
        "", "plan", "Goal 1: Align", "a\tb\n", "line\r\nnext", "\r", "caf\u{E9}", "e\u{301}", "\u{1F1FA}\u{1F1F8}", "\u{7F}",
    ]

    @Test(arguments: texts)
    func matchTheirDefinitions(text: String) {
        #expect(text.isASCII == text.unicodeScalars.allSatisfy(\.isASCII))
        #expect(text.hasOneCharacterPerByte == (text.isASCII && !text.utf8.contains(0x0D)))
        if text.hasOneCharacterPerByte { #expect(text.count == text.utf8.count) }
        let substring = text[...]
        #expect(substring.isASCII == text.isASCII)
        #expect(substring.hasOneCharacterPerByte == text.hasOneCharacterPerByte)
    }
}
