import Foundation
@testable import PlanciteBatch
import PlanciteDataset
import Testing
import TestSupport

/// Workers started before the arguments are parsed are adopted by the batch or stopped as soon as
/// it knows how many it needs; none outlives its command. The store is one per process, so these
/// tests run one at a time.
@Suite(.serialized)
struct WorkerPrestartTests {
    @Test func storeHandsOutMatchingWorkersAndStopsTheRest() throws {
        // Processes that would live on for half a minute, unlike a worker whose input closes.
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

    @Test func aProcessWithSeveralThreadsStartsTheCommandInsteadOfForking() throws {
        let command = ["/bin/sleep", "30"]
        WorkerPrestart.begin(count: 1, command: command, forking: true)
        defer { WorkerPrestart.discard() }
        let started = try #require(WorkerPrestart.waitingPIDs.first)
        // A forked copy of this test process would show its command line, not `command`.
        #expect(PrestartedWorkerCommandTests.arguments(of: started, once: command) == command)
    }

    @Test(.enabled(if: CommandRunner.isAvailable, "the plancite binary is not built"))
    func aBatchAdoptsWhatItNeedsAndStopsTheRest() throws {
        let folder = try BatchFolder(plans: ["alpha"])
        let command = [CommandRunner.executable.path, "worker"]
        WorkerPrestart.begin(count: 3, command: command)
        let started = WorkerPrestart.waitingPIDs
        try #require(started.count == 3)

        let input = InputFile(displayPath: "in/alpha.pdf", absolutePath: folder.path("in/alpha.pdf"))
        let runner = BatchRunner(
            options: BatchOptions(jobs: 3, workerCommand: command), pipeline: PlanPipeline(),
            folder: folder.directory.url.appendingPathComponent("out"), formats: [.json])
        var waitingWhileRunning: [[pid_t]] = []
        let result = try runner.run([input]) { _ in waitingWhileRunning.append(WorkerPrestart.waitingPIDs) }
        #expect(result.manifest.inputs.map(\.status) == [.ok])
        // Stopped before the batch ran, not at its end.
        #expect(waitingWhileRunning == [[]])
        #expect(WorkerPrestart.waitingPIDs.isEmpty)
        // Every one of them has ended and been waited for: the one adopted and the two stopped.
        #expect(started.allSatisfy { kill($0, 0) != 0 && errno == ESRCH })
    }
}

/// The command line's side of prestarted workers, through the built binary.
@Suite(.enabled(if: CommandRunner.isAvailable, "the plancite binary is not built"))
struct PrestartedWorkerCommandTests {
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

    @Test func theFirstWorkersAreForkedFromTheCommand() throws {
        let folder = try BatchFolder(plans: ["alpha", "bravo", "charlie"])
        let mark = UUID().uuidString
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["ingest", "in", "--out", "out", "--jobs", "2", "--timeout", "5", "--quiet"]
        process.currentDirectoryURL = folder.directory.url
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["PLANCITE_TEST_MARK": mark, "PLANCITE_FAULT": "hang:alpha"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Alpha hangs until its timeout, so its worker, one of the first two, is there to be seen.
        var seen: [[String]] = []
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && Date() < deadline {
            for pid in Self.processes(marked: mark) where Self.parent(of: pid) == process.processIdentifier {
                seen.append(Self.arguments(of: pid))
            }
            usleep(10_000)
        }
        process.waitUntilExit()
        // A forked worker is a copy of the command; one started afresh would run `plancite worker`.
        #expect(!seen.isEmpty)
        #expect(seen.contains { $0.dropFirst().first == "ingest" })
        #expect(try folder.manifest("out").inputs.map(\.status) == [.failed, .ok, .ok])
    }

    @Test func aBatchStartedWithoutStandardInputAndErrorRuns() throws {
        // Without them, the first pipe took their places: progress went into a worker's input.
        let folder = try BatchFolder(plans: ["alpha", "bravo"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" ingest in --out out --jobs 2 0<&- 2>&-", CommandRunner.executable.path]
        process.currentDirectoryURL = folder.directory.url
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(try folder.manifest("out").inputs.map(\.status) == [.ok, .ok])
    }

    @Test func aWorkerWhoseInputClosesBeforeItsSetupExitsQuietly() throws {
        let folder = try BatchFolder(plans: [])
        let result = try folder.run(["worker"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.isEmpty)
    }

    /// The parent process id, from the fourth field of `/proc/PID/stat`.
    static func parent(of pid: Int32) -> Int32? {
        FileManager.default.contents(atPath: "/proc/\(pid)/stat")
            .flatMap { ProcessThreads.field(4, ofStat: $0) }.flatMap { Int32($0) }
    }

    /// The command line of `pid` once it is `expected` (its exec done), or as it is after ten seconds.
    static func arguments(of pid: Int32, once expected: [String]) -> [String] {
        var arguments = arguments(of: pid)
        let deadline = Date().addingTimeInterval(10)
        while arguments != expected && Date() < deadline {
            usleep(5_000)
            arguments = Self.arguments(of: pid)
        }
        return arguments
    }

    static func arguments(of pid: Int32) -> [String] {
        let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") ?? Data()
        return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
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
