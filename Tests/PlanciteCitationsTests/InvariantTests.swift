import PlanciteCitations
import Testing
import TestSupport

private let pieces = [
    "Ibid.", "Id.", "at", "4.", "supra", "note", "n.", "3,", "op.", "cit.", "Jane", "Doe,", "“Title,”", "(Chicago:",
    "Press,", "2011).", "https://", "www.", "example.gov/", "x.pdf", "http//bad", "10.1234/abc", ";", "v.", "[12]",
    "^{1}", "^{ii}", "^{*}", "^^{2}", "1.", "i", "*", "†", "—", "(", ")", "\"", ".", ",", "", "¶", "§ 4", "é", "🙂",
]

@Suite struct ParserInvariants {
    @Test(arguments: 0..<40)
    func noteTextNeverTraps(seed: Int) {
        var random = SplitMix(seed: UInt64(seed))
        let text = (0..<Int(random.next() % 30)).map { _ in random.pick(pieces) }.joined(separator: random.pick([" ", "", "  "]))
        var parser = NoteTextParser(text)
        let parsed = parser.parse()
        #expect(parsed.urls.allSatisfy { $0.hasPrefix("http://") || $0.hasPrefix("https://") || $0.hasPrefix("ftp://") })
        #expect(parsed.years.allSatisfy { (1800...2099).contains($0) })
        #expect(parsed.kind != .reference || !parsed.sources.isEmpty)
    }

    @Test(arguments: 0..<25)
    func documentsLinkConsistently(seed: Int) {
        var random = SplitMix(seed: UInt64(seed) &+ 1000)
        var builder = LayoutBuilder()
        for _ in 0..<Int(random.next() % 8) {
            let line = (0..<Int(1 + random.next() % 12)).map { _ in random.pick(pieces) }.joined(separator: " ")
            switch random.next() % 6 {
            case 0: builder.heading(random.pick(["Notes", "Endnotes", "Goal 1", "References"]))
            case 1: builder.footnote(line)
            case 2: builder.newPage()
            case 3: builder.paragraph(random.pick(["1", "2", "ii", "*", "3."]) + " " + line)
            default: builder.paragraph(line)
            }
        }
        let set = CitationAnalyzer().analyze(builder.document)
        let noteIDs = Set(set.notes.map(\.id))
        let markerIDs = Set(set.markers.map(\.id))
        let referenceIDs = Set(set.references.map(\.id))
        #expect(noteIDs.count == set.notes.count)
        #expect(markerIDs.count == set.markers.count)
        #expect(set.markers.allSatisfy { $0.note.map(noteIDs.contains) ?? true })
        #expect(set.notes.allSatisfy { $0.citedBy.allSatisfy(markerIDs.contains) })
        #expect(set.notes.allSatisfy { $0.antecedent.map(noteIDs.contains) ?? true })
        #expect(set.notes.allSatisfy { $0.reference.map(referenceIDs.contains) ?? true })
        for marker in set.markers {
            guard let id = marker.note else { continue }
            #expect(set.notes.first { $0.id == id }?.citedBy.contains(marker.id) == true)
        }
        #expect(set.markers.map(\.ordinal) == Array(1..<(set.markers.count + 1)))
    }
}
