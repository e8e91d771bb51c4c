import Foundation
import PlanciteCore
import PlanciteDataset
import Testing
import TestSupport

/// A worker that crashes, hangs, runs out of memory or breaks the protocol costs only its document.
@Suite(.enabled(if: CommandRunner.isAvailable, "the plancite binary is not built"))
struct WorkerFaultTests {
    let folder: BatchFolder

    init() throws {
        folder = try BatchFolder(plans: ["alpha", "bravo", "charlie"])
    }

    @Test(arguments: [
        ("segv", FailureCode.crashed, ["--jobs", "2"]),
        ("kill", .crashed, ["--jobs", "1"]),
        ("oom", .tooLarge, ["--jobs", "2", "--max-memory", "1G"]),
        ("hang", .timeout, ["--jobs", "2", "--timeout", "3"]),
        ("garble", .crashed, ["--jobs", "1"]),
    ])
    func aFaultyWorkerCostsOnlyItsDocument(fault: String, code: FailureCode, options: [String]) throws {
        let result = try folder.run(["ingest", "in", "--out", "out", "--quiet"] + options, fault: "\(fault):bravo")
        #expect(result.status == code.exitStatus, "\(result.stderr)")
        #expect(result.stderr.contains("in/bravo.pdf: error[\(code.rawValue)]"), "\(result.stderr)")
        let manifest = try folder.manifest("out")
        #expect(manifest.inputs.map(\.status) == [.ok, .failed, .ok])
        #expect(manifest.inputs[1].error?.code == code)
        // The job went without a hash (nothing to reuse), so the failure is hashed where it is recorded.
        let digest = try #require(FileDigest(path: folder.path("in/bravo.pdf")))
        #expect(manifest.inputs[1].sha256 == digest.sha256 && manifest.inputs[1].bytes == digest.bytes)
        #expect(manifest.totals.failures == [code.rawValue: 1])
        #expect(!FileManager.default.fileExists(atPath: folder.path("out/documents/bravo.json")))
        #expect(try folder.run(["validate", "out"]).status == 0)
    }

    @Test func workersAreRestartedAfterEachDeath() throws {
        let result = try folder.run(["ingest", "in", "--out", "out", "--jobs", "1", "--quiet"], fault: "segv:alpha,kill:charlie")
        #expect(result.status == FailureCode.crashed.exitStatus, "\(result.stderr)")
        let manifest = try folder.manifest("out")
        #expect(manifest.inputs.map(\.status) == [.failed, .ok, .failed])
        #expect(manifest.inputs.compactMap(\.error?.message).allSatisfy { $0.contains("signal") })
        #expect(manifest.inputs[0].error?.message.contains("SIGSEGV") == true)
        #expect(manifest.inputs[2].error?.message.contains("SIGKILL") == true)
    }
}
