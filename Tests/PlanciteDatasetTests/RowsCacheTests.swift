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
