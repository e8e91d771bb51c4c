import Foundation
@testable import PlanciteBatch
import PlanciteDataset
import Testing
import TestSupport

/// Workers started before the arguments are parsed are adopted by the batch or stopped: none
/// outlives its command, whether the batch needs fewer or never runs.
@Suite(.enabled(if: CommandRunner.isAvailable, "the plancite binary is not built"))
struct EarlyWorkerTests {
    @Test func unneededWorkersAreStopped() throws {
        let folder = try BatchFolder(plans: ["alpha"])
        let mark = UUID().uuidString
        // Two cores' worth of workers start; one document needs one.
        let result = try folder.runner.run(["ingest", "in", "--out", "out", "--quiet", "--jobs", "2"], environment: ["PLANCITE_TEST_MARK": mark])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try folder.manifest("out").inputs.map(\.status) == [.ok])
        #expect(Self.processes(marked: mark).isEmpty)
    }

    @Test func workersOfARefusedCommandExitByThemselves() throws {
        let folder = try BatchFolder(plans: ["alpha"])
        let mark = UUID().uuidString
        let result = try folder.runner.run(["ingest", "in", "--out", "out", "--jobs", "2", "--timeout", "0"], environment: ["PLANCITE_TEST_MARK": mark])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--timeout must be positive"))
        // Their input closed with the command; they may still be loading, so give them a moment.
        let deadline = Date().addingTimeInterval(10)
        while !Self.processes(marked: mark).isEmpty && Date() < deadline { usleep(20_000) }
        #expect(Self.processes(marked: mark).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.path("out/manifest.json")))
    }

    /// Live processes whose environment holds `PLANCITE_TEST_MARK=mark` (zombies are not live).
    static func processes(marked mark: String) -> [Int32] {
        let needle = Data("PLANCITE_TEST_MARK=\(mark)".utf8)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { name -> Int32? in
            guard let pid = Int32(name),
                let environment = FileManager.default.contents(atPath: "/proc/\(name)/environ"),
                environment.range(of: needle) != nil,
                let status = try? String(contentsOfFile: "/proc/\(name)/status", encoding: .utf8),
                !status.contains("State:\tZ")
            else { return nil }
            return pid
        }
    }
}

/// The store of prestarted workers hands out only workers of the command asked for, and stops
/// the rest; here with processes that would otherwise live on for half a minute.
@Suite struct WorkerPrestartTests {
    @Test func takesMatchingWorkersAndStopsTheRest() throws {
        let command = ["/bin/sleep", "30"]
        WorkerPrestart.begin(count: 2, command: command)
        let started = WorkerPrestart.waitingPIDs
        #expect(started.count == 2)
        #expect(started.allSatisfy { kill($0, 0) == 0 })
        #expect(WorkerPrestart.take(command: ["/bin/sleep", "31"]) == nil)

        let adopted = try #require(WorkerPrestart.take(command: command))
        #expect(adopted.pid == started[0])
        #expect(WorkerPrestart.waitingPIDs == [started[1]])
        adopted.stop()

        WorkerPrestart.discard()
        #expect(WorkerPrestart.waitingPIDs.isEmpty)
        #expect(kill(started[1], 0) != 0)
    }
}
