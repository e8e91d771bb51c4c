import PlanciteCore
import PlanciteDataset

/// One problem `plancite check` reports: a record's diagnostic, or an input it could not read.
public struct Finding: Sendable, Equatable, Codable {
    /// The PDF path as the user named it (`source.path` of the record).
    public var path: String
    /// The dataset document id, or nil for an input that could not be read.
    public var documentID: String?
    /// 1-based page, or nil for document-wide findings.
    public var page: Int?
    /// The marker or note label involved, if any.
    public var label: String?
    /// The rule id.
    public var code: String
    /// The severity after the policy's re-grading.
    public var severity: Severity
    public var message: String
    public var bbox: Rect?
    /// True when the baseline accepts this finding, so it never fails the check.
    public var inBaseline: Bool

    public init(
        path: String, documentID: String?, page: Int?, label: String?, code: String,
        severity: Severity, message: String, bbox: Rect?, inBaseline: Bool = false
    ) {
        self.path = path
        self.documentID = documentID
        self.page = page
        self.label = label
        self.code = code
        self.severity = severity
        self.message = message
        self.bbox = bbox
        self.inBaseline = inBaseline
    }

    /// The finding for one of a record's diagnostics, at the diagnostic's own severity.
    public init(record: DocumentRecord, diagnostic: DiagnosticRecord) {
        self.init(
            path: record.source.path, documentID: record.id, page: diagnostic.page,
            label: diagnostic.label, code: diagnostic.code, severity: diagnostic.severity,
            message: diagnostic.message, bbox: diagnostic.bbox)
    }

    /// The finding for an input that could not be read (rule `unreadable-input`, always an error).
    public init(unreadable input: UnreadableInput) {
        self.init(
            path: input.path, documentID: nil, page: nil, label: nil,
            code: RuleCatalogue.unreadableInput, severity: .error,
            message: "\(input.code.rawValue): \(input.message)", bbox: nil)
    }

    /// The order of every report: file, page (document-wide first), code, label, message.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.path != b.path { return a.path < b.path }
        if a.page != b.page { return (a.page ?? 0) < (b.page ?? 0) }
        if a.code != b.code { return a.code < b.code }
        if a.label != b.label { return (a.label ?? "") < (b.label ?? "") }
        if a.message != b.message { return a.message < b.message }
        return a.severity > b.severity
    }

    enum CodingKeys: String, CodingKey {
        case path, documentID = "documentId", page, label, code, severity, message, bbox, inBaseline
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(documentID, forKey: .documentID)
        try c.encode(page, forKey: .page)
        try c.encode(label, forKey: .label)
        try c.encode(code, forKey: .code)
        try c.encode(severity, forKey: .severity)
        try c.encode(message, forKey: .message)
        try c.encode(bbox, forKey: .bbox)
        try c.encode(inBaseline, forKey: .inBaseline)
    }
}
