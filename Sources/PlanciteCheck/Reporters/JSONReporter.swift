import PlanciteDataset

/// The findings and summary as one JSON object, sorted keys, findings in report order.
///
/// `{ "tool": {...}, "summary": {...}, "files": [...], "findings": [ {..., "fingerprint", "fails"} ] }`
public struct JSONReporter: Sendable {
    public init() {}

    struct Document: Encodable {
        var tool: Tool
        var summary: CheckSummary
        var failOn: FailLevel
        var files: [String]
        var findings: [Entry]
    }

    struct Tool: Encodable {
        var name: String
        var version: String
    }

    struct Entry: Encodable {
        var finding: Finding
        var fingerprint: Fingerprint
        var fails: Bool

        enum CodingKeys: String, CodingKey {
            case path, documentId, page, label, code, severity, message, bbox, inBaseline, fingerprint, fails
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(finding.path, forKey: .path)
            try c.encode(finding.documentID, forKey: .documentId)
            try c.encode(finding.page, forKey: .page)
            try c.encode(finding.label, forKey: .label)
            try c.encode(finding.code, forKey: .code)
            try c.encode(finding.severity, forKey: .severity)
            try c.encode(finding.message, forKey: .message)
            try c.encode(finding.bbox, forKey: .bbox)
            try c.encode(finding.inBaseline, forKey: .inBaseline)
            try c.encode(fingerprint, forKey: .fingerprint)
            try c.encode(fails, forKey: .fails)
        }
    }

    public func render(_ report: CheckReport) throws -> String {
        let document = Document(
            tool: Tool(name: ToolInfo.name, version: ToolInfo.version),
            summary: report.summary, failOn: report.failOn, files: report.files,
            findings: report.findings.map {
                Entry(finding: $0, fingerprint: Fingerprint($0), fails: report.fails($0))
            })
        return try DeterministicJSON.string(document)
    }
}
