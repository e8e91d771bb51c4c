/// Vertical placement of inline text relative to the baseline.
public enum InlineScript: String, Sendable, Equatable, Codable {
    case base, superscript, `subscript`
}

/// How a run of inline text is set.
public struct InlineStyle: Sendable, Equatable, Hashable, Codable {
    public var bold: Bool
    public var italic: Bool
    public var script: InlineScript
    /// URI of the link annotation covering this text, if any.
    public var link: String?

    public init(bold: Bool = false, italic: Bool = false, script: InlineScript = .base, link: String? = nil) {
        self.bold = bold
        self.italic = italic
        self.script = script
        self.link = link
    }
}

/// A piece of inline text with one style; spaces inside it are kept as written.
public struct InlineRun: Sendable, Equatable, Codable {
    public var text: String
    public var style: InlineStyle

    public init(_ text: String, style: InlineStyle = InlineStyle()) {
        self.text = text
        self.style = style
    }
}

extension Array where Element == InlineRun {
    /// The text of all runs, markup removed.
    public var plainText: String { map(\.text).joined() }

    /// Labels written as superscripts (`^{1}`, `^{2,3}` gives 2 and 3).
    var superscriptLabels: [String] {
        filter { $0.style.script == .superscript }
            .flatMap { $0.text.split(whereSeparator: { $0 == "," || $0 == " " }) }
            .map(String.init)
    }
}
