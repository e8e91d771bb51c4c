import PlanciteCitations
import PlanciteCore
import Testing

private func analyze(_ body: String, notes: [String]) -> CitationSet {
    var builder = LayoutBuilder()
    builder.paragraph(body)
    builder.heading("Endnotes")
    for note in notes { builder.paragraph(note) }
    return CitationAnalyzer().analyze(builder.document)
}

private let doe = "Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011)."
private let berg = "Tom Berg, Lakes and Ponds (Boston: Shore Press, 2013)."
private let ruiz = "Ana Ruiz, Hills (Denver: Hill Press, 2015)."

@Suite struct IntegrityDiagnostics {
    @Test func danglingMarker() throws {
        let set = analyze("Rivers flood often in the wet months.^{1} Lakes do not.^{12}", notes: ["1 " + doe])
        let diagnostic = try #require(set.diagnostics.first { $0.code == "dangling-marker" })
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.label == "12")
        #expect(diagnostic.message.contains("marker \"12\""))
        #expect(diagnostic.message.contains("add note 12 to the Endnotes"))
        #expect(set.markers[1].note == nil)
    }

    @Test func orphanNote() throws {
        let set = analyze("Rivers flood often.^{1}", notes: ["1 " + doe, "2 " + berg])
        #expect(set.diagnostics.map(\.code) == ["orphan-note"])
        #expect(set.diagnostics.first?.severity == .warning)
        #expect(set.diagnostics.first?.label == "2")
    }

    @Test func numberingGap() throws {
        let set = analyze("Rivers.^{1} Lakes.^{2} Hills.^{4}", notes: ["1 " + doe, "2 " + berg, "4 " + ruiz])
        #expect(set.diagnostics.map(\.code) == ["numbering-gap"])
        #expect(set.diagnostics.first?.severity == .error)
        #expect(set.diagnostics.first?.message.contains("note 3 is missing") == true)
    }

    @Test func outOfOrder() throws {
        let set = analyze("Rivers.^{1} Hills.^{3} Lakes.^{2}", notes: ["1 " + doe, "2 " + berg, "3 " + ruiz])
        #expect(set.diagnostics.map(\.code) == ["out-of-order"])
        #expect(set.diagnostics.first?.label == "2")
        #expect(set.diagnostics.first?.severity == .warning)
    }

    @Test func repeatedCitationIsNotOutOfOrder() {
        let set = analyze("Rivers.^{1} Lakes.^{2} Rivers again.^{1}", notes: ["1 " + doe, "2 " + berg])
        #expect(set.diagnostics.isEmpty)
    }

    @Test func duplicateLabel() throws {
        let set = analyze("Rivers.^{1} Lakes.^{2} Hills.^{3}", notes: ["1 " + doe, "2 " + berg, "2 " + ruiz, "3 Ibid."])
        #expect(set.diagnostics.map(\.code) == ["duplicate-label"])
        #expect(Set(set.notes.map(\.id)).count == set.notes.count)
    }

    @Test func malformedURLInANote() throws {
        let set = analyze("Rivers.^{1}", notes: ["1 Water Board, Report, http//water.example.gov/r."])
        #expect(set.diagnostics.map(\.code) == ["malformed-url"])
        #expect(set.diagnostics.first?.page == 1)
    }

    @Test func cleanDocumentHasNoDiagnostics() {
        let set = analyze("Rivers.^{1} Lakes.^{2}", notes: ["1 " + doe, "2 Ibid."])
        #expect(set.diagnostics.isEmpty)
    }
}
