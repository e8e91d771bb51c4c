import Foundation
import PlanciteCore

/// The text of a document record's file and of its rows, written in one pass straight from the
/// record: each item is written once, into the document and its row (or reference) at the same time.
///
/// Byte for byte what `JSONTextEncoder` writes for the record (with a final newline) and what
/// `DocumentRows` makes of it, without the tree between (`DocumentTextTests`).
struct DocumentText {
    /// The document file's bytes, ending in a newline.
    let document: JSONByteBuffer
    /// Each table's JSON Lines rows (see `DocumentRows.tables`), then each reference's text (see
    /// `DocumentRows.references`), one after the other.
    let rows: JSONByteBuffer
    /// Where each table's rows are in `rows`, in `ResourceTable.allCases` order.
    private(set) var tables: [Range<Int>] = []
    /// Where each reference is in `rows`.
    private(set) var references: [Range<Int>] = []

    init(_ record: DocumentRecord) throws {
        document = JSONByteBuffer(capacity: 1 << 16)
        rows = JSONByteBuffer(capacity: 1 << 16)
        references.reserveCapacity(record.references.count)
        var writer = RecordTextWriter(document: document, second: rows)
        writer.setRowDocument(record.id)
        writer.beginObject()
        writer.key("actionItems"); let actionItems = try writer.items(record.actionItems) { try $0.write($1) }
        writer.key("diagnostics"); let diagnostics = try writer.items(record.diagnostics) { try $0.write($1) }
        writer.key("goals"); let goals = try writer.items(record.goals) { try $0.write($1) }
        writer.key("id"); writer.string(record.id)
        writer.key("markers"); let markers = try writer.items(record.markers) { try $0.write($1) }
        writer.key("metadata"); writer.write(record.metadata)
        writer.key("notes"); let notes = try writer.items(record.notes) { try $0.write($1) }
        writer.key("objectives"); let objectives = try writer.items(record.objectives) { try $0.write($1) }
        writer.key("organizations"); writer.strings(record.organizations)
        writer.key("period"); writer.write(record.period)
        writer.key("references")
        writer.beginArray()
        for item in record.references {
            writer.element()
            let start = rows.count
            rows.append("  ")
            writer.beginSecond(style: .element)
            writer.write(item)
            writer.endSecond()
            references.append(start..<rows.count)
        }
        writer.endArray()
        writer.key("schemaVersion"); writer.string(record.schemaVersion)
        writer.key("source"); writer.write(record.source)
        writer.key("title"); writer.string(record.title)
        writer.endObject()
        document.append(0x0A)
        tables = ResourceTable.allCases.map { table in
            switch table {
            case .goals: goals
            case .objectives: objectives
            case .actionItems: actionItems
            case .markers: markers
            case .notes: notes
            case .diagnostics: diagnostics
            }
        }
    }

    /// Appends the rows cache file of this document, whose file has the SHA-256 `documentSHA256`:
    /// the bytes of `DocumentRows.cacheData`.
    func writeCache(documentSHA256: String, to output: JSONByteBuffer) {
        // The body's checksum, at the end of the header line, is filled in once the body is written.
        let header = Array("\(DocumentRows.headerPrefix)\(documentSHA256) ".utf8) + [UInt8](repeating: 0x30, count: 16) + [0x0A]
        let bodySize = rows.count + 32 * ResourceTable.allCases.count + 24 * references.count
        output.reserve(header.count + bodySize)
        let hashStart = output.count + header.count - 17
        header.withUnsafeBufferPointer { output.append($0) }
        let bodyStart = output.count
        for (table, range) in zip(ResourceTable.allCases, tables) {
            Self.appendSectionLine(table.rawValue, count: range.count, to: output)
            output.append(rows, from: range.lowerBound, to: range.upperBound)
        }
        for range in references {
            Self.appendSectionLine("reference", count: range.count, to: output)
            output.append(rows, from: range.lowerBound, to: range.upperBound)
        }
        let hash = output.withBytes { RowsChecksum.hex(of: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0[bodyStart...]))) }
        Array(hash.utf8).withUnsafeBufferPointer { output.overwrite(at: hashStart, with: $0) }
    }

    private static func appendSectionLine(_ name: String, count: Int, to output: JSONByteBuffer) {
        output.append(utf8: name)
        output.append(UInt8(ascii: " "))
        JSONNumberText.append(count, to: output)
        output.append(0x0A)
    }
}

extension RecordTextWriter {
    /// An array of a record's items, each written into the document and as a row (ending in a
    /// newline) into the second text; returns where the rows are.
    mutating func items<Item>(_ items: [Item], write: (inout RecordTextWriter, Item) throws -> Void) rethrows -> Range<Int> {
        let start = second.count
        beginArray()
        for item in items {
            element()
            beginSecond(style: .compact)
            try write(&self, item)
            endSecond()
            second.append(0x0A)
        }
        endArray()
        return start..<second.count
    }
}
