import Foundation
import PlanciteCitations
import PlanciteCore
import PlanciteDataset
import Testing
import TestSupport

/// The output depends on the inputs and options only: never on `--jobs`, `--shard` or interruptions.
@Suite(.enabled(if: CommandRunner.isAvailable, "the plancite binary is not built"))
struct DeterminismTests {
    let folder: BatchFolder

    init() throws {
        folder = try BatchFolder(plans: ["alpha", "bravo", "charlie", "north/plan", "south/plan", "delta", "echo"])
        try folder.directory.write(Data("not a pdf".utf8), to: "in/foxtrot.pdf")
    }

    @Test func oneJobAndThreeJobsWriteTheSameBytes() throws {
        let one = try folder.run(["ingest", "in", "--out", "one", "--jobs", "1", "--format", "csv", "--quiet"])
        let three = try folder.run(["ingest", "in", "--out", "three", "--jobs", "3", "--format", "csv", "--quiet"])
        #expect(one.status == FailureCode.notPDF.exitStatus && three.status == one.status, "\(one.stderr)\(three.stderr)")
        #expect(folder.differences("one", "three") == [])
        #expect(folder.files(in: "one").keys.contains("documents/plan-2.json"))
        #expect(try folder.run(["validate", "three"]).status == 0)
    }

    @Test func streamedReferencesEqualTheWholeArrayEncoded() throws {
        _ = try folder.run(["ingest", "in", "--out", "out", "--quiet"])
        let manifest = try folder.manifest("out")
        let reader = DatasetReader(folder: folder.directory.url.appendingPathComponent("out"))
        var references: [CSLItem] = []
        for id in manifest.inputs.compactMap(\.document) { references += try reader.record(id: id).references }
        #expect(!references.isEmpty)
        #expect(folder.files(in: "out")["references.csl.json"] == (try JSONCoding.pretty(references)))
    }

    @Test func shardsMergeIntoTheSingleRun() throws {
        _ = try folder.run(["ingest", "in", "in/missing.pdf", "--out", "single", "--quiet"])
        var shards: [String] = []
        for k in 1...3 {
            _ = try folder.run(["ingest", "in", "in/missing.pdf", "--out", "shard-\(k)", "--shard", "\(k)/3", "--quiet"])
            shards.append("shard-\(k)")
        }
        let counts = try shards.map { try folder.manifest($0).inputs.count }
        #expect(counts.reduce(0, +) == 9)
        #expect(counts.filter { $0 > 0 }.count >= 2, "the shares should be spread: \(counts)")
        let merge = try folder.run(["merge", "merged"] + shards + ["--quiet"])
        #expect(merge.status == ExitStatus.inputsFailed, "\(merge.stderr)")
        #expect(folder.differences("single", "merged") == [])
        #expect(try folder.run(["validate", "merged"]).status == 0)
    }

    @Test func aKilledRunResumesToTheSameOutput() throws {
        _ = try folder.run(["ingest", "in", "--out", "whole", "--quiet"])
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["ingest", "in", "--out", "killed", "--jobs", "1", "--quiet"]
        process.currentDirectoryURL = folder.directory.url
        process.environment = ProcessInfo.processInfo.environment.merging(["PLANCITE_FAULT": "hang:delta"]) { $1 }
        process.standardError = FileHandle.nullDevice
        try process.run()
        let alpha = folder.path("killed/documents/charlie.json")
        for _ in 0..<600 where !FileManager.default.fileExists(atPath: alpha) { usleep(100_000) }
        #expect(FileManager.default.fileExists(atPath: alpha), "the run never reached charlie")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: folder.path("killed/manifest.json")))
        #expect(FileManager.default.fileExists(atPath: folder.path("killed/.plancite.lock")))
        for (name, data) in folder.files(in: "killed") where name.hasSuffix(".json") {
            #expect((try? JSONValue.parse(data)) != nil, "\(name) is not whole JSON")
        }

        let resumed = try folder.run(["ingest", "in", "--out", "killed", "--jobs", "2"])
        #expect(resumed.status == FailureCode.notPDF.exitStatus, "\(resumed.stderr)")
        #expect(folder.differences("whole", "killed") == [])
        #expect(!FileManager.default.fileExists(atPath: folder.path("killed/.plancite.lock")))
    }
}
