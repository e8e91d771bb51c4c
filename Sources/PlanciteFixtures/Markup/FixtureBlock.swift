/// Paper size of the rendered pages.
public enum PageSize: String, Sendable, Equatable, Codable {
    case letter, a4

    /// Width and height in PDF points.
    public var points: (width: Double, height: Double) {
        switch self {
        case .letter: return (612, 792)
        case .a4: return (595.276, 841.89)
        }
    }
}

/// Font family of body text.
public enum FontFamily: String, Sendable, Equatable, Hashable, Codable {
    case serif, sans

    /// The fontconfig family name passed to cairo.
    var cairoName: String { self == .serif ? "DejaVu Serif" : "DejaVu Sans" }
}

/// A concrete face: family plus weight and slant.
public struct FontFace: Sendable, Equatable, Hashable, Codable {
    public var family: FontFamily
    public var bold: Bool
    public var italic: Bool

    public init(family: FontFamily, bold: Bool = false, italic: Bool = false) {
        self.family = family
        self.bold = bold
        self.italic = italic
    }

    /// Parses `serif`, `sans`, optionally suffixed `-bold`, `-italic` or `-bolditalic`.
    init?(name: String) {
        let parts = name.lowercased().split(separator: "-", maxSplits: 1).map(String.init)
        guard let family = FontFamily(rawValue: parts[0]) else { return nil }
        let variant = parts.count > 1 ? parts[1] : ""
        switch variant {
        case "": self.init(family: family)
        case "bold": self.init(family: family, bold: true)
        case "italic", "oblique": self.init(family: family, italic: true)
        case "bolditalic", "boldoblique": self.init(family: family, bold: true, italic: true)
        default: return nil
        }
    }
}

/// Marker in front of a list item.
public enum ListMarker: Sendable, Equatable, Codable {
    /// Drawn as a • bullet.
    case bullet
    /// Drawn exactly as written (`1.`, `1)`, `1.1`, `a.`, `iv.`).
    case label(String)
}

/// One parsed unit of fixture markup: a directive or a block of text.
public enum FixtureBlock: Sendable, Equatable {
    case meta([MetaEntry])
    case page(PageSize)
    case font(FontFamily)
    case size(Double)
    case columns(Int)
    case header(String)
    case footer(String)
    case newPage
    case hyphenate(Bool)
    case heading(level: Int, runs: [InlineRun])
    case paragraph(runs: [InlineRun])
    case listItem(marker: ListMarker, runs: [InlineRun])
    case tocEntry(runs: [InlineRun], page: String)
    case footnote(label: String, runs: [InlineRun])
    case table(header: [[InlineRun]], rows: [[[InlineRun]]])
    case rule
    /// Vertical space in points (skipped at the top of a column).
    case space(Double)
    case absoluteText(x: Double, y: Double, size: Double, face: FontFace, text: String)
    case outline(title: String, page: Int)
}

/// A `key=value` pair of `@meta`, kept in source order.
public struct MetaEntry: Sendable, Equatable, Codable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
