import PlanciteCore

/// One printed line: tokens left to right on a common baseline.
public struct Line: Sendable, Equatable, Codable {
    public var tokens: [Token]
    public var page: Int
    public var bbox: Rect
    /// Baseline y of the line's body text (top-left origin).
    public var baseline: Double
    /// The dominant (body) font size of the line.
    public var bodySize: Double

    public init(tokens: [Token], page: Int, bbox: Rect, baseline: Double, bodySize: Double) {
        self.tokens = tokens
        self.page = page
        self.bbox = bbox
        self.baseline = baseline
        self.bodySize = bodySize
    }

    /// The line's text, superscripts written as `^label`.
    public var text: String { Block.render(tokens, superscripts: .caret) }
}
