import PlanciteCore

/// What a token is, as far as the layout stage can tell from its geometry.
public enum TokenKind: String, Sendable, Hashable, Codable {
    /// Body text: a word with any punctuation attached.
    case word
    /// Smaller and raised above the line's baseline, not after a digit or variable: a note marker candidate.
    case superscript
    /// Smaller and raised right after a digit or a variable (`10²`, `x²`): not a note marker.
    case exponent
    /// Smaller and lowered below the baseline.
    case `subscript`
}

/// A word (or superscript) after text repair, with where it came from.
public struct Token: Sendable, Equatable, Codable {
    public var text: String
    public var kind: TokenKind
    /// 1-based page number.
    public var page: Int
    public var bbox: Rect
    /// Font size in points.
    public var size: Double
    public var font: String
    public var isBold: Bool
    public var isItalic: Bool
    /// Unicode scalar offsets in the page text (after a de-hyphenation join, the union of both parts).
    public var range: TextRange
    /// True when white space separates this token from the previous one in its block.
    public var spaceBefore: Bool

    public init(
        text: String, kind: TokenKind = .word, page: Int, bbox: Rect, size: Double,
        font: String = "", isBold: Bool = false, isItalic: Bool = false,
        range: TextRange, spaceBefore: Bool = true
    ) {
        self.text = text
        self.kind = kind
        self.page = page
        self.bbox = bbox
        self.size = size
        self.font = font
        self.isBold = isBold
        self.isItalic = isItalic
        self.range = range
        self.spaceBefore = spaceBefore
    }
}
