/// Settings for `CitationAnalyzer`.
public struct CitationOptions: Sendable, Equatable {
    /// When bracketed `[12]` markers are read.
    public enum BracketMarkers: String, Sendable, Equatable, Codable {
        /// Only when the document uses them consistently (see `MarkerDetector`).
        case auto
        case always
        case never
    }

    public var bracketMarkers: BracketMarkers
    /// Headings that open an endnote section, lowercased, without a trailing colon.
    public var sectionTitles: Set<String>
    /// Drops markers that have no note and stand in a heading, a table-of-contents entry or a short
    /// first-page block that does not end like a sentence (author affiliations), instead of reporting them as dangling.
    public var dropUnlinkedTitleMarkers: Bool

    public init(
        bracketMarkers: BracketMarkers = .auto,
        sectionTitles: Set<String> = ["endnotes", "end notes", "notes", "references", "footnotes"],
        dropUnlinkedTitleMarkers: Bool = true
    ) {
        self.bracketMarkers = bracketMarkers
        self.sectionTitles = sectionTitles
        self.dropUnlinkedTitleMarkers = dropUnlinkedTitleMarkers
    }
}
