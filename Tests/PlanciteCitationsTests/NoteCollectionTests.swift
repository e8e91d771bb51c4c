import PlanciteCitations
import Foundation
import PlanciteCore
import Testing

@Suite struct EndnoteSections {
    @Test(arguments: ["Endnotes", "Notes", "References", "End Notes", "ENDNOTES:"])
    func headedSection(title: String) {
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often.^{1} Lakes do not.^{2}")
        builder.heading(title)
        builder.paragraph("1 Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011), 33.")
        builder.paragraph("2 Ibid., 45.")
        builder.heading("Appendix")
        builder.paragraph("3 tables follow below.")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.map(\.id) == ["note-1", "note-2"])
        #expect(set.notes.map(\.kind) == [.reference, .ibid])
        #expect(set.notes[1].antecedent == "note-1")
        #expect(set.notes[1].pinpoint == "45")
        #expect(set.notes.map(\.citedBy) == [["marker-1"], ["marker-2"]])
        #expect(set.notes.allSatisfy { !$0.isFootnote })
        #expect(set.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("1.", "2."),
        ("^{1}", "^{2}"),
        ("i.", "ii."),
        ("*", "†"),
    ])
    func labelForms(first: String, second: String) {
        let labels = [first, second].map { $0.filter { !".^{}".contains($0) } }
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often.^{\(labels[0])} Lakes do not.^{\(labels[1])}")
        builder.heading("Notes")
        builder.paragraph("\(first) Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011).")
        builder.paragraph("\(second) Tom Berg, Lakes and Ponds (Boston: Shore Press, 2013).")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.map(\.label) == labels)
        #expect(set.markers.map(\.note) == labels.map { "note-\($0)" })
        #expect(set.references.count == 2)
    }

    @Test func listItemsAndMultiLineNotes() {
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often.^{1} Lakes do not.^{2}")
        builder.heading("Endnotes")
        builder.listItem("Jane Doe, Rivers of the Plain\n(Chicago: Lakeside Press, 2011).", marker: "1.")
        builder.listItem("2. Tom Berg, Lakes and Ponds,\nhttps://lakes.example.org/\nponds.html.", marker: "2.")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.map(\.text) == [
            "Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011).",
            "Tom Berg, Lakes and Ponds, https://lakes.example.org/ ponds.html.",
        ])
        #expect(set.notes[1].urls == ["https://lakes.example.org/ponds.html"])
    }

    @Test func notesMergedIntoOneBlockAreSplitInSequence() {
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often.^{1} Lakes do not.^{2}")
        builder.heading("Notes")
        builder.paragraph("1 Jane Doe, Rivers of the Plain, a study of\n12 counties (Chicago: Lakeside Press, 2011).\n2 Ibid.")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.map(\.label) == ["1", "2"])
        #expect(set.notes[0].text.hasSuffix("a study of 12 counties (Chicago: Lakeside Press, 2011)."))
    }

    @Test func labelsGluedToTheFirstWord() {
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often.^{1} Lakes do not.^{2} Hills erode.^{4}")
        builder.heading("Notes")
        builder.paragraph("1.Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011).\n2.Ibid., 5.\n4.Tom Berg, Lakes (Boston: Shore Press, 2013).")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.map(\.label) == ["1", "2", "4"])
        #expect(set.notes[1].text == "Ibid., 5.")
        #expect(set.diagnostics.map(\.code) == ["numbering-gap"])
    }

    @Test func noteSplitByPageBreak() {
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often.^{1} Lakes do not.^{2}")
        builder.heading("Endnotes")
        builder.paragraph("1 Jane Doe, Rivers of the Plain (Chicago:")
        builder.newPage()
        builder.paragraph("Lakeside Press, 2011), 33.")
        builder.paragraph("2 Ibid.")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.map(\.text) == ["Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011), 33.", "Ibid."])
        #expect(set.notes[0].page == 1)
        #expect(set.references.first?.publisher == "Lakeside Press")
    }

    @Test func chaptersRestartNumbering() {
        var builder = LayoutBuilder()
        builder.heading("Chapter One")
        builder.paragraph("Rivers flood often.^{1} Lakes do not.^{2}")
        builder.heading("Chapter Two")
        builder.paragraph("Hills erode.^{1} Valleys fill.^{2}")
        builder.heading("Notes")
        builder.heading("Chapter One", level: 2)
        builder.paragraph("1 Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011).")
        builder.paragraph("2 Tom Berg, Lakes and Ponds (Boston: Shore Press, 2013).")
        builder.heading("Chapter Two", level: 2)
        builder.paragraph("1 Ana Ruiz, Hills (Denver: Hill Press, 2015).")
        builder.paragraph("2 Ibid., 4.")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.map(\.id) == ["note-1", "note-2", "note-1-1", "note-1-2"])
        #expect(set.notes.map(\.series) == [0, 0, 1, 1])
        #expect(set.markers.map(\.note) == ["note-1", "note-2", "note-1-1", "note-1-2"])
        #expect(set.notes[3].antecedent == "note-1-1")
        #expect(set.diagnostics.isEmpty)
    }
}

@Suite struct UnheadedNotes {
    @Test func newsletterRunAtTheEnd() {
        var builder = LayoutBuilder()
        builder.paragraph("Our county adopted a water plan.^{i} It follows the state guide.^{ii} Work starts soon.^{iii}")
        builder.paragraph("Contact the office for details.")
        builder.paragraph("i County Water Board, Water Plan, www.water.example.gov/plan")
        builder.paragraph("ii Ibid.")
        builder.paragraph("iii State Office of Rivers, River Guide (2018), https://rivers.example.gov/guide.")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.map(\.label) == ["i", "ii", "iii"])
        #expect(set.notes[0].urls == ["https://www.water.example.gov/plan"])
        #expect(set.notes[1].antecedent == "note-i")
        #expect(set.markers.map(\.note) == ["note-i", "note-ii", "note-iii"])
        #expect(set.diagnostics.isEmpty)
    }

    @Test func notesInTheSameBlockAsTheLastParagraph() {
        var builder = LayoutBuilder()
        builder.paragraph("""
            Our county adopted a water plan.^{i} It follows the
            state guide.^{ii} Work starts soon.
            i County Water Board, Water Plan, www.water.example.gov/plan
            ii Ibid., 4.
            """)
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.map(\.label) == ["i", "ii"])
        #expect(set.notes[1].pinpoint == "4")
        #expect(set.markers.map(\.note) == ["note-i", "note-ii"])
        #expect(set.markers.map(\.context) == ["Our county adopted a water plan.", "It follows the state guide."])
    }

    @Test func numberedListAtTheEndIsNotANotesRun() {
        var builder = LayoutBuilder()
        builder.paragraph("The plan has three steps.")
        builder.paragraph("1. Develop a guide for counties.")
        builder.paragraph("2. Train the staff of each office.")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.isEmpty)
        #expect(set.diagnostics.isEmpty)
    }
}

@Suite struct Footnotes {
    @Test func restartingPerPage() {
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often.^{1} Lakes do not.^{2}")
        builder.footnote("^{1} Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011).")
        builder.footnote("^{2} Ibid., 4.")
        builder.newPage()
        builder.paragraph("Hills erode.^{1}")
        builder.footnote("^{1} Ibid., 9.")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.map(\.id) == ["note-1", "note-2", "note-1-1"])
        #expect(set.notes.allSatisfy { $0.isFootnote })
        #expect(set.markers.map(\.note) == ["note-1", "note-2", "note-1-1"])
        #expect(set.notes.map(\.antecedent) == [nil, "note-1", "note-1"])
        #expect(set.notes[2].pinpoint == "9")
        #expect(set.diagnostics.isEmpty)
    }

    @Test func symbolsPerPage() {
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often.^{*} Lakes do not.^{†}")
        builder.footnote("* Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011).")
        builder.footnote("† Tom Berg, Lakes and Ponds (Boston: Shore Press, 2013).")
        builder.newPage()
        builder.paragraph("Hills erode.^{*}")
        builder.footnote("* Ana Ruiz, Hills (Denver: Hill Press, 2015).")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.map(\.id) == ["note-*", "note-†", "note-1-*"])
        #expect(set.markers.map(\.note) == ["note-*", "note-†", "note-1-*"])
    }

    @Test func continuousNumberingAndSplitAcrossPages() {
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often.^{1} Lakes do not.^{2}")
        builder.footnote("1 Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011).")
        builder.footnote("2 Tom Berg, Lakes and Ponds (Boston:")
        builder.newPage()
        builder.paragraph("Hills erode.^{3}")
        builder.footnote("Shore Press, 2013), 8.")
        builder.footnote("3 Ibid., 9.")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.map(\.id) == ["note-1", "note-2", "note-3"])
        #expect(set.notes[1].text == "Tom Berg, Lakes and Ponds (Boston: Shore Press, 2013), 8.")
        #expect(set.notes[2].antecedent == "note-2")
        #expect(set.diagnostics.isEmpty)
    }

    @Test func notesBlockInTheLastPageZoneIsEndnotes() {
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often.^{1} Lakes do not.^{2}")
        builder.newPage()
        builder.paragraph("Hills erode.^{3}")
        builder.footnote("1 Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011).")
        builder.footnote("2 Ibid., 4.")
        builder.footnote("3 Ana Ruiz, Hills (Denver: Hill Press, 2015).")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.map(\.isFootnote) == [false, false, false])
        #expect(set.markers.map(\.note) == ["note-1", "note-2", "note-3"])
    }

    @Test func uncitedSmallPrintListIsNotFootnotes() {
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often.^{1}")
        builder.footnote("1 Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011).")
        builder.newPage()
        builder.paragraph("The chart lists the practices.")
        builder.footnote("11. Prioritize Data Governance")
        builder.footnote("12. Protect Data Integrity")
        builder.footnote("13. Convey Data Authenticity")
        builder.newPage()
        builder.paragraph("The end.")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.map(\.label) == ["1"])
        #expect(set.diagnostics.isEmpty)
    }

    @Test func labelsDrawnInDigitPieces() {
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often.^{113} Lakes do not.^{114} Hills erode.^{115}")
        builder.footnote("113 Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011).")
        builder.footnote("1 14 Id. at 86.")
        builder.footnote("^{1}^{15}Doe, supra note 113, at 4.")
        builder.newPage()
        builder.paragraph("The end of the text is here.")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.notes.map(\.label) == ["113", "114", "115"])
        #expect(set.notes.map(\.antecedent) == [nil, "note-113", "note-113"])
    }

    @Test func markerWhoseFootnoteFlowsToTheNextPage() {
        var builder = LayoutBuilder()
        builder.paragraph("Rivers flood often.^{1}")
        builder.newPage()
        builder.paragraph("More text here.")
        builder.footnote("1 Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011).")
        let set = CitationAnalyzer().analyze(builder.document)
        #expect(set.markers.map(\.note) == ["note-1"])
    }
}
