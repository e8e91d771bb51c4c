import Foundation
import PlanciteCore
import PlanciteExtract

/// Small PNG pictures of pages with numbered boxes, as `data:` URIs.
struct Thumbnailer {
    /// Width of a thumbnail in pixels.
    var width = 260
    var colour = OverlayColour(red: 0xE0, green: 0x00, blue: 0x00)

    /// Page `page` of the PDF at `path` with each box outlined and numbered; nil when the page cannot be drawn.
    func dataURI(path: String, page: Int, boxes: [(number: Int, rect: Rect)]) -> String? {
        guard var image = try? PageRenderer.render(path: path, page: page, width: width) else { return nil }
        let (red, green, blue) = colour.components
        let pixelsPerPoint = image.scale
        do {
            try CairoImage.draw(on: &image) { context in
                BoxPainter(context: context, red: red, green: green, blue: blue, lineWidth: 2 / pixelsPerPoint, scale: pixelsPerPoint)
                    .paint(boxes)
            }
            return "data:image/png;base64," + (try CairoImage.png(of: image)).base64EncodedString()
        } catch {
            return nil
        }
    }
}
