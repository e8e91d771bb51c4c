import PlanciteCore

/// A note marker as written to `markers[]` and `markers.jsonl`.
public struct MarkerRecord: Sendable, Equatable, Codable {
    public var id: String
    public var label: String
    public var ordinal: Int
    public var page: Int
    public var bbox: Rect
    public var context: String
    public var note: String?
    /// `superscript` or `bracket`.
    public var style: String

    public init(id: String, label: String, ordinal: Int, page: Int, bbox: Rect, context: String, note: String?, style: String) {
        self.id = id
        self.label = label
        self.ordinal = ordinal
        self.page = page
        self.bbox = bbox
        self.context = context
        self.note = note
        self.style = style
    }

    enum CodingKeys: String, CodingKey { case id, label, ordinal, page, bbox, context, note, style }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(ordinal, forKey: .ordinal)
        try c.encode(page, forKey: .page)
        try c.encode(bbox, forKey: .bbox)
        try c.encode(context, forKey: .context)
        try c.encode(note, forKey: .note)
        try c.encode(style, forKey: .style)
    }
}

/// A note as written to `notes[]` and `notes.jsonl`.
public struct NoteRecord: Sendable, Equatable, Codable {
    public var id: String
    public var label: String
    public var ordinal: Int
    public var page: Int
    public var bbox: Rect
    public var text: String
    /// `reference`, `ibid`, `id`, `op-cit`, `supra` or `comment`.
    public var kind: String
    public var antecedent: String?
    public var pinpoint: String?
    public var ambiguous: Bool
    public var urls: [String]
    public var dois: [String]
    public var years: [Int]
    /// The CSL item id in `references.csl.json`, or nil.
    public var reference: String?
    public var citedBy: [String]
    public var footnote: Bool

    public init(
        id: String, label: String, ordinal: Int, page: Int, bbox: Rect, text: String, kind: String,
        antecedent: String?, pinpoint: String?, ambiguous: Bool, urls: [String], dois: [String],
        years: [Int], reference: String?, citedBy: [String], footnote: Bool
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
        self.citedBy = citedBy
        self.footnote = footnote
    }

    enum CodingKeys: String, CodingKey {
        case id, label, ordinal, page, bbox, text, kind, antecedent, pinpoint, ambiguous, urls, dois
        case years, reference, citedBy, footnote
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(ordinal, forKey: .ordinal)
        try c.encode(page, forKey: .page)
        try c.encode(bbox, forKey: .bbox)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        try c.encode(antecedent, forKey: .antecedent)
        try c.encode(pinpoint, forKey: .pinpoint)
        try c.encode(ambiguous, forKey: .ambiguous)
        try c.encode(urls, forKey: .urls)
        try c.encode(dois, forKey: .dois)
        try c.encode(years, forKey: .years)
        try c.encode(reference, forKey: .reference)
        try c.encode(citedBy, forKey: .citedBy)
        try c.encode(footnote, forKey: .footnote)
    }
}

/// A finding as written to `diagnostics[]` and `diagnostics.jsonl`.
public struct DiagnosticRecord: Sendable, Equatable, Codable {
    public var code: String
    public var severity: Severity
    public var message: String
    public var page: Int?
    public var label: String?
    public var bbox: Rect?

    public init(code: String, severity: Severity, message: String, page: Int?, label: String?, bbox: Rect?) {
        self.code = code
        self.severity = severity
        self.message = message
        self.page = page
        self.label = label
        self.bbox = bbox
    }

    public init(_ diagnostic: Diagnostic) {
        self.init(
            code: diagnostic.code, severity: diagnostic.severity, message: diagnostic.message,
            page: diagnostic.page, label: diagnostic.label, bbox: diagnostic.bbox)
    }

    enum CodingKeys: String, CodingKey { case code, severity, message, page, label, bbox }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(severity, forKey: .severity)
        try c.encode(message, forKey: .message)
        try c.encode(page, forKey: .page)
        try c.encode(label, forKey: .label)
        try c.encode(bbox, forKey: .bbox)
    }
}
