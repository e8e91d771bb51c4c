/// Tunable thresholds of the layout stage. Ratios are relative to a font size unless said otherwise.
public struct LayoutOptions: Sendable, Equatable {
    /// A gap between two runs of one poppler line wider than this many times the font size splits the
    /// line into two fragments (table cells, right-aligned page numbers).
    public var fragmentGapRatio: Double = 1.1
    /// A smaller gap also splits a line when it is at least this many times the size…
    public var cellGapRatio: Double = 0.6
    /// …and at least this many times the line's narrowest word space (table cells set close).
    public var cellGapToWordSpace: Double = 2
    /// A run no larger than this share of its line's body size may be a superscript or subscript.
    public var superscriptSizeRatio: Double = 0.9
    /// A small run whose baseline sits at least this share of the body size above the line's
    /// baseline is raised (superscript or exponent).
    public var raiseRatio: Double = 0.12
    /// A small run whose baseline sits at least this share of the body size below the line's baseline
    /// is a subscript.
    public var lowerRatio: Double = 0.1
    /// A single-letter fragment at least this many times the body size, left of a body line, is a drop cap.
    public var dropCapRatio: Double = 1.8
    /// Running headers and footers are looked for in this share of the page height at the top and bottom.
    public var furnitureBand: Double = 0.1
    /// The outermost line of a page inside this wider share of the page height may be a running
    /// head or foot set further in…
    public var furnitureWideBand: Double = 0.2
    /// …when its text recurs at that height on at least this many pages.
    public var furnitureWideMinPages: Int = 3
    /// Repeated furniture lines may move this many points up or down from page to page.
    public var furnitureYTolerance: Double = 12
    /// A furniture text must repeat on at least this many pages.
    public var furnitureMinPages: Int = 2
    /// Lines of the footnote zone are at most this share of the document's body size.
    public var footnoteSizeRatio: Double = 0.92
    /// The footnote zone starts below this share of the page height.
    public var footnoteZoneTop: Double = 0.3
    /// On the last page, the footnote zone reaches below this share of the page height (a notes
    /// block ending higher up, with empty space under it, is an endnotes section).
    public var footnoteZoneBottom: Double = 0.8
    /// A block whose size is at least this many times the body size is a heading.
    public var headingSizeRatio: Double = 1.1
    /// A heading has at most this many lines.
    public var headingMaxLines: Int = 3
    /// A bold body-size block counts as a heading when it is at most this many characters long.
    public var boldHeadingMaxLength: Int = 120
    /// Beyond the page's usual gap between lines, an extra gap of this share of the size starts a new block.
    public var paragraphGapRatio: Double = 0.4
    /// An empty vertical strip at least this wide (points) separates text columns.
    public var minGutterWidth: Double = 8
    /// Each text column is at least this share of the page width.
    public var minColumnWidthRatio: Double = 0.2
    /// Each side of a gutter holds at least this many lines.
    public var minColumnLines: Int = 3
    /// Median line width over column width at or above which a multi-column region reads as
    /// running text rather than a table.
    public var columnFillRatio: Double = 0.7
    /// A table has at least this many rows with two or more cells.
    public var minTableRows: Int = 2

    public init() {}
}
