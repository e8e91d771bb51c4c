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

/// Identifies a line of a body block.
struct LineRef: Hashable, Sendable {
    var block: BlockRef
    var line: Int
}
