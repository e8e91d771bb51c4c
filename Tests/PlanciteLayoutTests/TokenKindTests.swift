import PlanciteCore
import Testing

@testable import PlanciteLayout

/// Superscripts, exponents, subscripts, small caps and drop caps on hand-built lines.
@Suite struct TokenKindTests {
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var before: String
        var small: String
        var smallSize: Double
        /// How far the small run's baseline is raised (negative: lowered).
        var rise: Double
        var expectedTexts: [String]
        var expectedKinds: [TokenKind]
    }

    static let cases: [Case] = [
        Case(description: "marker glued after a closing quote", before: "slavery…”", small: "ii", smallSize: 6.6, rise: 3.9,
             expectedTexts: ["slavery…”", "ii", "and"], expectedKinds: [.word, .superscript, .word]),
        Case(description: "arabic marker after a full stop", before: "offices.", small: "12", smallSize: 6.6, rise: 3.9,
             expectedTexts: ["offices.", "12", "and"], expectedKinds: [.word, .superscript, .word]),
        Case(description: "exponent after a digit", before: "10", small: "2", smallSize: 6.6, rise: 3.9,
             expectedTexts: ["10", "2", "and"], expectedKinds: [.word, .exponent, .word]),
        Case(description: "exponent after a variable", before: "x", small: "2", smallSize: 6.6, rise: 3.9,
             expectedTexts: ["x", "2", "and"], expectedKinds: [.word, .exponent, .word]),
        Case(description: "raised ordinal suffix joins its number", before: "24", small: "th", smallSize: 6.6, rise: 3.9,
             expectedTexts: ["24th", "and"], expectedKinds: [.word, .word]),
        Case(description: "small caps sit on the baseline", before: "T", small: "HE", smallSize: 8.8, rise: 0,
             expectedTexts: ["THE", "and"], expectedKinds: [.word, .word]),
        Case(description: "a larger raised run is never a superscript", before: "A", small: "BIG", smallSize: 16, rise: 3,
             expectedTexts: ["ABIG", "and"], expectedKinds: [.word, .word]),
        Case(description: "subscript below the baseline", before: "H", small: "2", smallSize: 6.6, rise: -2.5,
             expectedTexts: ["H", "2", "and"], expectedKinds: [.word, .subscript, .word]),
    ]

    @Test(arguments: cases)
    func kinds(_ testCase: Case) {
        var builder = PageBuilder()
        builder.newLine()
        var x = builder.run("Before", x: 72, baseline: 100, space: false) + 5.5
        x = builder.run(testCase.before, x: x, baseline: 100)
        x = builder.run(testCase.small, x: x, baseline: 100 - testCase.rise, size: testCase.smallSize, space: false)
        builder.run("and", x: x + 5.5, baseline: 100)
        let layout = LayoutAnalyzer().analyze(PageBuilder.document([builder.page]))
        let tokens = Array(layout.pages[0].body.flatMap(\.tokens).dropFirst())
        #expect(tokens.map(\.text) == testCase.expectedTexts)
        #expect(tokens.map(\.kind) == testCase.expectedKinds)
    }

    @Test func superscriptNeverCarriesASpace() {
        var builder = PageBuilder()
        builder.newLine()
        var x = builder.run("Plans", x: 72, baseline: 100, space: false)
        x = builder.run("3", x: x, baseline: 96, size: 6.6, space: false)
        builder.run("work.", x: x + 5.5, baseline: 100)
        let block = LayoutAnalyzer().analyze(PageBuilder.document([builder.page])).pages[0].body[0]
        #expect(block.text == "Plans work.")
        #expect(block.markedText == "Plans^3 work.")
        let marker = block.tokens[1]
        #expect(marker.kind == .superscript)
        #expect(marker.spaceBefore == false)
        #expect(marker.range == TextRange(start: 5, end: 6))
    }

    @Test func unicodeSuperscriptDigitsBecomeAMarker() {
        var builder = PageBuilder()
        builder.line("The plan¹² works", baseline: 100)
        let tokens = LayoutAnalyzer().analyze(PageBuilder.document([builder.page])).pages[0].body[0].tokens
        #expect(tokens.map(\.text) == ["The", "plan", "12", "works"])
        #expect(tokens[2].kind == .superscript)
    }

    @Test func superscriptOnALineOfItsOwnIsMerged() {
        var builder = PageBuilder()
        builder.newLine()
        let x = builder.run("history.", x: 72, baseline: 100, space: false)
        builder.newLine()  // poppler put the marker on a line of its own
        builder.run("7", x: x, baseline: 96, size: 6.6, space: false)
        let tokens = LayoutAnalyzer().analyze(PageBuilder.document([builder.page])).pages[0].body.flatMap(\.tokens)
        #expect(tokens.map(\.text) == ["history.", "7"])
        #expect(tokens.map(\.kind) == [.word, .superscript])
    }
}
