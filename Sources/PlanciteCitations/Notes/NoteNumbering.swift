import PlanciteCore

/// Puts collected notes into numbering series and gives them ids; reports gaps and duplicate labels.
///
/// A new series starts when the label style changes (arabic → roman → symbol), or when a label does
/// not follow the previous one and either is the first of its sequence (`1`, `i`, `*`) or opens a
/// new page of footnotes or chapter of endnotes. Ids are `note-<label>` in series 0 and
/// `note-<series>-<label>` after; a repeated label in one series gets `-dup<k>`.
struct NoteNumbering {
    private(set) var diagnostics: [Diagnostic] = []

    mutating func number(_ drafts: [NoteDraft]) -> [Note] {
        var notes: [Note] = []
        notes.reserveCapacity(drafts.count)
        var series = -1
        var style: NoteLabel.Style?
        var lastValue = 0
        var used: [String: Int] = [:]
        used.reserveCapacity(drafts.count)
        for (index, draft) in drafts.enumerated() {
            let label = draft.label
            let restarts = style == nil || style != label.style
                || (label.value <= lastValue && (label.value == 1 || draft.startsGroup))
            if restarts {
                series += 1
                style = label.style
                lastValue = 0
                used.removeAll(keepingCapacity: true)
            }
            var id = series == 0 ? "note-\(label.text)" : "note-\(series)-\(label.text)"
            // One look-up for a label not used yet (the common case): set to 1, the old count returned.
            if let count = used.updateValue(1, forKey: label.text) {
                used[label.text] = count + 1
                id += "-dup\(count + 1)"
                diagnostics.append(
                    Diagnostic(
                        code: "duplicate-label", severity: .error,
                        message: "two notes are labelled \"\(label.text)\" in the same numbering (page \(draft.page)); renumber the second one",
                        page: draft.page, label: label.text, bbox: draft.bbox))
            } else {
                if label.value > lastValue + 1 {
                    let list = NoteNumbering.missingList(style: label.style, values: lastValue + 1..<label.value)
                    let after = lastValue == 0 ? "notes start at \(label.text)" : "notes jump to \(label.text)"
                    diagnostics.append(
                        Diagnostic(
                            code: "numbering-gap", severity: .error,
                            message: "\(after); note \(list) is missing (add it or renumber the notes)",
                            page: draft.page, label: label.text, bbox: draft.bbox))
                }
            }
            lastValue = max(lastValue, label.value)
            notes.append(
                Note(
                    id: id, label: label.text, ordinal: index + 1, page: draft.page, bbox: draft.bbox,
                    text: draft.text, kind: .comment, series: series, isFootnote: draft.isFootnote))
        }
        return notes
    }

    /// The labels of `values` as a gap diagnostic lists them: all of them when five or fewer, else
    /// `first–last`; only the labels named are made (a gap can span hundreds of values).
    static func missingList(style: NoteLabel.Style, values: Range<Int>) -> String {
        var leading: [String] = []
        var value = values.lowerBound
        while value < values.upperBound, leading.count <= 5 {
            if let label = NoteLabel.label(style: style, value: value) { leading.append(label.text) }
            value += 1
        }
        guard leading.count > 5 else { return ReferenceParser.joined(leading, separator: ", ") }
        var last = values.upperBound - 1
        while NoteLabel.label(style: style, value: last) == nil { last -= 1 }
        return "\(leading[0])–\(NoteLabel.label(style: style, value: last)!.text)"
    }
}
