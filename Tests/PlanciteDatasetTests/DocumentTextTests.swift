import Foundation
import PlanciteCitations
import PlanciteCore
@testable import PlanciteDataset
import PlanciteExtract
import Testing

/// The document text and rows written straight from a record are the bytes the tree path writes:
/// `JSONTextEncoder` for the document file, `DocumentRows` for the rows cache.
@Suite struct DocumentTextTests {
    /// The fixture record with `texts` in every kind of string member, and the optional and empty cases.
    private func record(texts: String) -> DocumentRecord {
        var record = RecordFixtures.record(id: "plan-\(texts.utf8.count)")
        record.title = texts
        record.organizations.append(texts)
        record.goals[0].title = texts
        record.goals[0].markers = ["marker-1", texts]
        record.goals.append(GoalRecord(id: texts, number: -3, term: texts, title: "", statement: nil, page: 0, bbox: Rect(x0: -0.004, y0: 1e-7, x1: 1234567.891, y1: 0.1 + 0.2), markers: []))
        record.objectives[0].statement = texts
        record.objectives.append(ObjectiveRecord(id: "objective-2", number: texts, term: "Objective", goal: nil, title: texts, statement: texts, page: 9, bbox: RecordFixtures.box, markers: [texts]))
        record.actionItems.append(ActionItemRecord(id: "action-2", number: nil, term: texts, objective: nil, goal: nil, text: texts, agencies: [], page: 1, bbox: RecordFixtures.box, markers: [texts, ""]))
        record.markers.append(MarkerRecord(id: "marker-2", label: texts, ordinal: 2, page: 4, bbox: RecordFixtures.box, context: texts, note: nil, style: "bracket"))
        record.notes[0].text = texts
        record.notes[1].urls = [texts, ""]
        record.notes[1].antecedent = texts
        record.notes.append(NoteRecord(id: texts, label: texts, ordinal: 3, page: 5, bbox: RecordFixtures.box, text: texts, kind: "comment", antecedent: nil, pinpoint: texts, ambiguous: true, urls: [], dois: [texts], years: [-1, 0, 2024], reference: nil, citedBy: [texts], footnote: true))
        record.diagnostics.append(DiagnosticRecord(code: "x", severity: .error, message: texts, page: nil, label: nil, bbox: RecordFixtures.box))
        record.diagnostics.append(DiagnosticRecord(code: texts, severity: .info, message: "", page: 7, label: texts, bbox: nil))
        record.references.append(CSLItem(id: "plan/ref-2", type: "book", title: texts, author: [], issued: CSLDate(year: 2020, month: 1)))
        record.references.append(CSLItem(
            id: "plan/ref-3", type: "book", author: [CSLName(family: texts, given: "G"), CSLName(literal: "O"), CSLName()], note: texts))
        record.references.append(CSLItem(
            id: texts, type: texts, title: texts, containerTitle: texts, publisher: texts, issued: CSLDate(year: 1999, month: 12, day: 31),
            url: texts, doi: texts, note: texts))
        record.metadata = DocumentMetadata(title: texts, author: texts, keywords: "")
        record.period = nil
        return record
    }

    static let texts = [
        "plain", "", "quote \" and \\ backslash \\\" and \\\\\" end\\", "spaces  and\ttabs\nnew lines \r\n",
        "brackets [ ] { } , : \" [x] \"", "\u{1}\u{1f}\u{7f} control", "é 漢字 🎉 \u{2028} e\u{301} İ K", " ", "\\", "a/b",
    ]

    @Test(arguments: texts)
    func documentIsTheEncodersText(texts: String) throws {
        for record in [record(texts: texts), RecordFixtures.record(), Self.emptyRecord()] {
            let text = try DocumentText(record)
            var expected = try JSONTextEncoder.encode(record, style: .pretty)
            expected.append(0x0A)
            #expect(text.document.data == expected)
        }
    }

    @Test(arguments: texts)
    func rowsCacheIsTheTreesRowsCache(texts: String) throws {
        for record in [record(texts: texts), RecordFixtures.record(), Self.emptyRecord()] {
            let text = try DocumentText(record)
            let documentSHA256 = SHA256.hex(of: text.document.data)
            let cache = JSONByteBuffer()
            text.writeCache(documentSHA256: documentSHA256, to: cache)
            let expected = try DocumentRows(record: record, documentSHA256: documentSHA256)
            #expect(cache.data == expected.cacheData)
            #expect(DocumentRows(cache: cache.data) == expected)
        }
    }

    @Test func nonFiniteNumbersAreRefusedAsTheEncoderRefusesThem() throws {
        var record = RecordFixtures.record()
        record.goals[0].bbox = Rect(x0: .nan, y0: 0, x1: 1, y1: 1)
        #expect(throws: EncodingError.self) { try JSONTextEncoder.encode(record, style: .pretty) }
        #expect(throws: EncodingError.self) { try DocumentText(record) }
    }

    /// The writer knows these types' members one by one: a stored property added to one of them
    /// must be added to `RecordTextWriter+Items` (and this count) too.
    @Test func writtenTypesHaveTheMembersTheWriterWrites() {
        let record = record(texts: "x")
        let counts: [(String, Any, Int)] = [
            ("DocumentRecord", record, 14), ("GoalRecord", record.goals[0], 8), ("ObjectiveRecord", record.objectives[0], 9),
            ("ActionItemRecord", record.actionItems[0], 10), ("MarkerRecord", record.markers[0], 8), ("NoteRecord", record.notes[0], 16),
            ("DiagnosticRecord", record.diagnostics[0], 6), ("CSLItem", record.references[0], 10),
            ("CSLName", CSLName(), 3), ("CSLDate", CSLDate(year: 2000), 1), ("SourceRecord", record.source, 4),
            ("DocumentMetadata", record.metadata, 8), ("PeriodRecord", PeriodRecord(start: 1, end: 2), 2),
        ]
        for (name, value, count) in counts {
            #expect(Mirror(reflecting: value).children.count == count, "\(name)")
        }
    }

    private static func emptyRecord() -> DocumentRecord {
        DocumentRecord(
            id: "empty", source: SourceRecord(path: "e.pdf", sha256: "", bytes: 0, pages: 0), metadata: DocumentMetadata(),
            title: nil, period: PeriodRecord(start: 1, end: 2), organizations: [], goals: [], objectives: [], actionItems: [],
            markers: [], notes: [], diagnostics: [], references: [])
    }
}
