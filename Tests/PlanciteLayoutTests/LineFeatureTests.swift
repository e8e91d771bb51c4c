import PlanciteCore
import Testing

@testable import PlanciteLayout

/// List markers, TOC entries and page numbers recognised from a line's tokens.
@Suite struct LineFeatureTests {
    static func token(_ text: String, font: String = "DejaVuSerif") -> Token {
        Token(text: text, page: 1, bbox: .zero, size: 11, font: font, range: TextRange(start: 0, end: 0))
    }

    static func line(_ words: String, font: String = "DejaVuSerif") -> Line {
        Line(tokens: words.split(separator: " ").map { token(String($0), font: font) },
             page: 1, bbox: .zero, baseline: 0, bodySize: 11)
    }

    @Test(arguments: ["1.", "1)", "(1)", "1.1", "1.1.1", "12.", "a.", "a)", "(b)", "i.", "iv)", "A."])
    func numberMarkers(_ text: String) {
        #expect(LineFeatures.isNumberMarker(text))
    }

    @Test(arguments: ["2021", "1", "plan.", "U.S.", "1,000", "ab.", "iiii.", "1.1.1.1.1"])
    func notNumberMarkers(_ text: String) {
        #expect(!LineFeatures.isNumberMarker(text))
    }

    @Test(arguments: [
        ("• First item", "DejaVuSerif"), ("▪ First", "DejaVuSerif"), ("■ First", "DejaVuSerif"),
        ("– First", "DejaVuSerif"), ("o First", "DejaVuSerif"), ("n First", "Wingdings-Regular"),
        ("l First", "Symbol"), ("\u{F0B7} First", "Symbol"),
    ])
    func bullets(_ words: String, _ font: String) {
        var line = Self.line(words)
        line.tokens[0].font = font
        #expect(LineFeatures.marker(of: line) == .bullet)
    }

    @Test func symbolLettersInATextFontAreWords() {
        #expect(LineFeatures.marker(of: Self.line("n items")) == nil)
        #expect(LineFeatures.marker(of: Self.line("•")) == nil)
    }

    @Test(arguments: [("1.First", "1."), ("1.1.Objective", "1.1."), ("a)Plan", "a)")])
    func gluedMarkers(_ text: String, _ marker: String) {
        #expect(LineFeatures.gluedNumberMarker(Self.token(text)) == marker)
        let split = LineFeatures.splittingGluedMarker(Self.line(text + " more"))
        #expect(split.tokens.map(\.text).prefix(2) == [marker, String(text.dropFirst(marker.count))])
    }

    @Test(arguments: [
        ("Goal 1: Align Efforts ........ 5", true),
        ("Introduction . . . . . . 1", true),
        ("Looking Ahead . . . . xii", true),
        ("Goal 1: Align Efforts 5", false),
        ("Contents", false),
        ("Wait for it...", false),
    ])
    func tocEntries(_ words: String, _ expected: Bool) {
        #expect(LineFeatures.isTOCEntry(Self.line(words)) == expected)
    }

    @Test func leadersAreStripped() {
        let line = LineFeatures.strippingLeaders(Self.line("Goal 1: Align Efforts........ . . . 5"))
        #expect(Block.render(line.tokens, superscripts: .omit) == "Goal 1: Align Efforts 5")
    }

    @Test(arguments: [
        ("12", true), ("xiv", true), ("Page 3", true), ("page 3 of 9", true), ("- 3 -", true), ("(iv)", true),
        ("Goal 3", false), ("2021 Action Plan", false), ("12345", false),
    ])
    func pageNumbers(_ text: String, _ expected: Bool) {
        #expect(FurnitureDetector.isPageNumber(text) == expected)
    }

    @Test(arguments: [
        ("Strategic Plan 2024 | 7", "strategic plan # | #"), ("Page iv", "page #"), ("Chapter 12: Goals", "chapter #: goals"),
    ])
    func furnitureKeys(_ text: String, _ key: String) {
        #expect(FurnitureDetector.key(text) == key)
    }
}
