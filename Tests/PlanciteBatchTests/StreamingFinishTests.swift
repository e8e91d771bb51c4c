import Foundation
import PlanciteCore
import PlanciteDataset
import Testing
import TestSupport

/// `DatasetWriter.finish` streams record by record, yet writes what the whole-batch writer wrote.
@Suite struct StreamingFinishTests {
    static let golden = RepositoryPaths.root.appendingPathComponent("Output/samples")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: golden.appendingPathComponent("manifest.json").path)))
    func finishingTheCommittedDocumentsReproducesTheCommittedFolder() throws {
        let directory = try TemporaryDirectory()
        let manifest = try JSONCoding.decode(Manifest.self, from: Data(contentsOf: Self.golden.appendingPathComponent("manifest.json")))
        let writer = try DatasetWriter(folder: directory.url, formats: [.json, .csv])
        for file in manifest.files where file.path.hasPrefix("documents/") {
            try FileManager.default.copyItem(
                at: Self.golden.appendingPathComponent(file.path), to: directory.url.appendingPathComponent(file.path))
        }
        let rewritten = try writer.finish(entries: manifest.inputs)
        #expect(rewritten == manifest)
        for file in manifest.files.map(\.path) + ["manifest.json"] {
            let expected = try Data(contentsOf: Self.golden.appendingPathComponent(file))
            let actual = try Data(contentsOf: directory.url.appendingPathComponent(file))
            #expect(actual == expected, "\(file) differs")
        }
    }
}

/// `DatasetTables` leaves nothing half-written when a document cannot be read.
@Suite struct DatasetTablesFailureTests {
    @Test func aMissingDocumentRemovesEveryTemporaryFile() throws {
        let directory = try TemporaryDirectory()
        let writer = try DatasetWriter(folder: directory.url, formats: [.json, .csv])
        let tables = try DatasetTables(writer: writer)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).contains { $0.contains(".tmp-") })
        #expect(throws: DatasetError.self) { try tables.append(documentID: "missing") }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(!names.contains { $0.contains(".tmp-") }, "left: \(names)")
        #expect(!names.contains("manifest.json"))
    }
}

/// `DatasetTables` gathers its appends and hands them to the files in large pieces; nothing is lost
/// or reordered when a table grows past one piece.
@Suite struct DatasetTablesBufferingTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: StreamingFinishTests.golden.appendingPathComponent("documents/plan.json").path)))
    func aTableLargerThanOnePieceHoldsEveryAppendInOrder() throws {
        let once = try TemporaryDirectory()
        let many = try TemporaryDirectory()
        let copies = 25  // the action items then fill several pieces
        for (directory, count) in [(once, 1), (many, copies)] {
            let writer = try DatasetWriter(folder: directory.url, formats: [.json, .csv])
            let golden = try DatasetWriter(folder: StreamingFinishTests.golden, sweepingTemporaries: false)
            for id in ["plan", "report"] { try writer.write(golden.readRecord(id: id)) }
            let tables = try DatasetTables(writer: writer)
            for _ in 0..<count {
                try tables.append(documentID: "plan")
                try tables.append(documentID: "report")
            }
            _ = try tables.finish(entries: [])
        }
        var largest = 0
        for table in ["action_items", "markers", "notes", "goals", "objectives"] {
            let single = try Data(contentsOf: once.url.appendingPathComponent("\(table).jsonl"))
            let repeated = try Data(contentsOf: many.url.appendingPathComponent("\(table).jsonl"))
            #expect(repeated == Data(repeating: single, count: copies), "\(table).jsonl")
            largest = max(largest, repeated.count)

            let csv = try Data(contentsOf: once.url.appendingPathComponent("\(table).csv"))
            let header = csv.prefix(through: csv.firstIndex(of: 0x0A)!)
            let body = csv.dropFirst(header.count)
            let repeatedCSV = try Data(contentsOf: many.url.appendingPathComponent("\(table).csv"))
            #expect(repeatedCSV == header + Data(repeating: Data(body), count: copies), "\(table).csv")
        }
        #expect(largest > 4 * (64 << 10))
    }
}

private extension Data {
    init(repeating piece: Data, count: Int) {
        self.init(capacity: piece.count * count)
        for _ in 0..<count { append(piece) }
    }
}

/// A document file whose hash its writer reported in this run is not read back: its rows come
/// from the cache made with that hash. A report the cache does not match is not trusted.
@Suite struct DatasetTablesReportedFileTests {
    static let golden = StreamingFinishTests.golden

    private func folder() throws -> (TemporaryDirectory, DatasetWriter, WrittenFile) {
        let directory = try TemporaryDirectory()
        let writer = try DatasetWriter(folder: directory.url)
        let record = try DatasetWriter(folder: Self.golden, sweepingTemporaries: false).readRecord(id: "plan")
        let written = try writer.write(record)
        return (directory, writer, written)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: golden.appendingPathComponent("documents/plan.json").path)))
    func theWriterReportsTheHashOfWhatItWrote() throws {
        let (directory, _, written) = try folder()
        let data = try Data(contentsOf: directory.url.appendingPathComponent(written.path))
        #expect(written == WrittenFile(path: "documents/plan.json", sha256: SHA256.hex(of: data), bytes: data.count))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: golden.appendingPathComponent("documents/plan.json").path)))
    func aReportedDocumentIsNotReadBack() throws {
        let (directory, writer, written) = try folder()
        // Were the document read back, its hash would no longer be the reported one.
        try Data("{}\n".utf8).write(to: directory.url.appendingPathComponent(written.path))
        let tables = try DatasetTables(writer: writer)
        try tables.append(documentID: "plan", reported: written)
        let manifest = try tables.finish(entries: [])
        #expect(manifest.files.first { $0.path == written.path } == written)
        #expect(try Data(contentsOf: directory.url.appendingPathComponent("markers.jsonl")).count > 0)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: golden.appendingPathComponent("documents/plan.json").path)),
          arguments: ["other hash", "other file"])
    func aReportTheCacheDoesNotMatchIsCheckedAgainstTheFile(mismatch: String) throws {
        let (directory, writer, written) = try folder()
        let tables = try DatasetTables(writer: writer)
        let report = mismatch == "other hash"
            ? WrittenFile(path: written.path, sha256: String(repeating: "0", count: 64), bytes: 1)
            : WrittenFile(path: "documents/other.json", sha256: written.sha256, bytes: 1)
        try tables.append(documentID: "plan", reported: report)
        let manifest = try tables.finish(entries: [])
        #expect(manifest.files.first { $0.path == written.path } == written)
        _ = directory
    }
}
