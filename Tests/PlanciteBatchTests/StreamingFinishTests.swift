import Foundation
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
