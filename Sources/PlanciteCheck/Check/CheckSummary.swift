/// Counts of a report: by severity, new and accepted, and files checked.
public struct CheckSummary: Sendable, Equatable, Codable {
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    public var files: Int
    /// Findings the baseline does not accept (all of them without a baseline).
    public var new: Int
    public var inBaseline: Int
    /// Findings that fail the check.
    public var failing: Int
    public var exitStatus: Int32
    public var usesBaseline: Bool

    public init(_ report: CheckReport) {
        errors = report.findings.filter { $0.severity == .error }.count
        warnings = report.findings.filter { $0.severity == .warning }.count
        infos = report.findings.filter { $0.severity == .info }.count
        files = report.files.count
        inBaseline = report.findings.filter(\.inBaseline).count
        new = report.findings.count - inBaseline
        failing = report.failingFindings.count
        exitStatus = report.exitStatus
        usesBaseline = report.usesBaseline
    }

    /// `2 errors, 1 warning in 3 files (1 new, 2 in baseline)`; info counts appear only when non-zero.
    public var line: String {
        var parts = [Self.count(errors, "error"), Self.count(warnings, "warning")]
        if infos > 0 { parts.append("\(infos) info") }
        var text = parts.joined(separator: ", ") + " in " + Self.count(files, "file")
        if usesBaseline { text += " (\(new) new, \(inBaseline) in baseline)" }
        return text
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
