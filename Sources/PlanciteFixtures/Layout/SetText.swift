/// A measured piece of text in one face and size, ready to draw.
struct SetFragment: Equatable {
    var text: String
    var face: FontFace
    var size: Double
    /// Baseline shift upwards in points (negative for subscripts).
    var rise: Double
    var link: String?
    var script: InlineScript
    var width: Double
}

/// Fragments written without whitespace between them; lines break only between words.
struct SetWord: Equatable {
    var fragments: [SetFragment]
    var width: Double { fragments.reduce(0) { $0 + $1.width } }
}

/// A fragment placed on a line at a horizontal offset from the line start.
struct PlacedFragment: Equatable {
    var x: Double
    var fragment: SetFragment
}

/// One typeset line of text.
struct SetLine: Equatable {
    var fragments: [PlacedFragment]
    var width: Double

    /// Labels of superscripts on this line (`^{2,3}` gives 2 and 3).
    var superscriptLabels: [String] {
        fragments.filter { $0.fragment.script == .superscript }
            .flatMap { $0.fragment.text.split(whereSeparator: { $0 == "," || $0 == " " }) }
            .map(String.init)
    }
}

/// Base settings text is typeset with.
struct TextSettings: Equatable {
    var family: FontFamily
    var size: Double
    var bold = false
    var hyphenate = false

    var lineHeight: Double { size * 1.3 }
    /// Distance from the top of a line box to its baseline.
    var baselineOffset: Double { size * 1.02 }
}
