import Foundation

/// Writes small, exact PDFs by hand for tests that must control every byte.
///
/// Text is set in the base-14 Helvetica font, so no font files are needed. Each text item
/// is placed at a baseline position (top-left origin, points); `rise` raises it like a
/// superscript.
public struct MinimalPDF {
    public struct TextItem {
        public var x: Double
        public var y: Double
        public var size: Double
        public var text: String
        public var rise: Double
        public var bold: Bool

        public init(x: Double, y: Double, size: Double = 11, text: String, rise: Double = 0, bold: Bool = false) {
            self.x = x
            self.y = y
            self.size = size
            self.text = text
            self.rise = rise
            self.bold = bold
        }
    }

    public struct Page {
        public var items: [TextItem]
        /// URI links: (uri, x0, y0, x1, y1) in top-left coordinates.
        public var links: [(uri: String, rect: (Double, Double, Double, Double))]
        /// Draw a filled box instead of text (a page with no text layer).
        public var drawsOnlyShapes: Bool

        public init(items: [TextItem] = [], links: [(uri: String, rect: (Double, Double, Double, Double))] = [], drawsOnlyShapes: Bool = false) {
            self.items = items
            self.links = links
            self.drawsOnlyShapes = drawsOnlyShapes
        }
    }

    public var pages: [Page]
    public var info: [String: String]
    /// Outline entries: (title, 1-based page).
    public var outline: [(title: String, page: Int)]
    public var width: Double = 612
    public var height: Double = 792

    public init(pages: [Page], info: [String: String] = [:], outline: [(title: String, page: Int)] = []) {
        self.pages = pages
        self.info = info
        self.outline = outline
    }

    /// The PDF bytes.
    public func data() -> Data {
        var objects: [String] = []  // index i holds object i+1
        func reserve() -> Int { objects.append(""); return objects.count }

        let catalog = reserve()
        let pagesNode = reserve()
        let font = reserve()
        let boldFont = reserve()
        objects[font - 1] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
        objects[boldFont - 1] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"

        var pageIDs: [Int] = []
        for page in pages {
            let pageID = reserve()
            let contentID = reserve()
            pageIDs.append(pageID)
            var stream = ""
            if page.drawsOnlyShapes {
                stream = "0.5 g 72 72 200 200 re f\n"
            }
            for item in page.items {
                let fontName = item.bold ? "/F2" : "/F1"
                let baseline = height - item.y
                stream += "BT \(fontName) \(item.size) Tf \(item.rise) Ts 1 0 0 1 \(item.x) \(baseline) Tm (\(Self.escape(item.text))) Tj ET\n"
            }
            objects[contentID - 1] = "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)endstream"
            var annots: [Int] = []
            for link in page.links {
                let id = reserve()
                let (x0, y0, x1, y1) = link.rect
                objects[id - 1] = "<< /Type /Annot /Subtype /Link /Rect [\(x0) \(height - y1) \(x1) \(height - y0)] /Border [0 0 0] /A << /S /URI /URI (\(Self.escape(link.uri))) >> >>"
                annots.append(id)
            }
            let annotsEntry = annots.isEmpty ? "" : " /Annots [\(annots.map { "\($0) 0 R" }.joined(separator: " "))]"
            objects[pageID - 1] = "<< /Type /Page /Parent \(pagesNode) 0 R /MediaBox [0 0 \(width) \(height)] /Resources << /Font << /F1 \(font) 0 R /F2 \(boldFont) 0 R >> >> /Contents \(contentID) 0 R\(annotsEntry) >>"
        }
        objects[pagesNode - 1] = "<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pageIDs.count) >>"

        var outlineEntry = ""
        if !outline.isEmpty {
            let root = reserve()
            let itemIDs = outline.map { _ in reserve() }
            for (index, entry) in outline.enumerated() {
                var dict = "<< /Title (\(Self.escape(entry.title))) /Parent \(root) 0 R /Dest [\(pageIDs[entry.page - 1]) 0 R /XYZ 0 \(height) 0]"
                if index > 0 { dict += " /Prev \(itemIDs[index - 1]) 0 R" }
                if index < itemIDs.count - 1 { dict += " /Next \(itemIDs[index + 1]) 0 R" }
                objects[itemIDs[index] - 1] = dict + " >>"
            }
            objects[root - 1] = "<< /Type /Outlines /First \(itemIDs[0]) 0 R /Last \(itemIDs[itemIDs.count - 1]) 0 R /Count \(itemIDs.count) >>"
            outlineEntry = " /Outlines \(root) 0 R"
        }
        objects[catalog - 1] = "<< /Type /Catalog /Pages \(pagesNode) 0 R\(outlineEntry) >>"

        var infoID: Int?
        if !info.isEmpty {
            let id = reserve()
            objects[id - 1] = "<< " + info.sorted { $0.key < $1.key }
                .map { "/\($0.key) (\(Self.escape($0.value)))" }.joined(separator: " ") + " >>"
            infoID = id
        }

        var output = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(output.utf8.count)
            output += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = output.utf8.count
        output += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { output += String(format: "%010d 00000 n \n", offset) }
        output += "trailer\n<< /Size \(objects.count + 1) /Root \(catalog) 0 R"
        if let infoID { output += " /Info \(infoID) 0 R" }
        output += " >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(output.utf8)
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "(", with: "\\(")
            .replacingOccurrences(of: ")", with: "\\)")
    }
}
