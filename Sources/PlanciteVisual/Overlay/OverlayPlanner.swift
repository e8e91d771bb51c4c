import PlanciteCitations
import PlanciteCore
import PlanciteLayout
import PlanciteStructure

/// Decides what to draw over one page: blocks by kind, superscripts, plan items, marker–note lines.
public struct OverlayPlanner: Sendable {
    public init() {}

    /// The shapes for `page`, in drawing order.
    public func shapes(for page: LayoutPage, structure: PlanStructure, citations: CitationSet) -> [OverlayShape] {
        var shapes: [OverlayShape] = []
        for zone in Self.footnoteZones(page.footnotes.map(\.bbox)) where !zone.isEmpty {
            shapes.append(OverlayShape(kind: .footnoteZone, geometry: .zone(zone.outset(3))))
        }
        for block in page.body + page.furniture + page.footnotes {
            // A row's box is the union of its cells': set it a little apart so both show.
            let box = block.kind == .tableRow ? block.bbox.outset(1.5) : block.bbox
            shapes.append(OverlayShape(kind: Self.kind(of: block.kind), geometry: .box(box)))
            for cell in block.cells {
                shapes.append(OverlayShape(kind: .tableCell, geometry: .box(cell.bbox.outset(-1))))
            }
        }
        shapes += planItems(on: page.number, structure)
        shapes += superscripts(on: page, citations)
        shapes += markerLinks(on: page.number, citations)
        return shapes.enumerated().sorted { a, b in
            a.element.layer != b.element.layer ? a.element.layer < b.element.layer : a.offset < b.offset
        }.map(\.element)
    }

    /// The footnotes' boxes joined into one zone per run of horizontally overlapping boxes,
    /// so that footnotes set in two columns do not tint the gutter between them.
    static func footnoteZones(_ boxes: [Rect]) -> [Rect] {
        var zones: [Rect] = []
        for box in boxes.sorted(by: { $0.x0 < $1.x0 }) {
            if let last = zones.last, box.x0 < last.x1 {
                zones[zones.count - 1] = last.union(box)
            } else {
                zones.append(box)
            }
        }
        return zones
    }

    static func kind(of kind: BlockKind) -> OverlayKind {
        switch kind {
        case .heading: .heading
        case .paragraph: .paragraph
        case .listItem: .listItem
        case .tableRow: .tableRow
        case .tocEntry: .tocEntry
        case .header, .footer, .pageNumber: .furniture
        case .footnote: .footnote
        }
    }

    /// Superscript tokens (a table row's lines and cells hold the same tokens: each is boxed once),
    /// and bracket markers such as `[12]`, which are not superscripts but cite notes all the same.
    private func superscripts(on page: LayoutPage, _ citations: CitationSet) -> [OverlayShape] {
        var seen: Set<Rect> = []
        var shapes: [OverlayShape] = []
        for block in page.body + page.furniture + page.footnotes {
            for token in block.tokens + block.cells.flatMap(\.tokens) where token.kind == .superscript {
                guard seen.insert(token.bbox).inserted else { continue }
                shapes.append(OverlayShape(kind: .superscript, geometry: .box(token.bbox.outset(0.5)), label: token.text))
            }
        }
        for marker in citations.markers where marker.page == page.number && marker.style == .bracket {
            guard seen.insert(marker.bbox).inserted else { continue }
            shapes.append(OverlayShape(kind: .superscript, geometry: .box(marker.bbox.outset(0.5)), label: marker.label))
        }
        return shapes
    }

    private func planItems(on page: Int, _ structure: PlanStructure) -> [OverlayShape] {
        let goals = structure.goals.filter { $0.page == page }.map {
            OverlayShape(kind: .goal, geometry: .box($0.bbox.outset(4)), label: $0.id)
        }
        let objectives = structure.objectives.filter { $0.page == page }.map {
            OverlayShape(kind: .objective, geometry: .box($0.bbox.outset(3)), label: $0.id)
        }
        let actions = structure.actionItems.filter { $0.page == page }.map {
            OverlayShape(kind: .actionItem, geometry: .box($0.bbox.outset(2)), label: $0.id)
        }
        return goals + objectives + actions
    }

    private func markerLinks(on page: Int, _ citations: CitationSet) -> [OverlayShape] {
        let notes = Dictionary(citations.notes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return citations.markers.compactMap { marker in
            guard marker.page == page, let id = marker.note, let note = notes[id], note.page == page else { return nil }
            return OverlayShape(
                kind: .markerLink,
                geometry: .line(fromX: marker.bbox.midX, fromY: marker.bbox.y1, toX: note.bbox.x0, toY: note.bbox.midY))
        }
    }
}

extension Rect {
    /// The box grown by `amount` points on every side (shrunk when negative).
    func outset(_ amount: Double) -> Rect {
        Rect(x0: x0 - amount, y0: y0 - amount, x1: x1 + amount, y1: y1 + amount)
    }
}
