import PlanciteCore

/// One integrity rule: the stable code users switch off or re-grade, and its documentation.
public struct CheckRule: Sendable, Equatable, Codable {
    /// The kebab-case code, equal to the diagnostic code the pipeline emits.
    public var id: String
    public var defaultSeverity: Severity
    /// One line, used as SARIF `shortDescription` and in tables.
    public var summary: String
    /// What the rule catches, in a sentence or two.
    public var catches: String
    /// A short made-up case the rule reports.
    public var example: String
    /// How to make the finding go away.
    public var fix: String

    public init(
        id: String, defaultSeverity: Severity, summary: String, catches: String, example: String,
        fix: String
    ) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.catches = catches
        self.example = example
        self.fix = fix
    }

    /// The entry for a code no rule of the catalogue knows (structure and layout diagnostics).
    public static func generic(code: String, severity: Severity) -> CheckRule {
        CheckRule(
            id: code, defaultSeverity: severity,
            summary: "Reported by an extraction, layout or structure stage.",
            catches: "A problem another pipeline stage recorded while reading the document.",
            example: "See the finding's message.",
            fix: "Follow the message; switch the rule off or re-grade it in the policy if it is expected.")
    }
}
