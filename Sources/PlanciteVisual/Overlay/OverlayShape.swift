import PlanciteCore

/// One thing drawn over a page, in PDF points (top-left origin).
public struct OverlayShape: Sendable, Equatable {
    public enum Geometry: Sendable, Equatable {
        /// An outlined box.
        case box(Rect)
        /// A lightly filled box, drawn under the outlines.
        case zone(Rect)
        /// A thin line between two points.
        case line(fromX: Double, fromY: Double, toX: Double, toY: Double)
    }

    public var kind: OverlayKind
    public var geometry: Geometry
    /// Text written beside the shape (a superscript's label, a plan item's id).
    public var label: String?

    public init(kind: OverlayKind, geometry: Geometry, label: String? = nil) {
        self.kind = kind
        self.geometry = geometry
        self.label = label
    }

    /// The box of a box or zone shape.
    public var rect: Rect? {
        switch geometry {
        case .box(let rect), .zone(let rect): rect
        case .line: nil
        }
    }

    /// Drawing order: zones first, then block outlines, plan items, superscripts, lines.
    var layer: Int {
        switch (kind, geometry) {
        case (_, .zone): 0
        case (.goal, _), (.objective, _), (.actionItem, _): 2
        case (.superscript, _): 3
        case (_, .line): 4
        default: 1
        }
    }
}
