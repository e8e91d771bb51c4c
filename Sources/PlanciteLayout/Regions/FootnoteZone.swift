import PlanciteCore

/// Finds the footnote zone at a page bottom and cuts it into notes.
///
/// The zone is the run of lines at the bottom of the page (below `footnoteZoneTop` of the page
/// height; on the document's last page it must also reach below `footnoteZoneBottom`, else it
/// is an endnotes block) set at most `footnoteSizeRatio` times the document's body size, starting at the first
/// of them that opens with a note label. A label is a
/// superscript token, or a first token such as `1`, `1.`, `12)`, `*`, `**`, `†`, `ii`, `ii.` followed
/// by more text; a numeric or roman label must go up by 1 to 5 from the previous note's. Each label starts
/// a new note. The caller keeps only notes with body text above them and no body text below
/// them, and drops a page's zone whose numbering goes back (not to 1) from the previous page's.
struct FootnoteZone {
    let options: LayoutOptions
    let bodySize: Double

    struct Note {
        var lines: [Int]
        var label: String
    }

    /// The notes found, as indices into `lines` (sorted top to bottom by the caller).
    func notes(in lines: [Line], pageHeight: Double, isLastPage: Bool = false) -> [Note] {
        notes(in: lines, members: Array(lines.indices), pageHeight: pageHeight, isLastPage: isLastPage)
    }

    /// `notes(in: members.map { lines[$0] }, …)`, without copying the lines: the notes' line
    /// indices are positions in `members`.
    func notes(in allLines: [Line], members: [Int], pageHeight: Double, isLastPage: Bool = false) -> [Note] {
        let lines = MemberLines(all: allLines, members: members)
        let order = StableOrder.indices(count: members.count) { lines[$0].bbox.y0 < lines[$1].bbox.y0 }
        if isLastPage, let bottom = order.last, lines[bottom].bbox.y1 < pageHeight * options.footnoteZoneBottom { return [] }
        var start = order.count
        while start > 0 {
            // (The line is read in place.)
            guard lines[order[start - 1]].bodySize <= bodySize * options.footnoteSizeRatio,
                lines[order[start - 1]].bbox.y0 >= pageHeight * options.footnoteZoneTop
            else { break }
            start -= 1
        }
        // Trim the head of the zone to its first labelled line.
        while start < order.count, Self.label(of: lines[order[start]], previous: nil) == nil { start += 1 }
        guard start < order.count else { return [] }
        var notes: [Note] = []
        var lastNumber: Int?
        var lastRoman: Int?
        for index in order[start...] {
            if let label = Self.label(of: lines[index], previous: lastNumber, previousRoman: lastRoman) {
                notes.append(Note(lines: [index], label: label))
                if let number = Int(Self.numberCharacters(of: label)) { lastNumber = number }
                if let roman = QuickChecks.romanValue(of: label) { lastRoman = roman }
            } else if !notes.isEmpty {
                notes[notes.count - 1].lines.append(index)
            }
        }
        return notes
    }

    /// `label.filter(\.isNumber)`: for ASCII text, its digit bytes (no other ASCII character is a
    /// number, and CR LF, the one two-byte character, is none).
    static func numberCharacters(of label: String) -> String {
        guard label.utf8.allSatisfy({ $0 < 0x80 }) else { return label.filter(\.isNumber) }
        return String(decoding: label.utf8.filter { (0x30...0x39).contains($0) }, as: UTF8.self)
    }

    /// Some of a page's lines, by position in the list of their indices.
    private struct MemberLines {
        let all: [Line]
        let members: [Int]
        /// The line, lent rather than copied (a copy would retain its tokens).
        subscript(position: Int) -> Line {
            _read { yield all[members[position]] }
        }
    }

    /// The note label that opens the line, if any.
    static func label(of line: Line, previous: Int?, previousRoman: Int? = nil) -> String? {
        guard line.tokens.count >= 2, let first = line.tokens.first else { return nil }
        if first.kind == .superscript || first.kind == .exponent { return first.text }
        var text = Substring(first.text)
        if let end = text.last, end == "." || end == ")" { text = text.dropLast() }
        guard !text.isEmpty else { return nil }
        if text.allSatisfy({ "*†‡§¶".contains($0) }), text.count <= 4 { return first.text }
        if text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(text) {
            if let previous, number <= previous || number > previous + 5 { return nil }
            return String(text)
        }
        if text.count <= 5, text == text.lowercased(), let value = QuickChecks.romanValue(of: text) {
            if let previousRoman, value <= previousRoman || value > previousRoman + 5 { return nil }
            return String(text)
        }
        return nil
    }
}
