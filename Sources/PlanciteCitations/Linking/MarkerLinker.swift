import PlanciteCore
import PlanciteLayout

/// Links markers to notes and notes back to markers.
///
/// A marker links to, in this order: the footnote with its label on its own page; the endnote with
/// its label in the current endnote series (moving on to a later series when the label goes back,
/// as when numbering restarts per chapter, or when the current series lacks it); an endnote with its
/// label in an earlier series; the nearest footnote with its label on a later page.
struct MarkerLinker {
    var dropUnlinkedTitleMarkers: Bool

    func link(_ candidates: [MarkerCandidate], notes: inout [Note]) -> [Marker] {
        var footnotesByPage: [Int: [String: Int]] = [:]
        var endnoteSeries: [Int] = []
        var endnotesBySeries: [Int: [String: Int]] = [:]
        // Fields read in place: no copy of each note.
        for index in notes.indices {
            let label = notes[index].label
            if notes[index].isFootnote {
                let page = notes[index].page
                footnotesByPage[page, default: [:]][label] = footnotesByPage[page]?[label] ?? index
            } else {
                let series = notes[index].series
                if endnotesBySeries[series] == nil { endnoteSeries.append(series) }
                endnotesBySeries[series, default: [:]][label] = endnotesBySeries[series]?[label] ?? index
            }
        }
        let footnotePages = footnotesByPage.keys.sorted()
        var pointer = 0
        var lastValue: [Int: Int] = [:]

        var markers: [Marker] = []
        markers.reserveCapacity(candidates.count)
        for candidate in candidates {
            let label = candidate.label.text
            var noteIndex: Int?
            if let index = footnotesByPage[candidate.page]?[label] {
                noteIndex = index
            } else if !endnoteSeries.isEmpty {
                let current = endnoteSeries[pointer]
                let goesBack = candidate.label.value < (lastValue[current] ?? 0)
                let inCurrent = endnotesBySeries[current]?[label]
                // A later series holding the label matters only when the label goes back or the
                // current series lacks it: searched only then.
                let later = inCurrent != nil && !goesBack
                    ? nil : endnoteSeries.indices.dropFirst(pointer + 1).first { endnotesBySeries[endnoteSeries[$0]]?[label] != nil }
                if let index = inCurrent, !(goesBack && later != nil) {
                    noteIndex = index
                } else if let later {
                    pointer = later
                    noteIndex = endnotesBySeries[endnoteSeries[later]]?[label]
                } else if let earlier = endnoteSeries.indices.prefix(pointer).last(where: { endnotesBySeries[endnoteSeries[$0]]?[label] != nil }) {
                    noteIndex = endnotesBySeries[endnoteSeries[earlier]]?[label]
                }
                if let noteIndex, !notes[noteIndex].isFootnote {
                    let series = notes[noteIndex].series
                    lastValue[series] = max(lastValue[series] ?? 0, candidate.label.value)
                }
            }
            if noteIndex == nil,
                let page = footnotePages.first(where: { $0 > candidate.page && footnotesByPage[$0]?[label] != nil })
            {
                noteIndex = footnotesByPage[page]?[label]
            }
            if noteIndex == nil && dropUnlinkedTitleMarkers && MarkerLinker.isTitleMarker(candidate) { continue }

            let ordinal = markers.count + 1
            let id = "marker-\(ordinal)"
            if let noteIndex { notes[noteIndex].citedBy.append(id) }
            markers.append(
                Marker(
                    id: id, label: label, ordinal: ordinal, page: candidate.page, bbox: candidate.bbox,
                    context: candidate.context, note: noteIndex.map { notes[$0].id }, style: candidate.style,
                    anchor: candidate.anchor))
        }
        return markers
    }

    /// A marker in a heading, a contents entry, or a short first-page block that is not a sentence (an author line).
    static func isTitleMarker(_ candidate: MarkerCandidate) -> Bool {
        switch candidate.blockKind {
        case .heading, .tocEntry: return true
        default: return candidate.page == 1 && candidate.blockWordCount < 12 && !candidate.blockEndsSentence
        }
    }
}
