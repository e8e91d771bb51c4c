import PlanciteCore

/// The layout stage's model of a document: pages of blocks in reading order.
public struct LayoutDocument: Sendable, Equatable, Codable {
    public var path: String
    public var pages: [LayoutPage]
    /// Problems the layout stage noticed (none stop the pipeline).
    public var diagnostics: [Diagnostic]

    public init(path: String, pages: [LayoutPage], diagnostics: [Diagnostic] = []) {
        self.path = path
        self.pages = pages
        self.diagnostics = diagnostics
    }

    /// Body blocks of every page, in reading order.
    public var bodyBlocks: [Block] { pages.flatMap(\.body) }
}

/// One page of the layout model.
public struct LayoutPage: Sendable, Equatable, Codable {
    /// 1-based page number.
    public var number: Int
    public var width: Double
    public var height: Double
    /// Number of text columns detected in the body (1 or more).
    public var columns: Int
    /// Body blocks in reading order: headings, paragraphs, list items, table rows, TOC entries.
    public var body: [Block]
    /// Running headers, footers and page numbers, removed from the body.
    public var furniture: [Block]
    /// Blocks of the footnote zone at the page bottom, removed from the body.
    public var footnotes: [Block]

    public init(
        number: Int, width: Double, height: Double, columns: Int = 1,
        body: [Block], furniture: [Block] = [], footnotes: [Block] = []
    ) {
        self.number = number
        self.width = width
        self.height = height
        self.columns = columns
        self.body = body
        self.furniture = furniture
        self.footnotes = footnotes
    }
}
