/// A problem found in a document, collected rather than thrown.
///
/// Every stage appends diagnostics to a list; the writer stores them and `plancite check`
/// reports them. `code` is stable (kebab-case) so that users can switch rules off or
/// re-grade them.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var code: String
    public var severity: Severity
    public var message: String
    /// 1-based page number, or nil for document-wide findings.
    public var page: Int?
    /// The marker or note label involved, if any.
    public var label: String?
    public var bbox: Rect?

    public init(
        code: String, severity: Severity, message: String,
        page: Int? = nil, label: String? = nil, bbox: Rect? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.page = page
        self.label = label
        self.bbox = bbox
    }
}
