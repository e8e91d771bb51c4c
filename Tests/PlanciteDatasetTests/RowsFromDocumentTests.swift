import Foundation
import PlanciteCitations
import PlanciteCore
@testable import PlanciteDataset
import Testing

/// Rows and references copied from the written document text are the ones written again from the tree.
@Suite struct RowsFromDocumentTests {
    private func record(texts: String) -> DocumentRecord {
        var record = RecordFixtures.record()
        record.goals[0].title = texts
        record.goals[0].markers = ["marker-1", texts]
        record.objectives[0].statement = texts
        record.notes[0].text = texts
        record.notes[1].urls = [texts, ""]
        record.diagnostics.append(DiagnosticRecord(code: "x", severity: .error, message: texts, page: nil, label: nil, bbox: RecordFixtures.box))
        record.references.append(CSLItem(id: "plan/ref-2", type: "book", title: texts, author: [], issued: CSLDate(year: 2020, month: 1)))
        record.references.append(CSLItem(
            id: "plan/ref-3", type: "book", author: [CSLName(family: texts, given: "G"), CSLName(literal: "O")], note: texts))
        return record
    }

    @Test(arguments: [
        "plain", "", "quote \" and \\ backslash \\\" and \\\\\" end\\", "spaces  and\ttabs\nnew lines \r\n",
        "brackets [ ] { } , : \" [x] \"", "\u{1}\u{1f} control", "é 漢字 🎉 \u{2028}", " ", "\\",
    ])
    func rowsFromTheDocumentAreTheRowsWrittenAgain(texts: String) throws {
        let record = record(texts: texts)
        let encoder = JSONTextEncoder()
        let tree = try encoder.tree(record)
        let output = JSONByteBuffer()
        let spans = encoder.writeDocument(tree, to: output)
        #expect(output.data == (try JSONTextEncoder.encode(record, style: .pretty)))
        for member in ["goals", "notes", "diagnostics", "references"] {
            guard case .object(let root) = tree, case .array(let items)? = root.member(member) else {
                Issue.record("no \(member)")
                continue
            }
            for case .object(let item) in items.elements {
                #expect(spans.first(of: ObjectIdentifier(item)) != nil && spans.object(ObjectIdentifier(item)) != nil)
            }
        }
        let copied = output.withBytes { text in
            DocumentRows(encodedRecord: tree, documentSHA256: "x", encoder: encoder, document: (spans, text))
        }
        let written = try DocumentRows(record: record, documentSHA256: "x")
        #expect(copied == written)
        #expect(copied.references.count == 3)
    }
}
