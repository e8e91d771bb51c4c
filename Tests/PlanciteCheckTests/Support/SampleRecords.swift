import PlanciteCheck
import PlanciteCore
import PlanciteDataset
import PlanciteExtract

/// Hand-built document records and check inputs for the tests.
enum SampleRecords {
    static func diagnostic(
        _ code: String, _ severity: Severity, _ message: String, page: Int? = nil, label: String? = nil,
        bbox: Rect? = nil
    ) -> DiagnosticRecord {
        DiagnosticRecord(code: code, severity: severity, message: message, page: page, label: label, bbox: bbox)
    }

    static func record(id: String, path: String, pages: Int = 12, diagnostics: [DiagnosticRecord]) -> DocumentRecord {
        DocumentRecord(
            id: id, source: SourceRecord(path: path, sha256: String(repeating: "0", count: 64), bytes: 1000, pages: pages),
            metadata: DocumentMetadata(), title: nil, period: nil, organizations: [], goals: [], objectives: [],
            actionItems: [], markers: [], notes: [], diagnostics: diagnostics)
    }

    static let box = Rect(x0: 310.5, y0: 122.25, x1: 316, y1: 130)

    /// A plan with citation findings of several rules and one layout finding.
    static let plan = record(
        id: "plan", path: "Samples/plan.pdf",
        diagnostics: [
            diagnostic("orphan-note", .warning, "note 14 on page 9 is never cited", page: 9, label: "14"),
            diagnostic("dangling-marker", .error, "marker \"12\" has no note", page: 7, label: "12", bbox: box),
            diagnostic("numbering-gap", .error, "notes jump from 3 to 5: note 4 is missing", label: "4"),
            diagnostic("out-of-order", .warning, "marker 6 comes before marker 5", page: 3, label: "6"),
            diagnostic("column-overlap", .info, "two text columns overlap", page: 2),
        ])

    /// A report whose path and messages need escaping in every format.
    static let annual = record(
        id: "annual-report-2024", path: "Samples/annual report, 2024.pdf",
        diagnostics: [
            diagnostic(
                "malformed-url", .error, "URL \"https://agency .example/a,b?x=1&y=<2>\" cannot be parsed",
                page: 4, label: "3"),
            diagnostic("ibid-without-antecedent", .error, "Ibid. in note 1 has nothing before it: 100% unresolved", page: 1, label: "1"),
        ])

    static let clean = record(id: "clean", path: "Samples/clean.pdf", diagnostics: [])

    static let scan = UnreadableInput(path: "Samples/scan.pdf", code: .noTextLayer, message: "no page has a text layer")

    static let records = [plan, annual, clean]
}
