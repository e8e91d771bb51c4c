import PlanciteCore

/// One page's text and the styled runs it is made of.
public struct ExtractedPage: Sendable, Equatable, Codable {
    /// 1-based page number.
    public var number: Int
    public var width: Double
    public var height: Double
    /// The page text in poppler's reading order, lines separated by `\n`.
    public var text: String
    /// Runs of text in the order of `text`.
    public var runs: [TextRun]

    public init(number: Int, width: Double, height: Double, text: String, runs: [TextRun]) {
        self.number = number
        self.width = width
        self.height = height
        self.text = text
        self.runs = runs
    }

    /// True when the page has no extractable characters other than white space.
    public var hasText: Bool { !runs.isEmpty }
}

/// A word or part of a word set in one font at one size, on one line.
///
/// Runs break at white space, at line ends and wherever the font or size changes, so a
/// superscript marker set against a word (`slavery”ii`) is a run of its own.
public struct TextRun: Sendable, Equatable, Codable {
    public var text: String
    /// The PDF font name, subset prefix removed (`DejaVuSerif-Bold`).
    public var font: String
    /// Font size in points.
    public var size: Double
    /// Union of the glyph boxes, top-left origin.
    public var bbox: Rect
    /// Estimated baseline y (top-left origin): the glyph boxes' bottom less the font's usual descent.
    public var baseline: Double
    /// Unicode scalar offsets of this run in the page text.
    public var range: TextRange
    /// Index of the poppler text line this run belongs to (0-based, per page).
    public var line: Int
    /// True when white space separates this run from the previous run on the same line.
    public var spaceBefore: Bool

    public init(
        text: String, font: String, size: Double, bbox: Rect, baseline: Double,
        range: TextRange, line: Int, spaceBefore: Bool
    ) {
        self.text = text
        self.font = font
        self.size = size
        self.bbox = bbox
        self.baseline = baseline
        self.range = range
        self.line = line
        self.spaceBefore = spaceBefore
    }

    /// True when the font name says the face is bold, heavy or black.
    public var isBold: Bool {
        let name = font.lowercased()
        return name.contains("bold") || name.contains("black") || name.contains("heavy")
            || name.contains("semibold") || name.hasSuffix(",b")
    }

    /// True when the font name says the face is italic or oblique.
    public var isItalic: Bool {
        let name = font.lowercased()
        return name.contains("italic") || name.contains("oblique")
    }
}
