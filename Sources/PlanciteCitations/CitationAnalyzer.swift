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
        drafts = CitationAnalyzer.droppingUncitedFootnotePages(drafts, candidates: candidates, linker: linker)
        var numbering = NoteNumbering()
        var notes = numbering.number(drafts)
        let markers = linker.link(candidates, notes: &notes)
        let resolution = CitationResolver().resolve(notes)
        let integrity = IntegrityChecker().check(markers: markers, notes: resolution.notes)
        return CitationSet(
            markers: markers, notes: resolution.notes, references: resolution.references,
            diagnostics: numbering.diagnostics + integrity + resolution.diagnostics)
    }

    /// Drops a page's footnotes when no marker cites any of them and they are not one stray note
    /// continuing the numbering (a small-print list or chart legend at a page bottom, not notes).
    static func droppingUncitedFootnotePages(
        _ drafts: [NoteDraft], candidates: [MarkerCandidate], linker: MarkerLinker
    ) -> [NoteDraft] {
        var numbering = NoteNumbering()
        var notes = numbering.number(drafts)
        _ = linker.link(candidates, notes: &notes)
        var dropped: Set<Int> = []
        for page in Set(notes.filter(\.isFootnote).map(\.page)) {
            let group = notes.indices.filter { notes[$0].isFootnote && notes[$0].page == page }
            guard group.allSatisfy({ notes[$0].citedBy.isEmpty }), let first = group.first else { continue }
            let previous = notes[..<first].last { $0.isFootnote }
            if group.count >= 3 || previous?.series != notes[first].series { dropped.formUnion(group) }
        }
        return drafts.indices.filter { !dropped.contains($0) }.map { drafts[$0] }
    }
}
