/// A position in a document: a page and a Unicode scalar offset in that page's text.
///
/// Stages that never see each other's types meet through anchors: the structure parser
/// records where the superscripts inside a goal's text stand, and the citation parser
/// records where each marker stands, so the writer can join them.
public struct TextAnchor: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var page: Int
    public var offset: Int

    public init(page: Int, offset: Int) {
        self.page = page
        self.offset = offset
    }

    public static func < (lhs: TextAnchor, rhs: TextAnchor) -> Bool {
        (lhs.page, lhs.offset) < (rhs.page, rhs.offset)
    }

    public var description: String { "p\(page)@\(offset)" }
}
