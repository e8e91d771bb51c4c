import PlanciteCore

/// The markers, notes and sources found in one document, linked and resolved.
public struct CitationSet: Sendable, Equatable, Codable {
    public var markers: [Marker]
    public var notes: [Note]
    /// One CSL-JSON item per distinct source; notes point at them by id.
    public var references: [CSLItem]
    public var diagnostics: [Diagnostic]

    public init(
        markers: [Marker] = [], notes: [Note] = [], references: [CSLItem] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.markers = markers
        self.notes = notes
        self.references = references
        self.diagnostics = diagnostics
    }
}

/// How a marker is set in the text.
public enum MarkerStyle: String, Sendable, Equatable, Codable {
    case superscript
    case bracket
}

/// A note marker in body text.
public struct Marker: Sendable, Equatable, Codable {
    /// Unique within the document: `marker-<ordinal>`.
    public var id: String
    /// As printed: `ii`, `12`, `*`.
    public var label: String
    /// 1-based position among the document's markers, in reading order.
    public var ordinal: Int
    public var page: Int
    public var bbox: Rect
    /// The sentence the marker stands in, markers left out.
    public var context: String
    /// The note's id, or nil when no note has this label in scope.
    public var note: String?
    public var style: MarkerStyle
    /// Where the marker stands, for joining with structure items.
    public var anchor: TextAnchor

    public init(
        id: String, label: String, ordinal: Int, page: Int, bbox: Rect, context: String,
        note: String?, style: MarkerStyle, anchor: TextAnchor
    ) {
        self.id = id
        self.label = label
        self.ordinal = ordinal
        self.page = page
        self.bbox = bbox
        self.context = context
        self.note = note
        self.style = style
        self.anchor = anchor
    }
}

/// What a note does.
public enum NoteKind: String, Sendable, Equatable, Codable, CaseIterable {
    /// Cites one or more sources in full (or nothing resolvable but a URL).
    case reference
    /// `Ibid.`: the source of the previous note.
    case ibid
    /// `Id.`: the Bluebook form of ibid.
    case id
    /// `Author, op. cit.`: the latest earlier work by that author.
    case opCit = "op-cit"
    /// `supra note N`: the source of note N.
    case supra
    /// Explanatory text that cites nothing.
    case comment
}

/// An endnote or footnote.
public struct Note: Sendable, Equatable, Codable {
    /// Unique within the document: `note-<label>`, with a series suffix when numbering restarts (`note-2-1`).
    public var id: String
    public var label: String
    /// 1-based position among the document's notes.
    public var ordinal: Int
    public var page: Int
    public var bbox: Rect
    /// The note's text, joined across lines and pages, without its label.
    public var text: String
    public var kind: NoteKind
    /// The note whose source this one repeats (through ibid chains); nil when none.
    public var antecedent: String?
    /// The pinpoint (`45`, `at 4`) of an ibid, id or supra note.
    public var pinpoint: String?
    /// True when the antecedent cannot be chosen (several candidate sources).
    public var ambiguous: Bool
    /// URLs, normalised (scheme added, trailing punctuation dropped).
    public var urls: [String]
    public var dois: [String]
    public var years: [Int]
    /// The CSL item this note (or its antecedent) cites, or nil.
    public var reference: String?
    /// Every CSL item the note cites (several for a note with sources separated by `;`).
    public var references: [String]
    /// Ids of the markers that cite this note.
    public var citedBy: [String]
    /// Which numbering series the note belongs to (0 for the first; bumps when labels restart).
    public var series: Int
    /// True for a footnote at a page bottom, false for an endnote.
    public var isFootnote: Bool

    public init(
        id: String, label: String, ordinal: Int, page: Int, bbox: Rect, text: String,
        kind: NoteKind, antecedent: String? = nil, pinpoint: String? = nil, ambiguous: Bool = false,
        urls: [String] = [], dois: [String] = [], years: [Int] = [], reference: String? = nil,
        citedBy: [String] = [], series: Int = 0, isFootnote: Bool = false, references: [String] = []
    ) {
        self.id = id
        self.label = label
        self.ordinal = ordinal
        self.page = page
        self.bbox = bbox
        self.text = text
        self.kind = kind
        self.antecedent = antecedent
        self.pinpoint = pinpoint
        self.ambiguous = ambiguous
        self.urls = urls
        self.dois = dois
        self.years = years
        self.reference = reference
        self.references = references
        self.citedBy = citedBy
        self.series = series
        self.isFootnote = isFootnote
    }

    enum CodingKeys: String, CodingKey {
        case id, label, ordinal, page, bbox, text, kind, antecedent, pinpoint, ambiguous, urls, dois, years
        case reference, references, citedBy, series, isFootnote
    }

    /// Decodes a note; `references` may be absent (written before it existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        label = try container.decode(String.self, forKey: .label)
        ordinal = try container.decode(Int.self, forKey: .ordinal)
        page = try container.decode(Int.self, forKey: .page)
        bbox = try container.decode(Rect.self, forKey: .bbox)
        text = try container.decode(String.self, forKey: .text)
        kind = try container.decode(NoteKind.self, forKey: .kind)
        antecedent = try container.decodeIfPresent(String.self, forKey: .antecedent)
        pinpoint = try container.decodeIfPresent(String.self, forKey: .pinpoint)
        ambiguous = try container.decode(Bool.self, forKey: .ambiguous)
        urls = try container.decode([String].self, forKey: .urls)
        dois = try container.decode([String].self, forKey: .dois)
        years = try container.decode([Int].self, forKey: .years)
        reference = try container.decodeIfPresent(String.self, forKey: .reference)
        references = try container.decodeIfPresent([String].self, forKey: .references) ?? []
        citedBy = try container.decode([String].self, forKey: .citedBy)
        series = try container.decode(Int.self, forKey: .series)
        isFootnote = try container.decode(Bool.self, forKey: .isFootnote)
    }
}
