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

    /// A label in one page of footnotes or one series of endnotes: one key, hashed once per look-up.
    private struct Place: Hashable {
        var group: Int
        var label: String
    }

    func link(_ candidates: [MarkerCandidate], notes: inout [Note]) -> [Marker] {
        // The first note with each label on each page (footnotes) and in each series (endnotes).
        var footnotes: [Place: Int] = [:]
        var footnotePageSet: Set<Int> = []
        var endnoteSeries: [Int] = []
        var endnotes: [Place: Int] = [:]
        footnotes.reserveCapacity(notes.count)
        endnotes.reserveCapacity(notes.count)
        // Fields read in place: no copy of each note.
        for index in notes.indices {
            let label = notes[index].label
            if notes[index].isFootnote {
                let page = notes[index].page
                footnotePageSet.insert(page)
                let place = Place(group: page, label: label)
                if footnotes[place] == nil { footnotes[place] = index }
            } else {
                let series = notes[index].series
                if !endnoteSeries.contains(series) { endnoteSeries.append(series) }
                let place = Place(group: series, label: label)
                if endnotes[place] == nil { endnotes[place] = index }
            }
        }
        let footnotePages = footnotePageSet.sorted()
        var pointer = 0
        var lastValue: [Int: Int] = [:]

        var markers: [Marker] = []
        markers.reserveCapacity(candidates.count)
        for candidate in candidates {
            let label = candidate.label.text
            var noteIndex: Int?
            if let index = footnotes[Place(group: candidate.page, label: label)] {
                noteIndex = index
            } else if !endnoteSeries.isEmpty {
                let current = endnoteSeries[pointer]
                let goesBack = candidate.label.value < (lastValue[current] ?? 0)
                let inCurrent = endnotes[Place(group: current, label: label)]
                // A later series holding the label matters only when the label goes back or the
                // current series lacks it: searched only then.
                let later = inCurrent != nil && !goesBack
                    ? nil : endnoteSeries.indices.dropFirst(pointer + 1).first { endnotes[Place(group: endnoteSeries[$0], label: label)] != nil }
                if let index = inCurrent, !(goesBack && later != nil) {
                    noteIndex = index
                } else if let later {
                    pointer = later
                    noteIndex = endnotes[Place(group: endnoteSeries[later], label: label)]
                } else if let earlier = endnoteSeries.indices.prefix(pointer).last(where: { endnotes[Place(group: endnoteSeries[$0], label: label)] != nil }) {
                    noteIndex = endnotes[Place(group: endnoteSeries[earlier], label: label)]
                }
                if let noteIndex, !notes[noteIndex].isFootnote {
                    let series = notes[noteIndex].series
                    lastValue[series] = max(lastValue[series] ?? 0, candidate.label.value)
                }
            }
            if noteIndex == nil,
                let page = footnotePages.first(where: { $0 > candidate.page && footnotes[Place(group: $0, label: label)] != nil })
            {
                noteIndex = footnotes[Place(group: page, label: label)]
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
