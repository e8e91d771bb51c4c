import Foundation
import PlanciteCore
@testable import PlanciteDataset
import Testing
import TestSupport

/// The rows cache: `finish` gives the same bytes whether it reads the cache or rebuilds the rows.
@Suite struct RowsCacheTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
        try directory.write(Data("one".utf8), to: "in/alpha.pdf")
        try directory.write(Data("two".utf8), to: "in/bravo.pdf")
    }

    private func ingest(_ paths: [String] = ["in"], into output: String) throws -> DatasetWriter {
        let inputs = InputDiscovery(workingDirectory: directory.url.path).discover(paths)
        let writer = try DatasetWriter(folder: directory.url.appendingPathComponent(output), formats: [.json, .csv])
        _ = try IngestRunner(processor: ScriptedProcessor(), writer: writer).run(inputs)
        return writer
    }

    private func folderFiles(_ output: String) throws -> [String: Data] {
        let root = directory.url.appendingPathComponent(output)
        var files: [String: Data] = [:]
        let names = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        for name in names where !name.hasPrefix(".plancite-rows") {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isFolder), !isFolder.boolValue {
                files[name] = try Data(contentsOf: root.appendingPathComponent(name))
            }
        }
        return files
    }

    @Test func cacheRoundTrips() throws {
        let rows = try DocumentRows(record: RecordFixtures.record(), documentSHA256: String(repeating: "ab", count: 32))
        #expect(!rows.references.isEmpty && rows.tables[.goals]?.isEmpty == false)
        #expect(DocumentRows(cache: rows.cacheData) == rows)
    }

    /// A reference written with a line prefix reads as the pretty text indented line by line.
    @Test func referencesAreIndentedAsArrayElements() throws {
        let encoder = JSONTextEncoder()
        let values: [JSONTextValue] = try [
            encoder.tree(RecordFixtures.record().references[0]), encoder.tree(["a": [Int]()]), encoder.tree([String: Int]()),
            encoder.tree([["x": [[Int]()]]]), encoder.tree("text"),
        ]
        for value in values {
            let pretty = String(decoding: encoder.text(value, style: .pretty), as: UTF8.self)
            let expected = pretty.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
            #expect("  " + String(decoding: encoder.text(value, style: .pretty, linePrefix: "  "), as: UTF8.self) == expected)
        }
    }

    /// A cache whose body was changed (same length), cut short, or made by another version is refused.
    @Test(arguments: ["tampered", "truncated", "version"])
    func alteredCachesAreRejected(change: String) throws {
        let rows = try DocumentRows(record: RecordFixtures.record(), documentSHA256: String(repeating: "cd", count: 32))
        var bytes = [UInt8](rows.cacheData)
        switch change {
        case "tampered":
            let index = try #require(bytes.lastIndex(of: UInt8(ascii: "R")))
            bytes[index] = UInt8(ascii: "X")
        case "truncated":
            let lastReference = try #require(String(decoding: bytes, as: UTF8.self).range(of: "reference ", options: .backwards))
            bytes = Array(String(decoding: bytes, as: UTF8.self)[..<lastReference.lowerBound].utf8)
        default:
            let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: " \(ToolInfo.version) ", with: " 0.0.0-other ")
            bytes = Array(text.utf8)
        }
        #expect(DocumentRows(cache: rows.cacheData) != nil)
        #expect(DocumentRows(cache: Data(bytes)) == nil)
    }

    /// The rows are each item as the published `Row` encodes it with Foundation: an independent
    /// definition of the JSON Lines resources.
    @Test func rowsMatchFoundationsEncodingOfEachRow() throws {
        let record = RecordFixtures.record()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func key(_ id: String?) -> String? { id.map { "\(record.id)/\($0)" } }
        func lines<Item: Encodable>(_ items: [Item], _ keys: (Item) -> [(name: String, value: String?)]) throws -> [String] {
            try items.map { String(decoding: try encoder.encode(Row(document: record.id, item: $0, keys: keys($0))), as: UTF8.self) + "\n" }
        }
        let expected: [ResourceTable: [String]] = [
            .goals: try lines(record.goals) { [("key", key($0.id))] },
            .objectives: try lines(record.objectives) { [("key", key($0.id)), ("goalKey", key($0.goal))] },
            .actionItems: try lines(record.actionItems) { [("key", key($0.id)), ("goalKey", key($0.goal)), ("objectiveKey", key($0.objective))] },
            .markers: try lines(record.markers) { [("key", key($0.id)), ("noteKey", key($0.note))] },
            .notes: try lines(record.notes) { [("key", key($0.id)), ("antecedentKey", key($0.antecedent))] },
            .diagnostics: try lines(record.diagnostics) { _ in [] },
        ]
        for table in ResourceTable.allCases {
            let rows = try table.rows(of: record).map { String(decoding: $0, as: UTF8.self) }
            #expect(rows == expected[table], "\(table.fileName)")
            #expect(!rows.isEmpty || table == .diagnostics, "the fixture has no \(table.rawValue)")
        }
    }

    @Test(arguments: ["", "plancite-rows 1 x\ngoals 99\n{}", "plancite-rows 1 x\nunknown 0\n", "something else\n"])
    func damagedCachesAreRejected(text: String) {
        #expect(DocumentRows(cache: Data(text.utf8)) == nil)
    }

    @Test(arguments: ["remove", "stale", "garbage"])
    func finishGivesTheSameBytesWithoutAUsableCache(damage: String) throws {
        let writer = try ingest(into: "cached")
        let expected = try folderFiles("cached")
        let cache = writer.rowsCacheFolder.appendingPathComponent("alpha.rows")
        #expect(FileManager.default.fileExists(atPath: cache.path))
        switch damage {
        case "remove": try FileManager.default.removeItem(at: writer.rowsCacheFolder)
        case "stale":
            // A cache made from other bytes, as a killed worker would leave next to a newer document.
            let bravo = try Data(contentsOf: writer.rowsCacheFolder.appendingPathComponent("bravo.rows"))
            try bravo.write(to: cache)
        default: try Data("plancite-rows 1 0\ngoals 5\n{".utf8).write(to: cache)
        }
        let entries = try JSONCoding.decode(Manifest.self, from: Data(contentsOf: writer.folder.appendingPathComponent("manifest.json"))).inputs
        try writer.finish(entries: entries)
        #expect(try folderFiles("cached") == expected)
    }

    @Test func cachesOfRemovedDocumentsAreRemoved() throws {
        _ = try ingest(into: "out")
        let writer = try ingest(["in/alpha.pdf"], into: "out")
        #expect(try FileManager.default.contentsOfDirectory(atPath: writer.rowsCacheFolder.path) == ["alpha.rows"])
    }
}
