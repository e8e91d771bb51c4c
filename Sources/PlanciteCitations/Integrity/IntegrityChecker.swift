import PlanciteCore

/// Reports markers without notes, notes without markers and markers out of numbering order.
///
/// Codes: `dangling-marker` (error), `orphan-note` (warning; not for the second copy of a repeated
/// label), `out-of-order` (warning: a note first cited after a higher-numbered note of its series).
struct IntegrityChecker {
    func check(markers: [Marker], notes: [Note]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let place: String
        if notes.contains(where: { !$0.isFootnote }) {
            place = "the Endnotes"
        } else if !notes.isEmpty {
            place = "the page's footnotes"
        } else {
            place = "a Notes section"
        }
        for marker in markers where marker.note == nil {
            diagnostics.append(
                Diagnostic(
                    code: "dangling-marker", severity: .error,
                    message: "marker \"\(marker.label)\" on page \(marker.page) has no note; add note \(marker.label) to \(place) or remove the marker",
                    page: marker.page, label: marker.label, bbox: marker.bbox))
        }
        // A repeated label is already a `duplicate-label`; its copy is not reported again as an orphan.
        // Keyed by the label, prefixed with `series|` after the first series (labels hold no `|`).
        var seen: Set<String> = []
        seen.reserveCapacity(notes.count)
        var repeated: Set<String> = []
        for index in notes.indices {
            let series = notes[index].series
            let key = series == 0 ? notes[index].label : "\(series)|\(notes[index].label)"
            if !seen.insert(key).inserted { repeated.insert(notes[index].id) }
        }
        for index in notes.indices where notes[index].citedBy.isEmpty && !repeated.contains(notes[index].id) {
            let note = notes[index]
            diagnostics.append(
                Diagnostic(
                    code: "orphan-note", severity: .warning,
                    message: "note \"\(note.label)\" on page \(note.page) is not cited by any marker; add marker \(note.label) in the text or remove the note",
                    page: note.page, label: note.label, bbox: note.bbox))
        }
        let notesByID = Dictionary(notes.indices.map { (notes[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        // Each id maps to one index: a note first cited is an index not yet flagged.
        var cited = [Bool](repeating: false, count: notes.count)
        var highest: [Int: (ordinal: Int, label: String)] = [:]
        for marker in markers {
            guard let id = marker.note, let noteIndex = notesByID[id], !cited[noteIndex] else { continue }
            cited[noteIndex] = true
            let note = (series: notes[noteIndex].series, ordinal: notes[noteIndex].ordinal, label: notes[noteIndex].label)
            if let top = highest[note.series], note.ordinal < top.ordinal {
                diagnostics.append(
                    Diagnostic(
                        code: "out-of-order", severity: .warning,
                        message: "marker \"\(marker.label)\" on page \(marker.page) is first used after marker \"\(top.label)\"; number notes in order of first use",
                        page: marker.page, label: marker.label, bbox: marker.bbox))
            } else {
                highest[note.series] = (note.ordinal, note.label)
            }
        }
        return diagnostics
    }
}
