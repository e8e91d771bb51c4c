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
    /// True when the font name says the face is bold, heavy or black.
    public var isBold: Bool
    /// True when the font name says the face is italic or oblique.
    public var isItalic: Bool

    /// Makes a run; `traits` defaults to what the font name says.
    public init(
        text: String, font: String, size: Double, bbox: Rect, baseline: Double,
        range: TextRange, line: Int, spaceBefore: Bool, traits: FontTraits? = nil
    ) {
        let traits = traits ?? FontTraits(fontName: font)
        self.text = text
        self.font = font
        self.size = size
        self.bbox = bbox
        self.baseline = baseline
        self.range = range
        self.line = line
        self.spaceBefore = spaceBefore
        isBold = traits.isBold
        isItalic = traits.isItalic
    }
}

/// What a font's name says about its face.
public struct FontTraits: Sendable, Equatable, Hashable {
    public var isBold: Bool
    public var isItalic: Bool

    public init(isBold: Bool, isItalic: Bool) {
        self.isBold = isBold
        self.isItalic = isItalic
    }

    /// Reads the traits from a PDF font name such as `DejaVuSerif-BoldItalic` or `Arial,Bold`.
    public init(fontName: String) {
        let name = fontName.lowercased()
        isBold = name.contains("bold") || name.contains("black") || name.contains("heavy") || name.hasSuffix(",b")
        isItalic = name.contains("italic") || name.contains("oblique")
    }
}
