/// Something to draw on a page, in page coordinates (points, y down from the top).
enum DrawOp: Equatable {
    /// Text with its baseline starting at (x, y).
    case text(String, x: Double, y: Double, face: FontFace, size: Double, link: String?)
    case line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double)
    /// End of a text line: a link annotation running on the next line starts anew.
    case lineEnd
}

/// A laid-out page waiting to be drawn.
struct PageDraft {
    var header: String
    var footer: String
    /// Family of the running header and footer: the body family when the page opened.
    var runningFamily: FontFamily = .serif
    var ops: [DrawOp] = []
    var hasContent: Bool { !ops.isEmpty }
}

/// Page dimensions and the body area inside the margins.
struct PageGeometry {
    var width: Double
    var height: Double
    var margin: Double = 72
    var columnGap: Double = 24

    var bodyTop: Double { margin }
    var bodyBottom: Double { height - margin }
    var bodyWidth: Double { width - 2 * margin }
}

/// Footnotes typeset for a column's footnote zone.
struct FootnoteBox {
    var lines: [SetLine]
    var settings: TextSettings
    var height: Double { Double(lines.count) * settings.lineHeight }
}
