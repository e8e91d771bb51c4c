import PlanciteCore
import PlanciteLayout

/// Finds note markers and notes in a laid-out document, links them and resolves what each note cites.
///
/// Steps: collect notes (endnote sections, an unheaded run at the end, footnotes — see
/// `NoteCollector`), number them into series (`NoteNumbering`), find markers in the remaining body
/// text (`MarkerDetector`), link both ways (`MarkerLinker`), parse and resolve the notes
/// (`CitationResolver`) and check integrity. Diagnostic codes: `dangling-marker`, `orphan-note`,
/// `numbering-gap`, `out-of-order`, `duplicate-label`, `malformed-url`, `ibid-without-antecedent`,
/// `ambiguous-ibid`, `supra-forward`, `unresolved-supra`, `ambiguous-supra`, `unresolved-op-cit`,
/// `ambiguous-op-cit`.
public struct CitationAnalyzer {
    public var options: CitationOptions

    public init(options: CitationOptions = .init()) {
        self.options = options
    }

    public func analyze(_ document: LayoutDocument) -> CitationSet {
        let collector = NoteCollector(sectionTitles: options.sectionTitles)
        var collection = collector.collect(document)
        let detector = MarkerDetector(bracketMode: options.bracketMarkers)

        var candidates = detector.detect(in: document, excluding: collection.sectionLines.union(collection.tailLines))
        if !collection.tailRun.isEmpty {
            let markerLabels = Set(candidates.map(\.label))
            let cited = collection.tailRun.filter { markerLabels.contains($0.label) }.count
            if cited * 2 >= collection.tailRun.count {
                collection.endnotes += collection.tailRun
            } else {
                candidates = detector.detect(in: document, excluding: collection.sectionLines)
            }
        }

        var drafts = collection.endnotes + collection.footnotes
        // Document order: by page; on one page, endnotes (body) before footnotes (page bottom).
        drafts = drafts.enumerated().sorted { lhs, rhs in
            (lhs.element.page, lhs.element.isFootnote ? 1 : 0, lhs.offset)
                < (rhs.element.page, rhs.element.isFootnote ? 1 : 0, rhs.offset)
        }.map(\.element)

        let linker = MarkerLinker(dropUnlinkedTitleMarkers: options.dropUnlinkedTitleMarkers)
        let review = CitationAnalyzer.reviewFootnotePages(
            drafts, candidates: candidates, linker: linker, lastPage: document.pages.last?.number ?? 0)
        var numbering = review.numbering
        var notes = review.notes
        var markers = review.markers
        if let reviewed = review.changedDrafts {
            // Pages were dropped or made endnotes: number and link again.
            numbering = NoteNumbering()
            notes = numbering.number(reviewed)
            markers = linker.link(candidates, notes: &notes)
        }
        let resolution = CitationResolver().resolve(notes)
        let integrity = IntegrityChecker().check(markers: markers, notes: resolution.notes)
        return CitationSet(
            markers: markers, notes: resolution.notes, references: resolution.references,
            diagnostics: numbering.diagnostics + integrity + resolution.diagnostics)
    }

    /// The review's trial numbering, notes and markers, which are final when it changes nothing,
    /// and the reviewed drafts when it changes some.
    struct FootnoteReview {
        var numbering: NoteNumbering
        var notes: [Note]
        var markers: [Marker]
        var changedDrafts: [NoteDraft]?
    }

    /// Reviews each page's footnote zone after a trial linking: drops it when no marker cites any of
    /// its notes and it is not one stray note continuing the numbering (a small-print list or chart
    /// legend, not notes); makes it endnotes when it sits on the last page and most of its citing
    /// markers stand on earlier pages (a notes block at the end that looks like a footnote zone).
    static func reviewFootnotePages(
        _ drafts: [NoteDraft], candidates: [MarkerCandidate], linker: MarkerLinker, lastPage: Int
    ) -> FootnoteReview {
        var numbering = NoteNumbering()
        var notes = numbering.number(drafts)
        let markers = linker.link(candidates, notes: &notes)
        // The page of the marker with an id (ids are unique). The linker numbers its markers in
        // order (`marker-N` is the N-th), so the number in the id finds it, without a table of ids;
        // the search is for any other id.
        func markerPage(_ id: String) -> Int? {
            if let number = CitationResolver.markerNumber(id), number >= 1, number <= markers.count,
                markers[number - 1].id == id
            {
                return markers[number - 1].page
            }
            return markers.first { $0.id == id }?.page
        }
        var dropped: Set<Int> = []
        var endnotes: Set<Int> = []
        // Each page's footnotes, in order (one pass; the pages are reviewed independently).
        var groups: [Int: [Int]] = [:]
        for index in notes.indices where notes[index].isFootnote { groups[notes[index].page, default: []].append(index) }
        for (page, group) in groups {
            guard let first = group.first else { continue }
            let citingPages = group.flatMap { notes[$0].citedBy.compactMap(markerPage) }
            if citingPages.isEmpty {
                let previous = notes[..<first].last { $0.isFootnote }
                if group.count >= 3 || previous?.series != notes[first].series { dropped.formUnion(group) }
            } else if page == lastPage, citingPages.filter({ $0 < page }).count * 2 > citingPages.count {
                endnotes.formUnion(group)
            }
        }
        guard !dropped.isEmpty || !endnotes.isEmpty else {
            return FootnoteReview(numbering: numbering, notes: notes, markers: markers, changedDrafts: nil)
        }
        let reviewed = drafts.indices.filter { !dropped.contains($0) }.map { index in
            var draft = drafts[index]
            if endnotes.contains(index) { draft.isFootnote = false }
            return draft
        }
        return FootnoteReview(numbering: numbering, notes: notes, markers: markers, changedDrafts: reviewed)
    }
}
