import PlanciteCore
import Testing

@testable import PlanciteLayout

/// Footnote zones over several pages whose note numbers are not in page order.
@Suite struct FootnoteOrderRoundTripTests {
    /// Notes 1 and 3 on page 1, notes 2 and 4 on page 2: each page's markers cite its notes.
    static let crossedNumbering = """
        # Section One

        The survey team counted every open well in the district.^{1} Each count was checked against \
        the permit list held by the county office.^{3}

        @footnote 1 Counts were taken on foot between March and May.
        @footnote 3 The permit list was the one current on the first day of the survey.
        @newpage
        The second team repeated the count a year later.^{2} Its totals were within two wells of \
        the first count in every township.^{4}

        @footnote 2 The second team did not see the first team's sheets.
        @footnote 4 Two townships were merged between the counts and are reported together.
        """

    @Test func notesNumberedBelowThePreviousPageAreStillNotes() throws {
        let layout = try FixturePipeline.layout(Self.crossedNumbering)
        #expect(layout.pages.map { $0.footnotes.map(\.listMarker) } == [["1", "3"], ["2", "4"]])
        #expect(!layout.pages[1].body.contains { $0.text.contains("did not see") })
    }

    /// A numbered list set in small type after note 3, going back to 2, with no markers citing it.
    static let smallTypeListGoingBack = """
        # Section One

        The survey team counted every open well in the district.^{1} Each count was checked against \
        the permit list held by the county office.^{2} A third check used aerial photographs.^{3}

        @footnote 1 Counts were taken on foot between March and May.
        @footnote 2 The permit list was the one current on the first day of the survey.
        @footnote 3 Photographs were from the most recent state flight.
        @newpage
        The second team repeated the count a year later and kept short remarks at the foot of the page.

        @size 8
        2. Remarks on wells that were capped during the year between counts.
        3. Remarks on wells that changed owners and were listed twice.
        """

    @Test func aListGoingBackWithoutMarkersStaysBodyText() throws {
        let layout = try FixturePipeline.layout(Self.smallTypeListGoingBack)
        #expect(layout.pages[0].footnotes.map(\.listMarker) == ["1", "2", "3"])
        #expect(layout.pages[1].footnotes.isEmpty)
    }
}

@Suite struct CitedNumbersTests {
    static func line(_ tokens: [(String, TokenKind)]) -> Line {
        var x = 72.0
        let made = tokens.map { text, kind in
            defer { x += 30 }
            return Token(
                text: text, kind: kind, page: 1, bbox: Rect(x0: x, y0: 100, x1: x + 25, y1: 110), size: 11,
                range: TextRange(start: 0, end: text.unicodeScalars.count))
        }
        return Line(tokens: made, page: 1, bbox: Rect.union(made.map(\.bbox)), baseline: 108, bodySize: 11)
    }

    @Test(arguments: [
        ([96, 98], [("a", TokenKind.word), ("96", .superscript), ("b", .word), ("98", .superscript)], true),
        ([96, 98], [("a", .word), ("96", .superscript), ("98", .word)], false),
        ([3, 4], [("a", .word), ("3,4", .superscript)], true),
        ([5, 6, 7], [("a", .word), ("5–7", .superscript)], false),
        ([], [("a", .word), ("1", .superscript)], false),
    ])
    func everyNumberNeedsAMarker(numbers: [Int], tokens: [(String, TokenKind)], expected: Bool) {
        #expect(PageAssembler.allCited(numbers, byMarkersIn: [Self.line(tokens)], outside: []) == expected)
    }

    @Test func excludedLinesDoNotCite() {
        let lines = [Self.line([("a", .word), ("9", .superscript)])]
        #expect(!PageAssembler.allCited([9], byMarkersIn: lines, outside: [0]))
    }
}

/// Markers set side by side (`^{4}^{5}`) come out of extraction as one run.
@Suite struct JoinedMarkerRoundTripTests {
    static let markup = """
        # Section Two

        The pumps at the east plant were replaced in the spring.^{4}^{5} The old pumps were sold \
        for parts, and the sale paid for the new seals.^{6}

        @footnote 4 The replacement followed the failure of two pumps in one week.
        @footnote 5 The plant ran on its reserve pump for nine days.
        @footnote 6 The sale was recorded in the plant's annual accounts.
        """

    @Test func joinedMarkersBecomeOneTokenPerNote() throws {
        let page = try FixturePipeline.layout(Self.markup).pages[0]
        #expect(page.footnotes.compactMap(\.listMarker).sorted() == ["4", "5", "6"])
        let markers = page.body.flatMap(\.tokens).filter { $0.kind == .superscript }
        #expect(markers.map(\.text) == ["4", "5", "6"])
        #expect(markers[0].bbox.x1 <= markers[1].bbox.x0 + 0.01)
        #expect(markers[0].range.end == markers[1].range.start)
        #expect(!markers[1].spaceBefore)
    }

    @Test(arguments: [
        ("4567", [45, 67], ["45", "67"]),
        ("8182", [81, 82], ["81", "82"]),
        ("370371", [370, 371], ["370", "371"]),
        ("12", [1, 2, 12], ["12"]),
        ("21", [1, 2], ["21"]),
        ("8182", [81], ["8182"]),
    ])
    func splitsOnlyIntoIncreasingLabels(text: String, labels: [Int], expected: [String]) {
        let token = Token(
            text: text, kind: .superscript, page: 1, bbox: Rect(x0: 100, y0: 90, x1: 100 + 4 * Double(text.count), y1: 96),
            size: 6.6, range: TextRange(start: 10, end: 10 + text.count), spaceBefore: false)
        let line = Line(tokens: [token], page: 1, bbox: token.bbox, baseline: 96, bodySize: 11)
        #expect(JoinedMarkers.split(line, labels: Set(labels)).tokens.map(\.text) == expected)
    }
}
