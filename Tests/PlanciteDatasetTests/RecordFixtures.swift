import PlanciteCitations
import PlanciteCore
import PlanciteDataset
import PlanciteExtract

/// Small, valid records for tests of the write and validate stages.
enum RecordFixtures {
    static let box = Rect(x0: 72, y0: 100, x1: 300, y1: 114)

    static func record(id: String = "plan", path: String = "Samples/plan.pdf") -> DocumentRecord {
        DocumentRecord(
            id: id,
            source: SourceRecord(path: path, sha256: String(repeating: "ab", count: 32), bytes: 1234, pages: 3),
            metadata: DocumentMetadata(title: "A Plan", created: "2024-01-02T03:04:05Z"),
            title: "A Plan for Testing", period: PeriodRecord(start: 2024, end: 2028),
            organizations: ["Office of Tests"],
            goals: [GoalRecord(id: "goal-1", number: 1, term: "Goal", title: "Align", statement: "Work together.", page: 2, bbox: box, markers: ["marker-1"])],
            objectives: [ObjectiveRecord(id: "objective-1", number: "1", term: "Objective", goal: "goal-1", title: "Share data", statement: nil, page: 2, bbox: box, markers: [])],
            actionItems: [ActionItemRecord(id: "action-1.1", number: "1.1", term: "Action", objective: "objective-1", goal: "goal-1", text: "Build a portal, with care.", agencies: ["DOJ", "HHS"], page: 2, bbox: box, markers: [])],
            markers: [MarkerRecord(id: "marker-1", label: "1", ordinal: 1, page: 2, bbox: box, context: "Work together.", note: "note-1", style: "superscript")],
            notes: [
                NoteRecord(id: "note-1", label: "1", ordinal: 1, page: 3, bbox: box, text: "Office of Tests, Report, https://example.gov/r.", kind: "reference", antecedent: nil, pinpoint: nil, ambiguous: false, urls: ["https://example.gov/r"], dois: [], years: [2024], reference: "\(id)/ref-1", citedBy: ["marker-1"], footnote: false),
                NoteRecord(id: "note-2", label: "2", ordinal: 2, page: 3, bbox: box, text: "Ibid., 4.", kind: "ibid", antecedent: "note-1", pinpoint: "4", ambiguous: false, urls: [], dois: [], years: [], reference: "\(id)/ref-1", citedBy: [], footnote: false),
            ],
            diagnostics: [DiagnosticRecord(code: "orphan-note", severity: .warning, message: "note \"2\" is never cited", page: 3, label: "2", bbox: nil)],
            references: [CSLItem(id: "\(id)/ref-1", type: "report", title: "Report", url: "https://example.gov/r")])
    }
}
