import Foundation
import PlanciteDataset
import Testing
import TestSupport

/// Unchanged documents are skipped, renamed ones reused, changed ones redone.
@Suite(.enabled(if: CommandRunner.isAvailable, "the plancite binary is not built"))
struct IncrementalTests {
    let folder: BatchFolder

    init() throws {
        folder = try BatchFolder(plans: ["alpha", "bravo"])
        let first = try folder.run(["ingest", "in", "--out", "out", "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
    }

    @Test func anUnchangedRunSkipsEverythingAndKeepsTheOutput() throws {
        let before = folder.files(in: "out")
        let again = try folder.run(["ingest", "in", "--out", "out", "--quiet"])
        #expect(again.stderr.hasPrefix("2 documents: 0 ok, 2 skipped;"), "\(again.stderr)")
        #expect(try folder.manifest("out").inputs.map(\.status) == [.skipped, .skipped])
        let after = folder.files(in: "out")
        #expect(before.filter { $0.key != "manifest.json" } == after.filter { $0.key != "manifest.json" })
        let forced = try folder.run(["ingest", "in", "--out", "out", "--quiet", "--force"])
        #expect(forced.stderr.hasPrefix("2 documents: 2 ok;"), "\(forced.stderr)")
        #expect(folder.files(in: "out") == before)
    }

    @Test func aChangedFileIsRedone() throws {
        try folder.render("bravo", number: 9)
        _ = try folder.run(["ingest", "in", "--out", "out", "--quiet"])
        let manifest = try folder.manifest("out")
        #expect(manifest.inputs.map(\.status) == [.skipped, .ok])
        let record = try DatasetReader(folder: folder.directory.url.appendingPathComponent("out")).record(id: "bravo")
        #expect(record.source.sha256 == manifest.inputs[1].sha256)
    }

    @Test func aRenamedFileReusesItsRecord() throws {
        try FileManager.default.moveItem(atPath: folder.path("in/bravo.pdf"), toPath: folder.path("in/zulu.pdf"))
        try FileManager.default.copyItem(atPath: folder.path("in/alpha.pdf"), toPath: folder.path("in/yankee.pdf"))
        let result = try folder.run(["ingest", "in", "--out", "out", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try folder.manifest("out")
        #expect(manifest.inputs.map(\.document) == ["alpha", "yankee", "zulu"])
        #expect(manifest.inputs.map(\.status) == [.skipped, .skipped, .skipped])
        let record = try DatasetReader(folder: folder.directory.url.appendingPathComponent("out")).record(id: "zulu")
        #expect(record.source.path == "in/zulu.pdf")
        #expect(record.references.allSatisfy { $0.id.hasPrefix("zulu/") })
        #expect(try folder.run(["validate", "out"]).status == 0)
        _ = try folder.run(["ingest", "in", "--out", "fresh", "--quiet"])
        #expect(folder.differences("out", "fresh") == ["manifest.json"])
    }

    @Test func changedPipelineOptionsRedoEverything() throws {
        try folder.directory.write(Data("inputs: [../in]\noutput: ../out\n".utf8), to: "Pipelines/plain.yml")
        try folder.directory.write(Data("inputs: [../in]\noutput: ../out\nvocabulary:\n  goal: [Aim]\n".utf8), to: "Pipelines/aims.yml")
        let same = try folder.run(["run", "Pipelines/plain.yml", "--quiet"])
        #expect(same.stderr.hasPrefix("2 documents: 0 ok, 2 skipped;"), "\(same.stderr)")
        let changed = try folder.run(["run", "Pipelines/aims.yml", "--quiet"])
        #expect(changed.stderr.hasPrefix("2 documents: 2 ok;"), "\(changed.stderr)")
        let again = try folder.run(["run", "Pipelines/aims.yml", "--quiet"])
        #expect(again.stderr.hasPrefix("2 documents: 0 ok, 2 skipped;"), "\(again.stderr)")
    }
}
