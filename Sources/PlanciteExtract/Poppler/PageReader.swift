import CPoppler
import PlanciteCore

/// Reads one poppler page into values. Text, glyph boxes and attributes are all asked of
/// the same page object, so poppler builds the page's text only once.
struct PageReader {
    let page: OpaquePointer
    let number: Int

    /// Share of the font size below the glyph box bottom where the baseline usually sits.
    static let descentRatio = 0.22

    private struct Style {
        var font: String
        var traits: FontTraits
        var size: Double
        var start: Int
        var end: Int  // inclusive, as poppler reports it
    }

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
        let runs = text.withUTF8 { Self.buildRuns(utf8: $0, boxes: boxes, styles: styles) }
        return ExtractedPage(number: number, width: width, height: height, text: text, runs: runs)
    }

    private func readStyles(fonts: inout FontTable) -> [Style] {
        guard let list = poppler_page_get_text_attributes(page) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var styles: [Style] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let raw = current.pointee.data {
                let attributes = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let font = fonts.entry(for: attributes.font_name)
                styles.append(Style(
                    font: font.name, traits: font.traits, size: attributes.font_size,
                    start: Int(attributes.start_index), end: Int(attributes.end_index)))
            }
            node = current.pointee.next
        }
        return styles.sorted { $0.start < $1.start }
    }

    /// Splits the page text (as UTF-8) into runs at white space, line ends and style changes.
    ///
    /// Boxes, styles and run ranges count Unicode scalars; a run's text is the bytes of its scalars.
    private static func buildRuns(
        utf8 bytes: UnsafeBufferPointer<UInt8>, boxes: UnsafeBufferPointer<PopplerRectangle>, styles: [Style]
    ) -> [TextRun] {
        var runs: [TextRun] = []
        runs.reserveCapacity(bytes.count / 5)
        var styleIndex = 0
        var line = 0
        var pendingSpace = false
        let plain = FontTraits(isBold: false, isItalic: false)

        var runIsEmpty = true
        var runBytes = 0..<0
        var runStart = 0
        var runBox = Rect.zero
        var runStyle: Int?
        var runLine = 0
        var runSpace = false

        func flush(end: Int) {
            defer { runIsEmpty = true; runStyle = nil }
            guard !runIsEmpty else { return }
            let style = runStyle.map { styles[$0] }
            let size = style?.size ?? max(runBox.height, 1)
            runs.append(TextRun(
                text: String(decoding: UnsafeBufferPointer(rebasing: bytes[runBytes]), as: UTF8.self),
                font: style?.font ?? "", size: size, bbox: runBox,
                baseline: runBox.y1 - descentRatio * size,
                range: TextRange(start: runStart, end: end), line: runLine, spaceBefore: runSpace,
                traits: style?.traits ?? plain))
        }

        var index = 0  // scalar offset
        var offset = 0  // byte offset
        while offset < bytes.count {
            let (value, length) = scalar(in: bytes, at: offset)
            defer {
                offset += length
                index += 1
            }
            while styleIndex < styles.count, styles[styleIndex].end < index { styleIndex += 1 }
            let style = styleIndex < styles.count && styles[styleIndex].start <= index ? styleIndex : nil

            if value == 0x0A {
                flush(end: index)
                line += 1
                pendingSpace = false
                continue
            }
            if isWhitespace(value) {
                flush(end: index)
                pendingSpace = true
                continue
            }
            let box = index < boxes.count
                ? Rect(x0: boxes[index].x1, y0: boxes[index].y1, x1: boxes[index].x2, y1: boxes[index].y2)
                : runBox
            if !runIsEmpty {
                let size = runStyle.map { styles[$0].size } ?? runBox.height
                switch gap(from: runBox, to: box, size: size) {
                case .wordSpace:
                    flush(end: index)
                    pendingSpace = true
                case .jump:
                    flush(end: index)
                case .none where style != runStyle:
                    flush(end: index)
                case .none:
                    break
                }
            }
            if runIsEmpty {
                runIsEmpty = false
                runBytes = offset..<(offset + length)
                runStart = index
                runBox = box
                runStyle = style
                runLine = line
                runSpace = pendingSpace && runs.last?.line == line
                pendingSpace = false
            } else {
                runBytes = runBytes.lowerBound..<(offset + length)
                runBox = runBox.union(box)
            }
        }
        flush(end: index)
        return runs
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
