import Foundation
import PlanciteCitations
import PlanciteCore
import PlanciteDataset
import PlanciteExtract
import PlanciteLayout
import PlanciteStructure

/// A rendered page with the layout model drawn over it, for `plancite inspect --png`.
///
/// ```swift
/// let stages = try PlanPipeline().stages(path: file, displayPath: file)
/// let image = try PageRenderer.render(path: file, page: 3, scale: 2)
/// let png = try PageOverlay(stages: stages, page: 3).png(over: image)
/// ```
public struct PageOverlay: Sendable {
    public var layoutPage: LayoutPage
    public var shapes: [OverlayShape]

    /// The overlay of page `page` (1-based) of a document run through the pipeline's stages.
    public init(layout: LayoutDocument, structure: PlanStructure, citations: CitationSet, page: Int) {
        let layoutPage = layout.pages.first { $0.number == page }
            ?? LayoutPage(number: page, width: 0, height: 0, body: [])
        self.layoutPage = layoutPage
        shapes = OverlayPlanner().shapes(for: layoutPage, structure: structure, citations: citations)
    }

    public init(stages: PlanPipeline.Stages, page: Int) {
        self.init(layout: stages.layout, structure: stages.structure, citations: stages.citations, page: page)
    }

    /// The page image with the shapes and a legend drawn on it.
    public func draw(over image: RenderedPage) throws(VisualError) -> RenderedPage {
        var image = image
        let page = layoutPage
        let blocks = (page.body + page.furniture + page.footnotes).map(\.bbox)
        let pageWidth = page.width > 0 ? page.width : Double(image.width) / image.scale
        let pageHeight = page.height > 0 ? page.height : Double(image.height) / image.scale
        let scale = image.scale
        try CairoImage.draw(on: &image) { context in
            let painter = OverlayPainter(context: context, scale: scale)
            painter.paint(shapes)
            painter.paintLegend(pageWidth: pageWidth, pageHeight: pageHeight, avoiding: blocks)
        }
        return image
    }

    /// `draw(over:)` encoded as PNG.
    public func png(over image: RenderedPage) throws(VisualError) -> Data {
        try CairoImage.png(of: draw(over: image))
    }
}

extension RenderedPage {
    /// The image encoded as PNG.
    public func pngData() throws(VisualError) -> Data {
        try CairoImage.png(of: self)
    }
}
