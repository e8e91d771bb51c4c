import CCairo
import Foundation

/// Renders fixture markup to PDF through cairo.
///
/// Output is deterministic: the same markup gives byte-identical PDFs. The creation date is
/// `@meta created=` when given, else 2024-01-01T00:00:00Z.
public enum FixtureRenderer {
    /// Fixed creation date used when the markup sets none.
    public static let defaultCreationDate = "2024-01-01T00:00:00Z"

    /// Renders markup and returns the PDF bytes.
    public static func render(markup: String) throws -> Data {
        try render(FixtureMarkup(parsing: markup))
    }

    /// Renders markup into a PDF file at `url`.
    public static func render(markup: String, to url: URL) throws {
        let data = try render(markup: markup)
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw FixtureError.writeFailed(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Renders parsed markup and returns the PDF bytes.
    public static func render(_ markup: FixtureMarkup) throws -> Data {
        let size = markup.pageSize.points
        let document = try CairoDocument(width: size.width, height: size.height)
        var composer = Composer(markup: markup, document: document)
        let (pages, outlines) = composer.compose()
        for (index, page) in pages.enumerated() {
            draw(page, number: index + 1, size: size, document: document)
            document.showPage()
        }
        for outline in outlines {
            document.addOutline(title: outline.title, page: min(outline.page, pages.count))
        }
        applyMetadata(markup.meta, to: document)
        return try document.finish()
    }

    /// Lays markup out without drawing, for tests that inspect placement.
    static func layout(_ markup: FixtureMarkup) throws -> [PageDraft] {
        let size = markup.pageSize.points
        let document = try CairoDocument(width: size.width, height: size.height)
        var composer = Composer(markup: markup, document: document)
        return composer.compose().pages
    }

    private static func draw(_ page: PageDraft, number: Int, size: (width: Double, height: Double), document: CairoDocument) {
        let face = FontFace(family: page.runningFamily)
        let runningSize = 8.5
        for (text, baseline) in [(page.header, 44.0), (page.footer, size.height - 40)] where !text.isEmpty {
            let resolved = text.replacingOccurrences(of: "{page}", with: String(number))
            let width = document.width(of: resolved, face: face, size: runningSize)
            document.drawText(resolved, x: (size.width - width) / 2, y: baseline, face: face, size: runningSize, link: nil)
        }
        for op in page.ops {
            switch op {
            case .text(let text, let x, let y, let face, let size, let link):
                document.drawText(text, x: x, y: y, face: face, size: size, link: link)
            case .line(let x1, let y1, let x2, let y2, let width):
                document.closeLink()
                document.drawLine(from: (x1, y1), to: (x2, y2), width: width)
            case .lineEnd:
                document.closeLink()
            }
        }
        document.closeLink()
    }

    private static func applyMetadata(_ entries: [MetaEntry], to document: CairoDocument) {
        var created = defaultCreationDate
        var modified: String?
        for entry in entries {
            switch entry.key {
            case "title": document.setMetadata(CAIRO_PDF_METADATA_TITLE, entry.value)
            case "author": document.setMetadata(CAIRO_PDF_METADATA_AUTHOR, entry.value)
            case "subject": document.setMetadata(CAIRO_PDF_METADATA_SUBJECT, entry.value)
            case "keywords": document.setMetadata(CAIRO_PDF_METADATA_KEYWORDS, entry.value)
            case "creator": document.setMetadata(CAIRO_PDF_METADATA_CREATOR, entry.value)
            case "created": created = entry.value
            case "modified": modified = entry.value
            default: break
            }
        }
        document.setMetadata(CAIRO_PDF_METADATA_CREATE_DATE, created)
        document.setMetadata(CAIRO_PDF_METADATA_MOD_DATE, modified ?? created)
    }
}
