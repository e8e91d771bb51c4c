import CPoppler
import PlanciteCore

/// Reads one poppler page into values. Text, glyph boxes and attributes are all asked of
/// the same page object, so poppler builds the page's text only once.
struct PageReader {
    let page: OpaquePointer
    let number: Int

    /// Share of the font size below the glyph box bottom where the baseline usually sits.
    static let descentRatio = 0.22

    func extract(fonts: inout FontTable) -> ExtractedPage {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        var text = takeString(poppler_page_get_text(page)) ?? ""

        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var rectangleCount: guint = 0
        let hasLayout = poppler_page_get_text_layout(page, &rectangles, &rectangleCount) != 0
        defer { g_free(rectangles) }
        let boxes = UnsafeBufferPointer(start: hasLayout ? rectangles : nil, count: hasLayout ? Int(rectangleCount) : 0)

        let styles = readStyles(fonts: &fonts)
        let runs = text.withUTF8 { RunSplitter.runs(utf8: $0, boxes: boxes, styles: styles) }
        return ExtractedPage(number: number, width: width, height: height, text: text, runs: runs)
    }

    private func readStyles(fonts: inout FontTable) -> [TextStyle] {
        guard let list = poppler_page_get_text_attributes(page) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var count = 0
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node { count += 1; node = current.pointee.next }
        var styles: [TextStyle] = []
        styles.reserveCapacity(count)
        node = list
        while let current = node {
            if let raw = current.pointee.data {
                let attributes = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let font = fonts.entry(for: attributes.font_name)
                styles.append(TextStyle(
                    font: font.name, traits: font.traits, size: attributes.font_size,
                    start: Int(attributes.start_index), end: Int(attributes.end_index)))
            }
            node = current.pointee.next
        }
        // Poppler lists the attributes in text order: sorted (stably) only when they are not.
        if zip(styles, styles.dropFirst()).allSatisfy({ $0.start <= $1.start }) { return styles }
        return styles.sorted { $0.start < $1.start }
    }

    /// `a.union(b)` (`Rect.union`: an empty box at the origin is ignored), inlined for the per-glyph loop.
    @inline(__always)
    static func unite(_ a: Rect, _ b: Rect) -> Rect {
        if (a.x1 - a.x0 <= 0 || a.y1 - a.y0 <= 0) && a.x0 == 0 && a.y0 == 0 { return b }
        if (b.x1 - b.x0 <= 0 || b.y1 - b.y0 <= 0) && b.x0 == 0 && b.y0 == 0 { return a }
        return Rect(x0: min(a.x0, b.x0), y0: min(a.y0, b.y0), x1: max(a.x1, b.x1), y1: max(a.y1, b.y1))
    }

    /// The scalar value starting at `offset` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 {
            return ((lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
            | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F), 4)
    }

    /// Unicode white space, with an ASCII fast path.
    static func isWhitespace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }

    /// How the next glyph stands to the run before it on the same poppler line.
    enum Gap {
        case none
        /// A visible gap that poppler wrote no space for (tightly set table cells).
        case wordSpace
        /// The glyph jumps backwards: a new run without a space.
        case jump
    }

    /// Share of the font size above which a gap between glyphs separates words.
    static let wordGapRatio = 0.4

    @inline(__always)
    static func gap(from run: Rect, to glyph: Rect, size: Double) -> Gap {
        if glyph.x0 < run.x0 - 0.5 { return .jump }
        return glyph.x0 - run.x1 > max(size, 1) * wordGapRatio ? .wordSpace : .none
    }

    /// `ABCDEF+DejaVuSerif` → `DejaVuSerif`.
    static func stripSubsetPrefix(_ name: String) -> String {
        guard let plus = name.firstIndex(of: "+"), name.distance(from: name.startIndex, to: plus) == 6
        else { return name }
        return String(name[name.index(after: plus)...])
    }

    /// The page's URI links, their boxes turned to top-left coordinates.
    func links() -> [LinkAnnotation] {
        guard let list = poppler_page_get_link_mapping(page) else { return [] }
        defer { poppler_page_free_link_mapping(list) }
        var height = 0.0
        var width = 0.0
        poppler_page_get_size(page, &width, &height)
        var links: [LinkAnnotation] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            node = current.pointee.next
            guard let raw = current.pointee.data else { continue }
            let mapping = raw.assumingMemoryBound(to: PopplerLinkMapping.self).pointee
            guard let action = mapping.action, action.pointee.type == POPPLER_ACTION_URI,
                let uri = action.pointee.uri.uri
            else { continue }
            let area = mapping.area
            let rect = Rect(
                x0: min(area.x1, area.x2), y0: height - max(area.y1, area.y2),
                x1: max(area.x1, area.x2), y1: height - min(area.y1, area.y2))
            links.append(LinkAnnotation(uri: String(cString: uri), page: number, rect: rect))
        }
        return links
    }
}
