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
    ///
    /// The rows are slices of `data`, not copies.
    init?(cache data: Data) {
        guard let layout = data.withUnsafeBytes({ SectionReader.layout(ofCache: $0, headerPrefix: Self.headerPrefixBytes) }) else {
            return nil
        }
        documentSHA256 = layout.documentSHA256
        tables = [:]
        references = []
        references.reserveCapacity(layout.sections.count)
        for section in layout.sections {
            let bytes = data[(data.startIndex + section.bytes.lowerBound)..<(data.startIndex + section.bytes.upperBound)]
            if let table = section.table { tables[table] = bytes } else { references.append(bytes) }
        }
        guard tables.count == ResourceTable.allCases.count else { return nil }
    }

    private static let headerPrefixBytes = Array(headerPrefix.utf8)

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

/// Reads the header and counted sections of a rows cache, on its bytes.
private struct SectionReader {
    /// Where one section's bytes are, and which table they belong to (nil: a reference).
    struct Section {
        var table: ResourceTable?
        var bytes: Range<Int>
    }

    struct Layout {
        var documentSHA256: String
        var sections: [Section]
    }

    private static let names: [(bytes: [UInt8], table: ResourceTable?)] =
        [(Array("reference".utf8), nil)] + ResourceTable.allCases.map { (Array($0.rawValue.utf8), $0) }

    let bytes: UnsafeRawBufferPointer
    var position: Int

    /// The document hash and the sections of an intact cache; nil when the header does not start
    /// with `headerPrefix`, the body's checksum does not match or a section is malformed.
    static func layout(ofCache bytes: UnsafeRawBufferPointer, headerPrefix: [UInt8]) -> Layout? {
        var reader = SectionReader(bytes: bytes, position: 0)
        guard let header = reader.line(), header.count >= headerPrefix.count,
            headerPrefix.withUnsafeBytes({ header.prefix(headerPrefix.count).elementsEqual($0) })
        else { return nil }
        // `<document sha256> <body checksum>`, separated by one or more spaces.
        let words = header.dropFirst(headerPrefix.count).split(separator: UInt8(ascii: " "))
        let body = UnsafeRawBufferPointer(rebasing: bytes[reader.position...])
        guard words.count == 2, RowsChecksum.hex(of: body).utf8.elementsEqual(words[1]) else { return nil }
        var sections: [Section] = []
        while reader.position < bytes.count {
            guard let section = reader.section() else { return nil }
            sections.append(section)
        }
        return Layout(documentSHA256: String(decoding: words[0], as: UTF8.self), sections: sections)
    }

    /// The bytes up to the next newline, which is passed over.
    private mutating func line() -> Slice<UnsafeRawBufferPointer>? {
        guard let end = bytes[position...].firstIndex(of: 0x0A) else { return nil }
        defer { position = end + 1 }
        return bytes[position..<end]
    }

    /// A line `<name> <byte count>` and the bytes it counts.
    private mutating func section() -> Section? {
        guard let header = line(), let space = header.lastIndex(of: UInt8(ascii: " ")) else { return nil }
        let digits = header[(space + 1)...]
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
        let count = digits.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
        let name = header[..<space]
        guard bytes.count - position >= count, let known = Self.names.first(where: { $0.bytes.elementsEqual(name) }) else { return nil }
        defer { position += count }
        return Section(table: known.table, bytes: position..<(position + count))
    }
}
