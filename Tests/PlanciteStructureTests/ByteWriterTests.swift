import Testing

@testable import PlanciteStructure

/// Text written byte by byte (scalar mapping, number labels) equals the text the scalar and
/// integer conversions they replace write.
@Suite struct ByteWriterTests {
    static let texts: [String] = ByteFastPathTests.texts + FastPathTests.texts + [
        "\u{2018}a\u{2019} \u{201C}b\u{201D} \u{201A}\u{201B}\u{2032}\u{2033}\u{201E}\u{201F}",
        "x\u{00AD}y\u{200B}z\u{FEFF}", "\u{2015}dash\u{2015}", "\u{2002}\u{2003}\u{2009}\u{200A}\u{202F}\u{00A0}|",
        "\t\n\r\r\n", "\u{1F600} emoji \u{1F1FA}\u{1F1F8}", "\u{0800}\u{FFFF}\u{10000}\u{10FFFF}", "\u{07FF}\u{0080}",
        "e\u{0301}\u{2019}", "",
    ]

    @Test(arguments: texts)
    func byteMappingMatchesScalarMapping(text: String) {
        #expect(TextNormalizer.mapScalars(text) == TextNormalizer.mapScalarsOneByOne(text))
    }

    @Test(arguments: [[], [0], [3], [1, 2], [10, 99, 100, 999, 1000, 9999], [10_000], [-1, 2], [12, 0, 7], [Int.max]])
    func labelTextMatchesJoinedNumbers(components: [Int]) {
        #expect(NumberLabel.text(of: components) == components.map(String.init).joined(separator: "."))
        #expect(NumberLabel(components: components).text == components.map(String.init).joined(separator: "."))
    }

    /// A byte of each kind the normality check looks at, at every place of a text longer than
    /// two chunks of eight bytes.
    static let placedTexts: [String] = {
        let base = Array("Plain words here, nothing else to do".utf8)
        var texts: [String] = []
        for inserted in [" ", "  ", "\t", "(", " ,", "A ", "\u{00E9}", "\u{0001}", "\u{007F}", ". B.", " -A B"] {
            for place in stride(from: 0, through: base.count, by: 1) {
                texts.append(String(decoding: base[..<place], as: UTF8.self) + inserted
                    + String(decoding: base[place...], as: UTF8.self))
            }
        }
        return texts
    }()

    @Test func normalityCheckReadsEveryPlaceAsEveryPass() {
        for text in Self.placedTexts {
            let untouched = TextNormalizer.asciiTidiness(text) == .tidy && !TextNormalizer.mayHaveSpacedInitials(text)
                && !TextNormalizer.mayHaveLetterSpacing(text)
            #expect(TextNormalizer.isNormalASCII(text) == untouched, "\(text)")
            #expect(TextNormalizer.normalize(text) == FastPathTests.reference(text))
        }
    }
}
