/// An axis-aligned box in PDF points, origin at the page's top-left corner, y growing downwards.
///
/// Encoded as the array `[x0, y0, x1, y1]`, rounded to hundredths of a point so that
/// output stays byte-stable across platforms.
public struct Rect: Sendable, Hashable, Codable, CustomStringConvertible {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public static let zero = Rect(x0: 0, y0: 0, x1: 0, y1: 0)

    @inlinable public var width: Double { x1 - x0 }
    @inlinable public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }
    @inlinable public var isEmpty: Bool { width <= 0 || height <= 0 }

    /// The smallest box holding both boxes; an empty box is ignored.
    @inlinable public func union(_ other: Rect) -> Rect {
        if isEmpty && x0 == 0 && y0 == 0 { return other }
        if other.isEmpty && other.x0 == 0 && other.y0 == 0 { return self }
        return Rect(
            x0: min(x0, other.x0), y0: min(y0, other.y0),
            x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// The union of all boxes, or `.zero` when there are none.
    ///
    /// Inlinable, so that callers in other modules get it specialised to their sequence type.
    @inlinable public static func union<S: Sequence>(_ rects: S) -> Rect where S.Element == Rect {
        var result: Rect?
        for rect in rects { result = result.map { $0.union(rect) } ?? rect }
        return result ?? .zero
    }

    /// How much of the two boxes' vertical extents overlap, as a share of the shorter one.
    public func verticalOverlap(with other: Rect) -> Double {
        let overlap = min(y1, other.y1) - max(y0, other.y0)
        let shorter = min(height, other.height)
        guard shorter > 0 else { return 0 }
        return max(0, overlap) / shorter
    }

    /// How much of the two boxes' horizontal extents overlap, as a share of the narrower one.
    public func horizontalOverlap(with other: Rect) -> Double {
        let overlap = min(x1, other.x1) - max(x0, other.x0)
        let narrower = min(width, other.width)
        guard narrower > 0 else { return 0 }
        return max(0, overlap) / narrower
    }

    public func contains(x: Double, y: Double) -> Bool {
        x >= x0 && x <= x1 && y >= y0 && y <= y1
    }

    public var description: String {
        "[\(Rect.rounded(x0)), \(Rect.rounded(y0)), \(Rect.rounded(x1)), \(Rect.rounded(y1))]"
    }

    /// Rounds to hundredths, the precision written to datasets.
    public static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        x0 = try container.decode(Double.self)
        y0 = try container.decode(Double.self)
        x1 = try container.decode(Double.self)
        y1 = try container.decode(Double.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(Rect.rounded(x0))
        try container.encode(Rect.rounded(y0))
        try container.encode(Rect.rounded(x1))
        try container.encode(Rect.rounded(y1))
    }
}
