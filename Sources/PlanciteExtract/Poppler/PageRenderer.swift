import CPoppler
import Foundation
import PlanciteCore

/// A page rendered to pixels: premultiplied ARGB32 in native byte order, as cairo lays it out.
///
/// A plain value, so it crosses module boundaries without poppler or cairo types.
public struct RenderedPage: Sendable, Equatable {
    /// Width and height in pixels.
    public var width: Int
    public var height: Int
    /// Pixels per PDF point.
    public var scale: Double
    /// Bytes per row (at least `width * 4`).
    public var stride: Int
    /// `stride * height` bytes, row after row from the top.
    public var pixels: [UInt8]

    public init(width: Int, height: Int, scale: Double, stride: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.scale = scale
        self.stride = stride
        self.pixels = pixels
    }

    /// The pixel at (x, y) as 0xAARRGGBB.
    public func argb(x: Int, y: Int) -> UInt32 {
        let offset = y * stride + x * 4
        return pixels.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }
    }
}

/// Renders PDF pages to pixels through poppler's cairo backend.
public enum PageRenderer {
    /// The largest image rendered, in pixels; a larger request is scaled down to fit.
    public static let maximumPixels = 40_000_000

    /// Renders page `number` (1-based) of the PDF at `path` on a white background.
    ///
    /// `scale` is pixels per point (2 gives 1224×1584 pixels for a US Letter page).
    public static func render(
        path: String, page number: Int, scale: Double, password: String? = nil
    ) throws(ExtractionError) -> RenderedPage {
        try render(path: path, page: number, password: password) { _ in scale }
    }

    /// Renders page `number` (1-based) of the PDF at `path` scaled to `width` pixels wide.
    public static func render(
        path: String, page number: Int, width: Int, password: String? = nil
    ) throws(ExtractionError) -> RenderedPage {
        try render(path: path, page: number, password: password) { pageWidth in Double(width) / max(pageWidth, 1) }
    }

    private static func render(
        path: String, page number: Int, password: String?, scale scaleForWidth: (Double) -> Double
    ) throws(ExtractionError) -> RenderedPage {
        let document = try OpenedDocument(path: path, password: password)
        let count = Int(poppler_document_get_n_pages(document.pointer))
        guard number >= 1, number <= count else {
            throw .pageOutOfRange(path: path, page: number, pageCount: count)
        }
        guard let page = poppler_document_get_page(document.pointer, Int32(number - 1)) else {
            throw .damaged(path: path, reason: "page \(number) cannot be loaded")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var widthPoints = 0.0
        var heightPoints = 0.0
        poppler_page_get_size(page, &widthPoints, &heightPoints)
        let scale = fittingScale(scaleForWidth(widthPoints), width: widthPoints, height: heightPoints)
        let width = max(1, Int((widthPoints * scale).rounded()))
        let height = max(1, Int((heightPoints * scale).rounded()))
        return try paint(page: page, width: width, height: height, scale: scale, path: path)
    }

    /// `scale`, reduced when the image would exceed `maximumPixels`.
    static func fittingScale(_ scale: Double, width: Double, height: Double) -> Double {
        let wanted = max(scale, 0.01)
        let area = width * height * wanted * wanted
        guard area > Double(maximumPixels), area > 0 else { return wanted }
        return wanted * (Double(maximumPixels) / area).squareRoot()
    }

    private static func paint(
        page: OpaquePointer, width: Int, height: Int, scale: Double, path: String
    ) throws(ExtractionError) -> RenderedPage {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw .unreadable(path: path, reason: "cannot allocate a \(width)×\(height) image")
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else {
            throw .unreadable(path: path, reason: "cannot allocate a \(width)×\(height) image")
        }
        defer { cairo_destroy(context) }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(page, context)
        cairo_surface_flush(surface)

        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else {
            throw .damaged(path: path, reason: "the page could not be rendered")
        }
        let pixels = Array(UnsafeBufferPointer(start: data, count: stride * height))
        return RenderedPage(width: width, height: height, scale: scale, stride: stride, pixels: pixels)
    }
}

/// A poppler document opened for rendering and released when the value goes away.
private final class OpenedDocument {
    let pointer: OpaquePointer

    init(path: String, password: String?) throws(ExtractionError) {
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path: path) }
        let uri = URL(fileURLWithPath: path).standardizedFileURL.absoluteString
        let opened = withGError { error in poppler_document_new_from_file(uri, password, error) }
        if let failure = opened.error {
            throw failure.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
                ? .encrypted(path: path, passwordGiven: password != nil)
                : .damaged(path: path, reason: failure.message.trimmingWhitespace())
        }
        guard let document = opened.result else {
            throw .damaged(path: path, reason: "poppler returned no document")
        }
        pointer = document
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }
}

extension PDFDocument {
    /// Renders page `number` (1-based) at `scale` pixels per point.
    ///
    /// Opens the file again for rendering, so pass the password the document was opened with.
    public func render(page number: Int, scale: Double, password: String? = nil) throws(ExtractionError) -> RenderedPage {
        try PageRenderer.render(path: path, page: number, scale: scale, password: password)
    }
}
