import Foundation
@testable import PlanciteBatch
import PlanciteDataset
import Testing
import TestSupport

/// Where inputs are hashed: by the workers when nothing can be reused, else before planning.
@Suite struct HashPlacementTests {
    let folder: BatchFolder

    init() throws {
        folder = try BatchFolder(plans: ["alpha", "sub/alpha", "bravo"])
        try FileManager.default.createDirectory(atPath: folder.path("in/folder.pdf"), withIntermediateDirectories: true)
    }

    private var inputs: [InputFile] {
        ["in/alpha.pdf", "in/folder.pdf", "in/missing.pdf", "in/sub/alpha.pdf", "in/bravo.pdf"].map {
            InputFile(displayPath: $0, absolutePath: folder.path($0))
        }
    }

    private func plan(shard: Shard?, force: Bool = false) -> BatchPlan {
        let state = IncrementalState(folder: URL(fileURLWithPath: folder.path("out")), pipeline: PlanPipeline())
        return BatchPlan(inputs: inputs, state: state, force: force, shard: shard, hashingJobs: 2)
    }

    /// The plan's jobs, and the entries of the inputs settled without work.
    private func parts(_ plan: BatchPlan) -> (jobs: [WorkerJob], settled: [ManifestEntry]) {
        var jobs: [WorkerJob] = []
        var settled: [ManifestEntry] = []
        for action in plan.actions {
            switch action {
            case .process(let job): jobs.append(job)
            case .settled(let entry): settled.append(entry)
            case .reuse: Issue.record("nothing can be reused in an empty folder")
            }
        }
        return (jobs, settled)
    }

    @Test func aPlanWithoutHashesAllocatesTheSameIDs() throws {
        // A shard of one is every input, but shards are decided on hashes: that plan hashes.
        let unhashed = parts(plan(shard: nil))
        let hashed = parts(plan(shard: Shard(index: 1, count: 1)))
        #expect(unhashed.jobs.map(\.id) == ["alpha", "alpha-2", "bravo"])
        #expect(unhashed.jobs.map(\.id) == hashed.jobs.map(\.id))
        #expect(unhashed.jobs.map(\.index) == hashed.jobs.map(\.index))
        #expect(unhashed.settled == hashed.settled)
        #expect(unhashed.settled.map(\.path) == ["in/folder.pdf", "in/missing.pdf"])
        #expect(unhashed.jobs.allSatisfy { $0.sha256 == nil })
        for (plain, withHash) in zip(unhashed.jobs, hashed.jobs) {
            let digest = try #require(FileDigest(path: plain.absolutePath))
            #expect(withHash.sha256 == digest.sha256)
            #expect(plain.bytes == digest.bytes && withHash.bytes == digest.bytes)
        }
        #expect(parts(plan(shard: nil, force: true)).jobs.allSatisfy { $0.sha256 == nil })
    }

    /// `/proc/self/mem` opens as an empty regular file, and reading it from offset 0 fails.
    static let opensButCannotBeRead = "/proc/self/mem"
    static var canTestUnreadableFiles: Bool {
        FileDigest.sizeOfOpenableFile(atPath: opensButCannotBeRead) != nil && FileDigest(path: opensButCannotBeRead) == nil
    }

    @Test(.enabled(if: canTestUnreadableFiles, "no file here opens but fails to read"))
    func aFileThatOpensButCannotBeReadTakesAnIDEitherWay() throws {
        let inputs = [
            InputFile(displayPath: "in/alpha.pdf", absolutePath: Self.opensButCannotBeRead),
            InputFile(displayPath: "in/sub/alpha.pdf", absolutePath: folder.path("in/sub/alpha.pdf")),
        ]
        let state = IncrementalState(folder: URL(fileURLWithPath: folder.path("out")), pipeline: PlanPipeline())
        for shard in [nil, Shard(index: 1, count: 1)] {
            let (jobs, settled) = parts(BatchPlan(inputs: inputs, state: state, force: false, shard: shard, hashingJobs: 1))
            // Hashed here, it fails now; planned without a hash, it goes to a worker, which finds it
            // unreadable. Either way it holds `alpha`, and the next file is `alpha-2`.
            #expect(jobs.last?.id == "alpha-2", "shard \(String(describing: shard))")
            #expect(jobs.map(\.id) == (shard == nil ? ["alpha", "alpha-2"] : ["alpha-2"]))
            #expect(settled.map(\.path) == (shard == nil ? [] : ["in/alpha.pdf"]))
        }
    }

    @Test func aWorkerHashesAJobThatCameWithoutOne() throws {
        let path = folder.path("in/bravo.pdf")
        let digest = try #require(FileDigest(path: path))
        func job(_ path: String, sha256: String?) -> WorkerJob {
            WorkerJob(index: 0, displayPath: "x.pdf", absolutePath: path, id: "x", sha256: sha256, bytes: 5)
        }
        let hashed = try #require(WorkerLoop.hash(of: job(path, sha256: nil)))
        #expect(hashed == (digest.sha256, digest.bytes))
        let planned = try #require(WorkerLoop.hash(of: job(path, sha256: "planned")))
        #expect(planned == ("planned", 5))
        #expect(WorkerLoop.hash(of: job(folder.path("in/gone.pdf"), sha256: nil)) == nil)
        #expect(WorkerJob(line: job(path, sha256: nil).line) == job(path, sha256: nil))
    }

    @Test(.enabled(if: CommandRunner.isAvailable, "the plancite binary is not built"))
    func aFreshRunRecordsTheHashesItsWorkersMade() throws {
        let result = try folder.run(["ingest", "in/alpha.pdf", "in/sub", "in/bravo.pdf", "--out", "out", "--jobs", "2", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try folder.manifest("out")
        #expect(manifest.inputs.count == 3)
        for entry in manifest.inputs {
            let digest = try #require(FileDigest(path: folder.path(entry.path)))
            #expect(entry.sha256 == digest.sha256 && entry.bytes == digest.bytes, "\(entry.path)")
            let record = try JSONCoding.decode(
                DocumentRecord.self, from: Data(contentsOf: URL(fileURLWithPath: folder.path("out/documents/\(entry.document ?? "").json"))))
            #expect(record.source.sha256 == digest.sha256 && record.source.bytes == digest.bytes)
        }
        // A second run plans with hashes, and finds everything up to date.
        #expect(try folder.run(["ingest", "in/alpha.pdf", "in/sub", "in/bravo.pdf", "--out", "out", "--quiet"]).status == 0)
        #expect(try folder.manifest("out").inputs.map(\.status) == [.skipped, .skipped, .skipped])
    }
}
