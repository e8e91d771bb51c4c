import Foundation
import PlanciteCore

/// The folder-wide rows of one document, encoded once, by the process that built its record.
///
/// `DatasetWriter.finish` appends these bytes to the JSON Lines resources and
/// `references.csl.json` instead of decoding `documents/<id>.json` and encoding its rows again,
/// so that the serial end of a batch stays short. They are cached in `.plancite-rows/<id>.rows`
/// beside the dataset; each cache names the SHA-256 of the document file it was made from, and a
/// cache that does not match that file (or is missing) is ignored: the rows are rebuilt from it.
///
/// Cache format: a line `plancite-rows 1 <sha256>`, then sections, each a line `<name> <byte count>`
/// followed by that many bytes. Names are the table names and `reference` (one CSL item each).
struct DocumentRows: Equatable {
    /// The SHA-256 of the document file these rows were made from.
    var documentSHA256: String
    /// Each table's JSON Lines rows, every row ending in a newline.
    var tables: [ResourceTable: Data]
    /// Each CSL item pretty-printed and indented as an element of the references array, without a final newline.
    var references: [Data]

    private static let magic = "plancite-rows 1"

    init(record: DocumentRecord, documentSHA256: String) throws {
        let encoder = JSONTextEncoder()
        self.init(encodedRecord: try encoder.tree(record), documentSHA256: documentSHA256, encoder: encoder)
    }

    /// The rows of a record already encoded as a tree (the tree its document file was written from).
    init(encodedRecord record: JSONTextValue, documentSHA256: String, encoder: JSONTextEncoder) {
        self.documentSHA256 = documentSHA256
        var tables: [ResourceTable: Data] = [:]
        for table in ResourceTable.allCases {
            tables[table] = table.rows(inRecord: record, encoder: encoder).reduce(into: Data()) { $0.append($1) }
        }
        self.tables = tables
        references = []
        if case .object(let root) = record, case .array(let items)? = root.member("references") {
            references = items.elements.map { Data("  ".utf8) + encoder.text($0, style: .pretty, linePrefix: "  ") }
        }
    }

    /// Reads a cache file's bytes; nil when they are not a complete cache of this format.
    init?(cache data: Data) {
        var reader = SectionReader(data: data)
        guard let header = reader.line(), header.hasPrefix(Self.magic + " ") else { return nil }
        documentSHA256 = String(header.dropFirst(Self.magic.count + 1))
        tables = [:]
        references = []
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
        var data = Data("\(Self.magic) \(documentSHA256)\n".utf8)
        func section(_ name: String, _ bytes: Data) {
            data.append(contentsOf: "\(name) \(bytes.count)\n".utf8)
            data.append(bytes)
        }
        for table in ResourceTable.allCases { section(table.rawValue, tables[table] ?? Data()) }
        for reference in references { section("reference", reference) }
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

    mutating func line() -> String? {
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
