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

    /// Reads blocks, lines and tokens in place (no copy of a token, no array of tokens or boxes).
    init(_ blocks: [Block]) {
        let firstPage = blocks.first?.page ?? 0
        page = firstPage
        // `Rect.union` of the boxes on the first page, in order.
        var union: Rect?
        for index in blocks.indices where blocks[index].page == firstPage {
            let box = blocks[index].bbox
            union = union.map { $0.union(box) } ?? box
        }
        bbox = union ?? .zero
        var anchors: [TextAnchor] = []
        for index in blocks.indices {
            let lines = blocks[index].lines
            if lines.isEmpty {
                let cells = blocks[index].cells
                for cell in cells.indices { Placement.collectMarkers(cells[cell].tokens, into: &anchors) }
            } else {
                for line in lines.indices { Placement.collectMarkers(lines[line].tokens, into: &anchors) }
            }
        }
        guard anchors.count > 1 else {
            markerAnchors = anchors
            return
        }
        // Sorted without repeats, as `Array(Set(anchors)).sorted()`.
        anchors.sort()
        var unique: [TextAnchor] = []
        unique.reserveCapacity(anchors.count)
        for anchor in anchors where unique.last != anchor { unique.append(anchor) }
        markerAnchors = unique
    }

    private static func collectMarkers(_ tokens: [Token], into anchors: inout [TextAnchor]) {
        for index in tokens.indices where tokens[index].kind == .superscript {
            anchors.append(TextAnchor(page: tokens[index].page, offset: tokens[index].range.start))
        }
    }
}
