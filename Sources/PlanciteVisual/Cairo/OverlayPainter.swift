import CCairo
import PlanciteCore

/// Draws overlay shapes and a legend with a cairo context whose user space is PDF points.
struct OverlayPainter {
    let context: OpaquePointer
    /// Pixels per point, so that lines stay at least a few pixels wide.
    let scale: Double

    /// Draws every shape, then every label, so that no outline crosses a label.
    func paint(_ shapes: [OverlayShape]) {
        for shape in shapes { paint(shape) }
        for shape in shapes {
            if let label = shape.label, let rect = shape.rect { paintLabel(label, kind: shape.kind, at: rect) }
        }
    }

    private func paint(_ shape: OverlayShape) {
        let (red, green, blue) = shape.kind.colour.components
        switch shape.geometry {
        case .zone(let rect):
            cairo_set_source_rgba(context, red, green, blue, 0.35)
            cairo_rectangle(context, rect.x0, rect.y0, rect.width, rect.height)
            cairo_fill(context)
        case .box(let rect):
            cairo_set_source_rgb(context, red, green, blue)
            cairo_set_line_width(context, lineWidth(for: shape.kind))
            cairo_rectangle(context, rect.x0, rect.y0, rect.width, rect.height)
            cairo_stroke(context)
        case .line(let fromX, let fromY, let toX, let toY):
            cairo_set_source_rgba(context, red, green, blue, 0.8)
            cairo_set_line_width(context, max(1 / scale, 0.4))
            cairo_move_to(context, fromX, fromY)
            cairo_line_to(context, toX, toY)
            cairo_stroke(context)
            cairo_arc(context, toX, toY, 1.2, 0, 2 * Double.pi)
            cairo_fill(context)
        }
    }

    /// Outlines are at least two pixels wide, so the pixel under an outline's path carries its colour.
    private func lineWidth(for kind: OverlayKind) -> Double {
        switch kind {
        case .goal, .objective, .actionItem: max(3 / scale, 1.5)
        case .tableCell: max(2 / scale, 0.5)
        default: max(2 / scale, 0.75)
        }
    }

    private func paintLabel(_ text: String, kind: OverlayKind, at rect: Rect) {
        let (red, green, blue) = kind.colour.components
        cairo_select_font_face(context, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD)
        cairo_set_font_size(context, kind == .superscript ? 6 : 6.5)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        if kind == .superscript {
            let x = rect.midX - extents.x_advance / 2
            cairo_set_source_rgba(context, 1, 1, 1, 0.85)
            cairo_rectangle(context, x - 0.5, rect.y0 - 7, extents.x_advance + 1, 6.5)
            cairo_fill(context)
            cairo_set_source_rgb(context, red, green, blue)
            cairo_move_to(context, x, rect.y0 - 1.5)
        } else {
            cairo_rectangle(context, rect.x0, rect.y0 - 7.5, extents.x_advance + 3, 7.5)
            cairo_set_source_rgb(context, red, green, blue)
            cairo_fill(context)
            cairo_set_source_rgb(context, 1, 1, 1)
            cairo_move_to(context, rect.x0 + 1.5, rect.y0 - 1.8)
        }
        cairo_show_text(context, text)
    }

    /// Draws the legend, in one to three columns, wherever along the page's edges it hides the least text.
    func paintLegend(pageWidth: Double, pageHeight: Double, avoiding boxes: [Rect]) {
        let kinds = OverlayKind.allCases
        let rowHeight = 8.5, padding = 4.0
        cairo_select_font_face(context, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, 6.5)
        let textWidth = kinds.map { kind -> Double in
            var extents = cairo_text_extents_t()
            cairo_text_extents(context, kind.legendName, &extents)
            return extents.x_advance
        }.max() ?? 80
        let columnWidth = 14 + textWidth + 6
        let layouts = [2, 1, 3].map { columns -> (columns: Int, frame: Rect) in
            let rows = (kinds.count + columns - 1) / columns
            let width = 2 * padding + Double(columns) * columnWidth - 6
            let height = Double(rows) * rowHeight + 2 * padding
            let frame = LegendLayout.corner(
                width: width, height: height, pageWidth: pageWidth, pageHeight: pageHeight, avoiding: boxes)
            return (columns, frame)
        }
        let chosen = layouts.min { LegendLayout.covered($0.frame, by: boxes) < LegendLayout.covered($1.frame, by: boxes) }
            ?? layouts[0]
        let frame = chosen.frame
        let rows = (kinds.count + chosen.columns - 1) / chosen.columns
        cairo_set_source_rgba(context, 1, 1, 1, 0.92)
        cairo_rectangle(context, frame.x0, frame.y0, frame.width, frame.height)
        cairo_fill_preserve(context)
        cairo_set_source_rgb(context, 0.4, 0.4, 0.4)
        cairo_set_line_width(context, 0.5)
        cairo_stroke(context)
        for (index, kind) in kinds.enumerated() {
            let left = frame.x0 + padding + Double(index / rows) * columnWidth
            let top = frame.y0 + padding + Double(index % rows) * rowHeight
            let (red, green, blue) = kind.colour.components
            cairo_set_source_rgb(context, red, green, blue)
            if kind == .markerLink {
                cairo_set_line_width(context, 0.8)
                cairo_move_to(context, left, top + 3.5)
                cairo_line_to(context, left + 10, top + 3.5)
                cairo_stroke(context)
            } else {
                cairo_rectangle(context, left, top + 0.5, 10, 6)
                cairo_fill(context)
            }
            cairo_set_source_rgb(context, 0.1, 0.1, 0.1)
            cairo_move_to(context, left + 14, top + 6)
            cairo_show_text(context, kind.legendName)
        }
    }
}

/// Where the legend goes: the page corner where it hides the least text.
enum LegendLayout {
    /// The frame of the given size, in a corner or at the middle of an edge, that overlaps the
    /// boxes least (the top right corner on ties).
    static func corner(
        width: Double, height: Double, pageWidth: Double, pageHeight: Double, avoiding boxes: [Rect]
    ) -> Rect {
        let margin = 4.0
        let left = margin, right = pageWidth - width - margin
        let top = margin, bottom = pageHeight - height - margin
        let centre = (pageWidth - width) / 2, middle = (pageHeight - height) / 2
        let places = [
            (right, top), (left, top), (right, bottom), (left, bottom),
            (centre, bottom), (centre, top), (right, middle), (left, middle),
        ]
        let corners = places.map {
            Rect(x0: $0.0, y0: $0.1, x1: $0.0 + width, y1: $0.1 + height)
        }
        return corners.min { covered($0, by: boxes) < covered($1, by: boxes) } ?? corners[0]
    }

    /// The area of `frame` the boxes cover, in square points.
    static func covered(_ frame: Rect, by boxes: [Rect]) -> Double {
        boxes.reduce(0) { total, box in
            let overlapWidth = max(0, min(frame.x1, box.x1) - max(frame.x0, box.x0))
            let overlapHeight = max(0, min(frame.y1, box.y1) - max(frame.y0, box.y0))
            return total + overlapWidth * overlapHeight
        }
    }
}
