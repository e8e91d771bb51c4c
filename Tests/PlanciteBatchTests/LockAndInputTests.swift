import Foundation
import PlanciteBatch
import PlanciteCore
import PlanciteDataset
import Testing
import TestSupport

/// One run per output folder; inputs from lists; names that cannot escape the folder.
@Suite(.enabled(if: CommandRunner.isAvailable, "the plancite binary is not built"))
struct LockAndInputTests {
    let folder: BatchFolder

    init() throws {
        folder = try BatchFolder(plans: ["alpha"])
    }

    private func writeLock(pid: Int32) throws {
        let holder = OutputLock.Holder(pid: pid, host: ProcessInfo.processInfo.hostName, started: "2026-01-02T03:04:05Z")
        try folder.directory.write(try JSONCoding.pretty(holder), to: "out/.plancite.lock")
    }

    @Test func aLiveHolderStopsTheRunWithStatusFour() throws {
        try writeLock(pid: getpid())
        let result = try folder.run(["ingest", "in", "--out", "out"])
        #expect(result.status == ExitStatus.outputFailed)
        #expect(result.stderr.contains("locked by another plancite run (pid \(getpid()) on "), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("out/manifest.json")))
        #expect(FileManager.default.fileExists(atPath: folder.path("out/.plancite.lock")), "a refused run removed the holder's lock")
    }

    @Test func aDeadHoldersLockIsTakenOver() throws {
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        try writeLock(pid: finished.processIdentifier)
        let result = try folder.run(["ingest", "in", "--out", "out", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("out/.plancite.lock")))
    }

    @Test func anotherHostsLockIsTakenOverOnlyWhenAbandoned() throws {
        let holder = OutputLock.Holder(pid: 1, host: "elsewhere.example", started: "2026-01-02T03:04:05Z")
        try folder.directory.write(try JSONCoding.pretty(holder), to: "out/.plancite.lock")
        let fresh = try folder.run(["ingest", "in", "--out", "out", "--quiet"])
        #expect(fresh.status == ExitStatus.outputFailed)
        #expect(fresh.stderr.contains("pid 1 on elsewhere.example"), "\(fresh.stderr)")
        let old = Date().addingTimeInterval(-2 * OutputLock.staleAfter)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: folder.path("out/.plancite.lock"))
        let abandoned = try folder.run(["ingest", "in", "--out", "out", "--quiet"])
        #expect(abandoned.status == 0, "\(abandoned.stderr)")
    }

    @Test func theLockIsExclusiveInProcess() throws {
        let url = folder.directory.url.appendingPathComponent("held")
        let lock = try OutputLock(folder: url)
        #expect(throws: BatchError.self) { _ = try OutputLock(folder: url) }
        lock.release()
        _ = try OutputLock(folder: url)
    }

    @Test func inputsCanComeFromAListFile() throws {
        try folder.directory.write(Data("# inputs\nin/alpha.pdf\n\nin/alpha.pdf\nin/nothing.pdf\n".utf8), to: "list.txt")
        let result = try folder.run(["ingest", "--from", "list.txt", "--out", "out", "--quiet"])
        #expect(result.status == FailureCode.notFound.exitStatus, "\(result.stderr)")
        #expect(try folder.manifest("out").inputs.map(\.path) == ["in/alpha.pdf", "in/nothing.pdf"])
    }

    @Test func hostileNamesStayInsideTheOutputFolder() throws {
        let names = ["...pdf", ".hidden.pdf", "-rf.pdf", "a b\tc.pdf", "\u{202E}fdp.pdf", "ünï cödé.pdf", "%2e%2e%2fx.pdf", "x.pdf"]
        try FileManager.default.createDirectory(atPath: folder.path("deep/sub"), withIntermediateDirectories: true)
        for name in names {
            try FileManager.default.copyItem(atPath: folder.path("in/alpha.pdf"), toPath: folder.path("deep/\(name)"))
        }
        let nested = CommandRunner(workingDirectory: folder.directory.url.appendingPathComponent("deep/sub"))
        let result = try nested.run(["ingest"] + names.map { "../\($0)" } + ["../../in/alpha.pdf", "--out", "out", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path("deep/sub/out/documents"))
        #expect(written.count == names.count + 1)
        for name in written {
            #expect(!name.hasPrefix(".") && !name.contains("/") && name.hasSuffix(".json"), "\(name)")
        }
        #expect(try nested.run(["validate", "out"]).status == 0)
        for name in names + ["../../x.pdf", "/etc/passwd", "a/../../b.pdf", "..", "/"] {
            let id = DocumentIDAllocator.slug(name)
            #expect(!id.isEmpty && !id.contains("/") && !id.contains(".."), "\(name) → \(id)")
        }
    }
}
