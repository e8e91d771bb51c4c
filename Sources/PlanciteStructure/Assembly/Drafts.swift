import PlanciteCore
import PlanciteLayout

/// A goal as first met in the document, before echoes are merged and ids assigned.
struct GoalDraft {
    var number: Int
    var term: String
    var title: String
    var statement: String?
    var blocks: [Block]
}

/// An objective as met, with the goal it stands under.
struct ObjectiveDraft {
    var number: NumberLabel
    var term: String
    var title: String
    var statement: String?
    var blocks: [Block]
    /// Index into the goal drafts of the goal the objective stands under.
    var positionGoal: Int?
}

/// An action item as met, with what it stands under.
struct ActionDraft {
    var number: NumberLabel?
    var term: String
    var text: String
    var agencies: [String]
    var blocks: [Block]
    var positionGoal: Int?
    var positionObjective: Int?
    /// Index into the action drafts of a heading-level action this item belongs to.
    var parentAction: Int?
}

/// Where a record stands and the note markers inside it.
struct Placement {
    var page: Int
    var bbox: Rect
    var markerAnchors: [TextAnchor]

    init(_ blocks: [Block]) {
        let first = blocks.first
        let firstPage = first?.page ?? 0
        page = firstPage
        bbox = Rect.union(blocks.filter { $0.page == firstPage }.map(\.bbox))
        var anchors: [TextAnchor] = []
        for block in blocks {
            for tokens in block.lines.isEmpty ? block.cells.map(\.tokens) : block.lines.map(\.tokens) {
                for token in tokens where token.kind == .superscript {
                    anchors.append(TextAnchor(page: token.page, offset: token.range.start))
                }
            }
        }
        markerAnchors = anchors.isEmpty ? [] : Array(Set(anchors)).sorted()
    }
}
