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
    /// Each table's JSON Lines rows, in `ResourceTable.allCases` order.
    let tables: [JSONByteBuffer]
    /// The references' texts (see `DocumentRows.references`) back to back; `referenceEnds` says where each ends.
    let references: JSONByteBuffer
    private(set) var referenceEnds: [Int] = []

    init(_ record: DocumentRecord) throws {
        document = JSONByteBuffer(capacity: 1 << 16)
        tables = ResourceTable.allCases.map { _ in JSONByteBuffer(capacity: 1 << 14) }
        references = JSONByteBuffer(capacity: 1 << 14)
        referenceEnds.reserveCapacity(record.references.count)
        var writer = RecordTextWriter(document: document)
        writer.setRowDocument(record.id)
        writer.beginObject()
        writer.key("actionItems"); try writer.items(record.actionItems, rows: rows(.actionItems)) { try $0.write($1) }
        writer.key("diagnostics"); try writer.items(record.diagnostics, rows: rows(.diagnostics)) { try $0.write($1) }
        writer.key("goals"); try writer.items(record.goals, rows: rows(.goals)) { try $0.write($1) }
        writer.key("id"); writer.string(record.id)
        writer.key("markers"); try writer.items(record.markers, rows: rows(.markers)) { try $0.write($1) }
        writer.key("metadata"); writer.write(record.metadata)
        writer.key("notes"); try writer.items(record.notes, rows: rows(.notes)) { try $0.write($1) }
        writer.key("objectives"); try writer.items(record.objectives, rows: rows(.objectives)) { try $0.write($1) }
        writer.key("organizations"); writer.strings(record.organizations)
        writer.key("period"); writer.write(record.period)
        writer.key("references")
        writer.beginArray()
        for item in record.references {
            writer.element()
            references.append("  ")
            writer.beginSecond(references, style: .element)
            writer.write(item)
            writer.endSecond()
            referenceEnds.append(references.count)
        }
        writer.endArray()
        writer.key("schemaVersion"); writer.string(record.schemaVersion)
        writer.key("source"); writer.write(record.source)
        writer.key("title"); writer.string(record.title)
        writer.endObject()
        document.append(0x0A)
    }

    private func rows(_ table: ResourceTable) -> JSONByteBuffer {
        tables[ResourceTable.allCases.firstIndex(of: table)!]
    }

    /// Appends the rows cache file of this document, whose file has the SHA-256 `documentSHA256`:
    /// the bytes of `DocumentRows.cacheData`.
    func writeCache(documentSHA256: String, to output: JSONByteBuffer) {
        // The body's hash, at the end of the header line, is filled in once the body is written.
        let header = Array("\(DocumentRows.headerPrefix)\(documentSHA256) ".utf8) + [UInt8](repeating: 0x30, count: 64) + [0x0A]
        let bodySize = tables.reduce(references.count) { $0 + $1.count + 32 } + 20 * referenceEnds.count
        output.reserve(header.count + bodySize)
        let hashStart = output.count + header.count - 65
        header.withUnsafeBufferPointer { output.append($0) }
        let bodyStart = output.count
        for (table, rows) in zip(ResourceTable.allCases, tables) {
            Self.appendSectionLine(table.rawValue, count: rows.count, to: output)
            output.append(rows, from: 0)
        }
        var start = 0
        for end in referenceEnds {
            Self.appendSectionLine("reference", count: end - start, to: output)
            output.append(references, from: start, to: end)
            start = end
        }
        let hash = output.withBytes { SHA256.hex(of: UnsafeBufferPointer(rebasing: $0[bodyStart...])) }
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
    /// An array of a record's items, each written into the document and as a row into `rows`.
    mutating func items<Item>(_ items: [Item], rows: JSONByteBuffer, write: (inout RecordTextWriter, Item) throws -> Void) rethrows {
        beginArray()
        for item in items {
            element()
            beginSecond(rows, style: .compact)
            try write(&self, item)
            endSecond()
            rows.append(0x0A)
        }
        endArray()
    }
}
