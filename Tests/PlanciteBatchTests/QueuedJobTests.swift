import Foundation
import PlanciteCore
import PlanciteDataset
import Testing
import TestSupport

/// A worker is sent its next job before it answers the current one; when it dies or hangs, the
/// job queued behind the failed one runs on the next worker and is not charged with the failure.
@Suite(.enabled(if: CommandRunner.isAvailable, "the plancite binary is not built"))
struct QueuedJobTests {
    @Test(arguments: [1, 2])
    func jobsQueuedBehindAFailureRunElsewhere(jobs: Int) throws {
        let folder = try BatchFolder(plans: ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"])
        let result = try folder.run(["ingest", "in", "--out", "out", "--quiet", "--jobs", "\(jobs)", "--timeout", "3"],
                                    fault: "segv:bravo,hang:delta")
        #expect(result.status != 0, "\(result.stderr)")
        let manifest = try folder.manifest("out")
        #expect(manifest.inputs.map(\.status) == [.ok, .failed, .ok, .failed, .ok, .ok, .ok])
        #expect(manifest.inputs[1].error?.code == .crashed)
        #expect(manifest.inputs[3].error?.code == .timeout)
        #expect(manifest.totals.failures == [FailureCode.crashed.rawValue: 1, FailureCode.timeout.rawValue: 1])
        #expect(try folder.run(["validate", "out"]).status == 0)
    }
}
