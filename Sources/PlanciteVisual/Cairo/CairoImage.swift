import CCairo
import Foundation
import PlanciteExtract

/// Why an image could not be drawn or encoded.
public enum VisualError: Error, Sendable, Equatable, LocalizedError {
    case badImage(String)
    case cairo(String)

    public var errorDescription: String? {
        switch self {
        case .badImage(let reason): "cannot draw on the image: \(reason)"
        case .cairo(let reason): "cairo failed: \(reason)"
        }
    }
}

/// Cairo over the pixels of a `RenderedPage`: draw on them, encode them as PNG.
///
/// Every cairo object lives inside one call and is destroyed before it returns.
enum CairoImage {
    /// Runs `body` with a cairo context whose user space is PDF points on the page, then keeps the pixels.
    static func draw(on page: inout RenderedPage, _ body: (OpaquePointer) -> Void) throws(VisualError) {
        try check(page)
        let width = Int32(page.width), height = Int32(page.height), stride = Int32(page.stride), scale = page.scale
        let status: cairo_status_t = page.pixels.withUnsafeMutableBufferPointer { buffer in
            guard let surface = cairo_image_surface_create_for_data(buffer.baseAddress, CAIRO_FORMAT_ARGB32, width, height, stride)
            else { return CAIRO_STATUS_NO_MEMORY }
            defer { cairo_surface_destroy(surface) }
            guard let context = cairo_create(surface) else { return CAIRO_STATUS_NO_MEMORY }
            defer { cairo_destroy(context) }
            cairo_scale(context, scale, scale)
            body(context)
            cairo_surface_flush(surface)
            let status = cairo_status(context)
            return status == CAIRO_STATUS_SUCCESS ? cairo_surface_status(surface) : status
        }
        guard status == CAIRO_STATUS_SUCCESS else { throw .cairo(String(cString: cairo_status_to_string(status))) }
    }

    /// The page's pixels as PNG bytes, without an alpha channel (rendered pages are opaque).
    static func png(of page: RenderedPage) throws(VisualError) -> Data {
        try check(page)
        var copy = page.pixels
        let sink = PNGSink()
        let status: cairo_status_t = copy.withUnsafeMutableBufferPointer { buffer in
            guard let surface = cairo_image_surface_create_for_data(
                buffer.baseAddress, CAIRO_FORMAT_RGB24, Int32(page.width), Int32(page.height), Int32(page.stride))
            else { return CAIRO_STATUS_NO_MEMORY }
            defer { cairo_surface_destroy(surface) }
            let closure = Unmanaged.passUnretained(sink).toOpaque()
            return cairo_surface_write_to_png_stream(surface, { closure, bytes, length in
                guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, closure)
        }
        guard status == CAIRO_STATUS_SUCCESS else { throw .cairo(String(cString: cairo_status_to_string(status))) }
        return sink.data
    }

    private static func check(_ page: RenderedPage) throws(VisualError) {
        guard page.width > 0, page.height > 0 else { throw .badImage("it has no pixels") }
        let expected = Int(cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, Int32(page.width)))
        guard page.stride == expected else { throw .badImage("stride \(page.stride) is not cairo's \(expected)") }
        guard page.pixels.count >= page.stride * page.height else { throw .badImage("too few pixel bytes") }
    }
}

/// Collects the bytes cairo writes.
private final class PNGSink {
    var data = Data()
}
