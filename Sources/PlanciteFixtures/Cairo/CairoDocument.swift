import CCairo
import Foundation

/// A cairo PDF surface and its drawing context, writing into memory.
///
/// Both cairo objects are released in `deinit`; call `finish()` to get the PDF bytes.
final class CairoDocument {
    private final class Sink {
        var data = Data()
    }

    private let sink = Sink()
    private let surface: OpaquePointer
    private let context: OpaquePointer
    private var selectedFace: FontFace?
    private var selectedSize: Double?
    private var widthCache: [WidthKey: Double] = [:]
    private var openLink: String?

    private struct WidthKey: Hashable {
        var text: String
        var face: FontFace
        var size: Double
    }

    init(width: Double, height: Double) throws {
        let write: cairo_write_func_t = { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
            sink.data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        let surface = cairo_pdf_surface_create_for_stream(
            write, Unmanaged.passUnretained(sink).toOpaque(), width, height)!
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            let status = String(cString: cairo_status_to_string(cairo_surface_status(surface)))
            cairo_surface_destroy(surface)
            throw FixtureError.cairo(status: status)
        }
        self.surface = surface
        self.context = cairo_create(surface)!
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    // MARK: Document

    func setMetadata(_ key: cairo_pdf_metadata_t, _ value: String) {
        cairo_pdf_surface_set_metadata(surface, key, value)
    }

    func addOutline(title: String, page: Int) {
        _ = cairo_pdf_surface_add_outline(
            surface, Int32(CAIRO_PDF_OUTLINE_ROOT), title, "page=\(page)", cairo_pdf_outline_flags_t(0))
    }

    func showPage() {
        closeLink()
        cairo_show_page(context)
    }

    /// Finishes the PDF and returns its bytes.
    func finish() throws -> Data {
        closeLink()
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw FixtureError.cairo(status: String(cString: cairo_status_to_string(status)))
        }
        return sink.data
    }

    // MARK: Text

    /// Advance width of `text` set in `face` at `size`.
    func width(of text: String, face: FontFace, size: Double) -> Double {
        let key = WidthKey(text: text, face: face, size: size)
        if let cached = widthCache[key] { return cached }
        select(face, size: size)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        widthCache[key] = extents.x_advance
        return extents.x_advance
    }

    /// Draws `text` with its baseline starting at (x, y), y measured down from the page top.
    func drawText(_ text: String, x: Double, y: Double, face: FontFace, size: Double, link: String?) {
        if link != openLink {
            closeLink()
            if let link {
                let escaped = link.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "'", with: "\\'")
                cairo_tag_begin(context, "Link", "uri='\(escaped)'")
                openLink = link
            }
        }
        select(face, size: size)
        cairo_move_to(context, x, y)
        cairo_show_text(context, text)
    }

    /// Ends the link annotation that drawn text is currently part of.
    func closeLink() {
        if openLink != nil {
            cairo_tag_end(context, "Link")
            openLink = nil
        }
    }

    // MARK: Lines

    func drawLine(from start: (x: Double, y: Double), to end: (x: Double, y: Double), width: Double) {
        cairo_set_line_width(context, width)
        cairo_move_to(context, start.x, start.y)
        cairo_line_to(context, end.x, end.y)
        cairo_stroke(context)
    }

    private func select(_ face: FontFace, size: Double) {
        if selectedFace != face {
            cairo_select_font_face(
                context, face.family.cairoName,
                face.italic ? CAIRO_FONT_SLANT_ITALIC : CAIRO_FONT_SLANT_NORMAL,
                face.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
            selectedFace = face
            selectedSize = nil
        }
        if selectedSize != size {
            cairo_set_font_size(context, size)
            selectedSize = size
        }
    }
}
