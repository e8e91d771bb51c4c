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
            let tagWidth = extents.x_advance + 4 / scale
            let x = max(0, rect.x0 - tagWidth), y = max(fontSize + 2 / scale, rect.y0)
            cairo_rectangle(context, x, y - fontSize - 1 / scale, tagWidth, fontSize + 3 / scale)
            cairo_fill(context)
            cairo_set_source_rgb(context, 1, 1, 1)
            cairo_move_to(context, x + 2 / scale, y)
            cairo_show_text(context, text)
        }
    }
}
