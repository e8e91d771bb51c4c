import Foundation
import PlanciteCore

/// The folder-wide rows of one document, encoded once, by the process that built its record.
///
/// `DatasetWriter.finish` appends these bytes to the JSON Lines resources and
/// `references.csl.json` instead of decoding `documents/<id>.json` and encoding its rows again,
/// so that the serial end of a batch stays short. They are cached in `.plancite-rows/<id>.rows`
/// beside the dataset. A cache is used only when it was made by this tool and schema version from
/// the very bytes of `documents/<id>.json` and its own body is intact; otherwise it is ignored and
/// the rows are rebuilt from the document file.
///
/// Cache format: a header line `plancite-rows <format> <tool version> <schema version>
/// <document sha256> <body checksum>` (`RowsChecksum`, 16 hex digits), then the body: sections,
/// each a line `<name> <byte count>` followed by that many bytes. Names are the table names and
/// `reference` (one CSL item each).
struct DocumentRows: Equatable {
    /// The SHA-256 of the document file these rows were made from.
    var documentSHA256: String
    /// Each table's JSON Lines rows, every row ending in a newline.
    var tables: [ResourceTable: Data]
    /// Each CSL item pretty-printed and indented as an element of the references array, without a final newline.
    var references: [Data]

    /// Bump when the rows' shape or the cache layout changes.
    private static let format = "3"
    static var headerPrefix: String { "plancite-rows \(format) \(ToolInfo.version) \(ToolInfo.schemaVersion) " }

    init(record: DocumentRecord, documentSHA256: String) throws {
        let encoder = JSONTextEncoder()
        self.init(encodedRecord: try encoder.tree(record), documentSHA256: documentSHA256, encoder: encoder)
    }

    /// The rows of a record already encoded as a tree. (`DatasetWriter.write` writes the same
    /// bytes straight from the record, with `DocumentText`.)
    init(encodedRecord record: JSONTextValue, documentSHA256: String, encoder: JSONTextEncoder) {
        self.documentSHA256 = documentSHA256
        var tables: [ResourceTable: Data] = [:]
        for table in ResourceTable.allCases {
            let output = JSONByteBuffer(capacity: 1 << 14)
            table.writeRows(inRecord: record, encoder: encoder, to: output)
            tables[table] = output.data
        }
        self.tables = tables
        references = []
        if case .object(let root) = record, case .array(let items)? = root.member("references") {
            references.reserveCapacity(items.elements.count)
            let output = JSONByteBuffer()
            for item in items.elements {
                output.removeAll()
                output.append("  ")
                encoder.write(item, style: .pretty, linePrefix: "  ", to: output)
                references.append(output.data)
            }
        }
    }

    /// Reads a cache file's bytes; nil when they are not an intact cache of this format and version.
    init?(cache data: Data) {
        guard let newline = data.firstIndex(of: 0x0A) else { return nil }
        let header = String(decoding: data[data.startIndex..<newline], as: UTF8.self)
        guard header.hasPrefix(Self.headerPrefix) else { return nil }
        let hashes = header.dropFirst(Self.headerPrefix.count).split(separator: " ")
        let body = data[(newline + 1)...]
        guard hashes.count == 2, body.withUnsafeBytes({ RowsChecksum.hex(of: $0) }) == hashes[1] else { return nil }
        documentSHA256 = String(hashes[0])
        tables = [:]
        references = []
        var reader = SectionReader(data: Data(body))
        while !reader.atEnd {
            guard let (name, bytes) = reader.section() else { return nil }
            if name == "reference" {
                references.append(bytes)
            } else if let table = ResourceTable(rawValue: name) {
                tables[table] = bytes
            } else {
                return nil
            }
        }
        guard tables.count == ResourceTable.allCases.count else { return nil }
    }

    /// The bytes of the cache file.
    var cacheData: Data {
        var body = Data()
        func section(_ name: String, _ bytes: Data) {
            body.append(contentsOf: "\(name) \(bytes.count)\n".utf8)
            body.append(bytes)
        }
        for table in ResourceTable.allCases { section(table.rawValue, tables[table] ?? Data()) }
        for reference in references { section("reference", reference) }
        var data = Data("\(Self.headerPrefix)\(documentSHA256) \(body.withUnsafeBytes { RowsChecksum.hex(of: $0) })\n".utf8)
        data.append(body)
        return data
    }

    /// The rows of `table` one by one (each without its newline), for the CSV export.
    func rowLines(of table: ResourceTable) -> [Data] {
        guard let bytes = tables[table] else { return [] }
        return bytes.split(separator: 0x0A).map { Data($0) }
    }
}

/// Reads the lines and counted sections of a rows cache.
private struct SectionReader {
    let data: Data
    var position: Data.Index

    init(data: Data) {
        self.data = data
        position = data.startIndex
    }

    var atEnd: Bool { position >= data.endIndex }

    private mutating func line() -> String? {
        guard let end = data[position...].firstIndex(of: 0x0A) else { return nil }
        defer { position = end + 1 }
        return String(decoding: data[position..<end], as: UTF8.self)
    }

    mutating func section() -> (String, Data)? {
        guard let header = line(), let space = header.lastIndex(of: " "),
            let count = Int(header[header.index(after: space)...]), count >= 0,
            data.endIndex - position >= count
        else { return nil }
        defer { position += count }
        return (String(header[..<space]), Data(data[position..<position + count]))
    }
}
