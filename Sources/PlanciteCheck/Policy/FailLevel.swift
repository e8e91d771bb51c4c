import PlanciteCore

/// The lowest severity that fails the check (`--fail-on`, `fail-on:`).
public enum FailLevel: String, Sendable, Equatable, Codable, CaseIterable {
    case error
    case warning
    /// Findings never fail the check; unreadable inputs still give exit status 3.
    case never

    /// Whether a finding of this severity fails the check.
    public func fails(_ severity: Severity) -> Bool {
        switch self {
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .never: false
        }
    }
}
