import PlanciteCitations
import PlanciteLayout
import Testing

/// Body text, so that the layout stage sees which size is the body size.
private let filler = """
    The plan sets out how the offices of the county will share work over the next five years, who
    leads each task, and how progress is measured and reported to the board and to residents. Each
    office keeps a short log of what it has done and what it still needs, and the board reads these
    logs at its spring and autumn meetings before it sets the budget for the following year.
    """

@Suite struct RenderedEndnotes {
    @Test func endnoteSectionWithIbidAndSupra() throws {
        let set = try RoundTrip.citations("""
            # County Water Plan
            The county will map every well by next spring.^{1} It will publish the map online.^{2}
            Farms near the river will get meters first.^{3} The board reviews progress each year.^{4}

            # Endnotes
            1. Jane Doe, Wells of the Valley (Denver: Hill Press, 2016), 12.

            2. Ibid., 40.

            3. County Water Board, Meter Rollout Report (2021), https://water.example.gov/meters.pdf.

            4. Doe, supra note 1, at 7.
            """)
        #expect(set.markers.map(\.label) == ["1", "2", "3", "4"])
        #expect(set.notes.map(\.id) == ["note-1", "note-2", "note-3", "note-4"])
        #expect(set.markers.map(\.note) == ["note-1", "note-2", "note-3", "note-4"])
        #expect(set.notes.map(\.kind) == [.reference, .ibid, .reference, .supra])
        #expect(set.notes.map(\.antecedent) == [nil, "note-1", nil, "note-1"])
        #expect(set.notes.map(\.pinpoint) == [nil, "40", nil, "7"])
        #expect(set.notes[2].urls == ["https://water.example.gov/meters.pdf"])
        #expect(set.references.count == 2)
        #expect(set.diagnostics.isEmpty)
        #expect(set.markers[0].context == "The county will map every well by next spring.")
    }

    @Test func newsletterWithRomanMarkersAndUnheadedNotes() throws {
        let set = try RoundTrip.citations("""
            # Spring Newsletter
            Our parks office opened two new trails this season.^{i} Volunteers planted four hundred trees along them.^{ii}
            The next cleanup day is in May.^{iii}

            i Parks Office, Trail Guide, www.parks.example.org/trails

            ii Ibid.

            iii Green Streets Coalition, Cleanup Calendar (2024), https://greenstreets.example.org/calendar.
            """)
        #expect(set.markers.map(\.label) == ["i", "ii", "iii"])
        #expect(set.notes.map(\.label) == ["i", "ii", "iii"])
        #expect(set.markers.map(\.note) == ["note-i", "note-ii", "note-iii"])
        #expect(set.notes[0].urls == ["https://www.parks.example.org/trails"])
        #expect(set.notes[1].antecedent == "note-i")
        #expect(set.diagnostics.isEmpty)
    }

    @Test func integrityProblemsAreReported() throws {
        let set = try RoundTrip.citations("""
            # Report
            The first claim needs support.^{1} The second claim too.^{2} A third one follows here.^{5}

            # Notes
            1. Ibid.

            2. Jane Doe, Wells of the Valley (Denver: Hill Press, 2016).

            4. See http//wells.example.gov/data.
            """)
        let codes = Set(set.diagnostics.map(\.code))
        #expect(codes == ["ibid-without-antecedent", "dangling-marker", "orphan-note", "numbering-gap", "malformed-url"])
    }
}

@Suite struct RenderedFootnotes {
    @Test func footnotesRestartingPerPage() throws {
        let set = try RoundTrip.citations("""
            # Action Plan
            \(filler)

            The agency will train all staff by June.^{1} Training uses the new manual.^{2}
            @footnote 1 Jane Doe, Training Adults (Boston: Shore Press, 2019), 3.
            @footnote 2 Ibid., 15.
            @newpage
            \(filler)

            Each office reports its numbers every quarter.^{1} The board reads them.^{2}
            @footnote 1 Tom Berg, Counting Offices (Denver: Hill Press, 2020).
            @footnote 2 Ibid., 8.
            """)
        #expect(set.notes.map(\.id) == ["note-1", "note-2", "note-1-1", "note-1-2"])
        #expect(set.notes.map(\.isFootnote) == [true, true, true, true])
        #expect(set.markers.map(\.note) == ["note-1", "note-2", "note-1-1", "note-1-2"])
        #expect(set.notes[3].antecedent == "note-1-1")
        #expect(set.notes[1].antecedent == "note-1")
        #expect(set.notes[1].pinpoint == "15")
        #expect(set.diagnostics.isEmpty)
    }

    @Test func singleFootnoteOnAPage() throws {
        let set = try RoundTrip.citations("""
            # Action Plan
            \(filler)

            Each office reports its numbers every quarter.^{1}
            @footnote 1 Tom Berg, Counting Offices (Denver: Hill Press, 2020).
            """)
        #expect(set.notes.map(\.id) == ["note-1"])
        #expect(set.notes.map(\.isFootnote) == [true])
        #expect(set.markers.map(\.note) == ["note-1"])
    }

    @Test func symbolFootnotes() throws {
        let set = try RoundTrip.citations("""
            # Brief
            \(filler)

            Costs fell by a third over two years.^{*} Savings went to repairs.^{†}
            @footnote * State Budget Office, Budget Review 2022 (2023).
            @footnote † Ibid.
            """)
        #expect(set.markers.map(\.label) == ["*", "†"])
        #expect(set.markers.map(\.note) == ["note-*", "note-†"])
        #expect(set.notes[1].antecedent == "note-*")
    }
}
