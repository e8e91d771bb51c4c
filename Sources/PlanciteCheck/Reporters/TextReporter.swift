import PlanciteCore

/// Compiler-style lines, then a summary line.
///
/// ```
/// Samples/plan.pdf:7: error[dangling-marker]: marker "12" has no note
/// Samples/plan.pdf: warning[numbering-gap]: ...        (no page)
/// 2 errors, 1 warning in 3 files (1 new, 2 in baseline)
/// ```
/// With a baseline, accepted findings are left out unless `includeBaselined` is set; the summary
/// still counts them.
public struct TextReporter: Sendable {
    public var colour: Bool
    public var includeBaselined: Bool

    public init(colour: Bool = false, includeBaselined: Bool = false) {
        self.colour = colour
        self.includeBaselined = includeBaselined
    }

    public func render(_ report: CheckReport) -> String {
        var lines: [String] = []
        for finding in report.findings where includeBaselined || !finding.inBaseline {
            lines.append(line(for: finding))
        }
        lines.append(report.summary.line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// One finding's line.
    public func line(for finding: Finding) -> String {
        let location = finding.page.map { "\(finding.path):\($0):" } ?? "\(finding.path):"
        let kind = "\(finding.severity.rawValue)[\(finding.code)]"
        let message = finding.message.split(whereSeparator: \.isNewline).joined(separator: " ")
        let suffix = finding.inBaseline ? " (in baseline)" : ""
        guard colour else { return "\(location) \(kind): \(message)\(suffix)" }
        return "\(ANSI.bold)\(location)\(ANSI.reset) \(ANSI.colour(for: finding.severity))\(kind)\(ANSI.reset): "
            + "\(message)\(suffix.isEmpty ? "" : ANSI.dim + suffix + ANSI.reset)"
    }
}

/// The few terminal escape sequences the text reporter uses.
enum ANSI {
    static let reset = "\u{1B}[0m"
    static let bold = "\u{1B}[1m"
    static let dim = "\u{1B}[2m"

    static func colour(for severity: Severity) -> String {
        switch severity {
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[1;33m"
        case .info: "\u{1B}[1;36m"
        }
    }
}
