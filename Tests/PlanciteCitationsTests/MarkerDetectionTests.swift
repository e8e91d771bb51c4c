import PlanciteCitations
import PlanciteCore
import Testing

/// A document with one body paragraph and endnotes for the given labels.
private func analyze(_ body: String, notes: [String]) -> CitationSet {
    var builder = LayoutBuilder()
    builder.paragraph(body)
    builder.heading("Endnotes")
    for label in notes { builder.paragraph("\(label) Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011), \(notes.firstIndex(of: label)! + 1).") }
    return CitationAnalyzer().analyze(builder.document)
}

@Suite struct SuperscriptMarkers {
    @Test(arguments: [
        ("Rivers flood often.^{1} Lakes do not.^{2}", ["1", "2"]),
        ("Rivers flood often.^{i} Lakes do not.^{ii}", ["i", "ii"]),
        ("Rivers flood often.^{*} Lakes do not.^{†}", ["*", "†"]),
        ("Rivers flood often.^{1,2} Lakes do not.", ["1", "2"]),
        ("Rivers flood often.^{1–3} Lakes do not.", ["1", "2", "3"]),
        ("Rivers flood often.^{xl} Lakes do not.", ["xl"]),
    ])
    func labels(body: String, expected: [String]) {
        let set = analyze(body, notes: expected)
        #expect(set.markers.map(\.label) == expected)
        #expect(set.markers.map(\.note) == expected.map { "note-\($0)" })
        #expect(set.markers.map(\.ordinal) == Array(1...expected.count))
        #expect(set.markers.map(\.style) == expected.map { _ in .superscript })
    }

    @Test(arguments: [
        "The area grew by 10^^{2} acres in the 24^{th} year.",
        "Values such as x^^{2} and 1000^{m} are math.",
        "A trademark^{TM} and an ordinal 3^{rd} are not notes.",
        "Too large^{1000} or zero^{0} or not roman^{iiii}.",
    ])
    func nonMarkers(body: String) {
        let set = analyze(body, notes: [])
        #expect(set.markers.isEmpty)
    }

    @Test func raisedLabelAfterAYearIsAMarker() {
        let set = analyze("The pilot ran in three states in 2023^^{1} and in 10^^{2} counties.", notes: ["1"])
        #expect(set.markers.map(\.label) == ["1"])
        #expect(set.markers.first?.note == "note-1")
    }

    @Test func contextLeavesMarkersOut() throws {
        let set = analyze("Farms use water. Rivers^{1} flood often in spring.^{2} Lakes do not.", notes: ["1", "2"])
        #expect(set.markers.map(\.context) == ["Rivers flood often in spring.", "Rivers flood often in spring."])
    }

    @Test func contextSpansAbbreviations() throws {
        let set = analyze("The U.S. Department of Rivers wrote a plan in 2019.^{1} It failed.", notes: ["1"])
        #expect(set.markers.first?.context == "The U.S. Department of Rivers wrote a plan in 2019.")
    }

    @Test func anchorIsTheTokenStart() throws {
        var builder = LayoutBuilder()
        builder.paragraph("Water.^{1}")
        builder.paragraph("1 Note text, 2010.")
        let document = builder.document
        let token = try #require(document.pages[0].body[0].tokens.first { $0.kind == .superscript })
        let set = CitationAnalyzer().analyze(document)
        #expect(set.markers.first?.anchor == TextAnchor(page: 1, offset: token.range.start))
        #expect(set.markers.first?.bbox == token.bbox)
    }
}

@Suite struct BracketMarkers {
    @Test func consistentBracketsAreMarkers() {
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often [1]. Lakes do not[2], and ponds dry up [3].")
        builder.heading("References")
        builder.paragraph("[1] Jane Doe, Rivers (Chicago: Lakeside, 2011).")
        builder.paragraph("[2] Tom Berg, Lakes (Boston: Shore Press, 2013).")
        builder.paragraph("[3] Ana Ruiz, Ponds (Denver: Hill Press, 2015).")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.markers.map(\.label) == ["1", "2", "3"])
        #expect(set.markers.map(\.style) == [.bracket, .bracket, .bracket])
        #expect(set.markers.map(\.note) == ["note-1", "note-2", "note-3"])
        #expect(set.markers.first?.context == "Rivers flood often.")
    }

    @Test(arguments: [
        "See https://example.org/a[1]/b and https://example.org/c[2] for arrays.",
        "Let a[1]=4 and a[2]=5 be given.",
        "A single [1] is not consistent use.",
    ])
    func notMarkers(body: String) {
        var builder = LayoutBuilder()
        builder.paragraph(body)
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.markers.isEmpty)
    }

    @Test func superscriptDocumentsIgnoreBrackets() {
        let set = analyze("Rivers[1] flood.^{1} Lakes[2] dry.^{2} Ponds.^{3}", notes: ["1", "2", "3"])
        #expect(set.markers.map(\.style) == [.superscript, .superscript, .superscript])
    }
}

@Suite struct TitlePageMarkers {
    @Test func unlinkedAffiliationMarkersAreDropped() {
        var builder = LayoutBuilder()
        builder.heading("River Plan^{*}")
        builder.paragraph("Jane Doe^{1} and Tom Berg^{2}")
        builder.paragraph("This plan explains how the county will manage water in the coming years and why.^{1}")
        builder.heading("Notes")
        builder.paragraph("1 County Water Board, Annual Water Report (2019).")
        let set = CitationAnalyzer().analyze(builder.document)
        // The affiliation "1" on the short author line links to note 1; "2" and "*" have no note and are dropped.
        #expect(set.markers.map(\.label) == ["1", "1"])
        #expect(!set.diagnostics.contains { $0.code == "dangling-marker" })
    }

    @Test func unlinkedBodyMarkersAreKept() {
        var options = CitationOptions()
        options.dropUnlinkedTitleMarkers = false
        var builder = LayoutBuilder()
        builder.paragraph("Jane Doe^{2}")
        let set = CitationAnalyzer(options: options).analyze(builder.document)
        #expect(set.markers.map(\.label) == ["2"])
        #expect(set.diagnostics.map(\.code) == ["dangling-marker"])
    }
}

/// A block's characters are written into storage sized from its text range and grown line by line
/// when the range is short: the markers and their contexts do not depend on that estimate.
@Suite struct MarkerTextStorage {
    @Test(arguments: [
        ("Farms use water in every season of the year.\nThe board wrote a plan for the river basin^{1} in 2019.\nLakes do not flood.^{2} Dr. Roe agreed in 2021^^{3} with it.",
         "The board wrote a plan for the river basin in 2019."),
        ("Farms use water in every season of the year.\nThe Café Board’s plan for the river basin^{1} failed in 2019.\nLakes do not flood.^{2} Dr. Núñez agreed.",
         "The Café Board’s plan for the river basin failed in 2019."),
        ("A^{1}\nB\nC^{2}", "A B C"),
    ])
    func contextsIgnoreTheRangeEstimate(body: String, firstContext: String) {
        var builder = LayoutBuilder()
        builder.paragraph(body)
        builder.heading("Endnotes")
        for label in ["1", "2", "3"] { builder.paragraph("\(label) Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011), 4.") }
        let document = builder.document
        var shortRange = document
        shortRange.pages[0].body[0].range = TextRange(start: 0, end: 0)
        let expected = CitationAnalyzer().analyze(document)
        let found = CitationAnalyzer().analyze(shortRange)
        #expect(expected.markers.first?.context == firstContext)
        #expect(found.markers.map(\.context) == expected.markers.map(\.context))
        #expect(found.markers.map(\.label) == expected.markers.map(\.label))
    }
}
