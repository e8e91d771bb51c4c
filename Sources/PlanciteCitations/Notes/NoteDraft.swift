import PlanciteCore
import PlanciteLayout

/// A note as collected from the layout, before numbering and parsing.
struct NoteDraft: Sendable, Equatable {
    var label: NoteLabel
    var page: Int
    var bbox: Rect
    var text: String
    var isFootnote: Bool
    /// True when the note opens a new page of footnotes or a new chapter of endnotes (where numbering may restart).
    var startsGroup: Bool
}

/// Identifies a body block: index of its page in the document, index in the page's body.
struct BlockRef: Hashable, Sendable, Comparable {
    var page: Int
    var index: Int

    static func < (lhs: BlockRef, rhs: BlockRef) -> Bool { (lhs.page, lhs.index) < (rhs.page, rhs.index) }
}

/// Cuts a run of lines into label-first notes.
///
/// A line opens a note when it starts with a label: a superscript token, a word `1`, `1.`, `1)`,
/// `[1]`, `i.`, `*`, or the block's list marker. The first line of a block may open any label; a
/// later line of the same block only the label that follows the current note's (so a wrapped line
/// that starts with a number stays in its note). Lines that open nothing continue the current note;
/// lines before the first note are kept in `leading`.
struct NoteSegmenter {
    let isFootnote: Bool
    private(set) var drafts: [NoteDraft] = []
    /// Text of lines fed before any note opened (a continuation of a note collected earlier).
    private(set) var leading: [String] = []
    /// Set by the caller; the next note opened gets `startsGroup`.
    var pendingGroupBreak = false

    init(isFootnote: Bool) { self.isFootnote = isFootnote }

    mutating func feed(_ block: Block) {
        for (index, line) in block.lines.enumerated() {
            let opening = NoteSegmenter.leadingLabel(
                of: line.tokens, listMarker: index == 0 ? block.listMarker : nil)
            if let opening, index == 0 || opening.label == drafts.last?.label.successor {
                let text = Block.render(opening.rest, superscripts: .omit)
                drafts.append(
                    NoteDraft(
                        label: opening.label, page: line.page, bbox: line.bbox, text: text,
                        isFootnote: isFootnote, startsGroup: pendingGroupBreak))
                pendingGroupBreak = false
            } else {
                append(Block.render(line.tokens, superscripts: .omit), bbox: line.bbox, page: line.page)
            }
        }
    }

    /// Appends continuation text to the current note (or to `leading`).
    mutating func append(_ text: String, bbox: Rect, page: Int) {
        guard !text.isEmpty else { return }
        guard var last = drafts.popLast() else {
            leading.append(text)
            return
        }
        last.text = NoteSegmenter.join(last.text, text)
        if page == last.page { last.bbox = last.bbox.union(bbox) }
        drafts.append(last)
    }

    /// Joins two pieces of note text with a space, or without one after a URL piece that a line break split.
    static func join(_ head: String, _ tail: String) -> String {
        if head.isEmpty { return tail }
        return head + " " + tail
    }

    /// The label that opens a line, and the tokens after it.
    static func leadingLabel(of tokens: [Token], listMarker: String?) -> (label: NoteLabel, rest: [Token])? {
        if let listMarker, let label = NoteLabel.normalising(listMarker) {
            if tokens.first?.text == listMarker { return (label, Array(tokens.dropFirst())) }
            return (label, tokens)
        }
        guard let first = tokens.first, tokens.count > 1 else { return nil }
        switch first.kind {
        case .superscript:
            guard let label = NoteLabel.normalising(first.text) else { return nil }
            return (label, Array(tokens.dropFirst()))
        case .word:
            let text = first.text
            guard let label = NoteLabel.normalising(text) else { return nil }
            // A bare roman or symbol word must be followed by a capitalised word or a quote.
            let followedWell = tokens[1].text.first.map { $0.isUppercase || $0.isNumber || "“\"‘(".contains($0) } ?? false
            if label.style != .arabic && !text.hasSuffix(".") && !text.hasPrefix("[") && !followedWell { return nil }
            return (label, Array(tokens.dropFirst()))
        default:
            return nil
        }
    }
}
