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
}
