import CCairo
import PlanciteCore

/// Outlines boxes and writes their numbers beside them, for report thumbnails.
struct BoxPainter {
    let context: OpaquePointer
    let red: Double, green: Double, blue: Double
    let lineWidth: Double
    let scale: Double

    func paint(_ boxes: [(number: Int, rect: Rect)]) {
        let fontSize = 11 / scale
        cairo_select_font_face(context, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD)
        cairo_set_font_size(context, fontSize)
        var tags: [Rect] = []
        for box in boxes {
            let rect = box.rect.outset(2 / scale)
            cairo_set_source_rgba(context, red, green, blue, 0.15)
            cairo_rectangle(context, rect.x0, rect.y0, rect.width, rect.height)
            cairo_fill_preserve(context)
            cairo_set_source_rgb(context, red, green, blue)
            cairo_set_line_width(context, lineWidth)
            cairo_stroke(context)
            let text = String(box.number)
            var extents = cairo_text_extents_t()
            cairo_text_extents(context, text, &extents)
            let tag = place(width: extents.x_advance + 4 / scale, height: fontSize + 3 / scale, beside: rect, avoiding: tags)
            tags.append(tag)
            cairo_rectangle(context, tag.x0, tag.y0, tag.width, tag.height)
            cairo_fill(context)
            cairo_set_source_rgb(context, 1, 1, 1)
            cairo_move_to(context, tag.x0 + 2 / scale, tag.y1 - 2 / scale)
            cairo_show_text(context, text)
        }
    }

    /// A number tag left of the box's top, moved further left past tags already placed
    /// (and right of the box when the page edge is reached).
    private func place(width: Double, height: Double, beside rect: Rect, avoiding tags: [Rect]) -> Rect {
        let top = max(0, rect.y0)
        var tag = Rect(x0: rect.x0 - width, y0: top, x1: rect.x0, y1: top + height)
        while tags.contains(where: { $0.overlaps(tag) }) {
            tag = Rect(x0: tag.x0 - width - 1 / scale, y0: top, x1: tag.x0 - 1 / scale, y1: top + height)
        }
        if tag.x0 < 0 {
            tag = Rect(x0: rect.x1, y0: top, x1: rect.x1 + width, y1: top + height)
            while tags.contains(where: { $0.overlaps(tag) }) {
                tag = Rect(x0: tag.x1 + 1 / scale, y0: top, x1: tag.x1 + 1 / scale + width, y1: top + height)
            }
        }
        return tag
    }
}

extension Rect {
    func overlaps(_ other: Rect) -> Bool {
        x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1
    }
}
