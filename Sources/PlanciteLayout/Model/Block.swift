import PlanciteCore

/// What a block is for.
public enum BlockKind: String, Sendable, Hashable, Codable {
    case heading
    case paragraph
    case listItem
    /// One row of a table; its cells are in `cells`.
    case tableRow
    /// A table-of-contents entry (`Goal 1 ........ 7`).
    case tocEntry
    /// A running header, found by repetition across pages.
    case header
    /// A running footer, found by repetition across pages.
    case footer
    case pageNumber
    /// A block of the footnote zone at a page bottom.
    case footnote
}

/// A cell of a table row.
public struct TableCell: Sendable, Equatable, Codable {
    public var tokens: [Token]
    public var bbox: Rect
    /// 0-based column index within the table.
    public var column: Int

    public init(tokens: [Token], bbox: Rect, column: Int) {
        self.tokens = tokens
        self.bbox = bbox
        self.column = column
    }

    public var text: String { Block.render(tokens, superscripts: .omit) }
}

/// A run of lines that belong together: a paragraph, a heading, a list item, a table row.
public struct Block: Sendable, Equatable, Codable {
    public var kind: BlockKind
    /// Lines after text repair (de-hyphenated, ligatures expanded, URLs joined).
    public var lines: [Line]
    /// 1-based page number of the first line.
    public var page: Int
    public var bbox: Rect
    /// Unicode scalar offsets in the page text covered by the block.
    public var range: TextRange
    /// Heading level, 1 for the largest; nil for other kinds.
    public var headingLevel: Int?
    /// The bullet or number that opens a list item or numbered heading (`•`, `1.`, `1.1`, `a)`).
    public var listMarker: String?
    /// 0-based column on the page (0 on single-column pages).
    public var column: Int
    /// For table rows: the table they belong to (unique within the document, kept across page breaks).
    public var tableID: Int?
    /// For table rows: true for a header row (a repeated header on a continuation page is dropped).
    public var isHeaderRow: Bool
    /// For table rows: the cells, left to right.
    public var cells: [TableCell]
    /// True for a paragraph that carries on the previous block's sentence across a column or page
    /// break (the previous block ends without closing punctuation and this one starts in lowercase).
    public var continuesPrevious: Bool

    public init(
        kind: BlockKind, lines: [Line], page: Int, bbox: Rect, range: TextRange,
        headingLevel: Int? = nil, listMarker: String? = nil, column: Int = 0,
        tableID: Int? = nil, isHeaderRow: Bool = false, cells: [TableCell] = [],
        continuesPrevious: Bool = false
    ) {
        self.kind = kind
        self.lines = lines
        self.page = page
        self.bbox = bbox
        self.range = range
        self.headingLevel = headingLevel
        self.listMarker = listMarker
        self.column = column
        self.tableID = tableID
        self.isHeaderRow = isHeaderRow
        self.cells = cells
        self.continuesPrevious = continuesPrevious
    }

    /// All tokens of the block in reading order.
    public var tokens: [Token] { lines.flatMap(\.tokens) }

    /// The block's text with superscripts left out (the text a parser reads).
    public var text: String { Block.render(tokens, superscripts: .omit) }

    /// The block's text with superscripts written as `^label` (for `inspect` and debugging).
    public var markedText: String { Block.render(tokens, superscripts: .caret) }

    /// How superscript tokens appear when tokens are joined into text.
    public enum SuperscriptRendering: Sendable {
        case omit
        case caret
    }

    /// Joins tokens with single spaces where `spaceBefore` says so.
    public static func render(_ tokens: [Token], superscripts: SuperscriptRendering) -> String {
        var result = ""
        for token in tokens {
            switch (token.kind, superscripts) {
            case (.superscript, .omit):
                continue
            case (.superscript, .caret):
                result += "^" + token.text
            default:
                if token.spaceBefore && !result.isEmpty { result += " " }
                result += token.text
            }
        }
        return result
    }
}
