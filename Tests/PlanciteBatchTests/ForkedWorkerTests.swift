import Foundation
@testable import PlanciteBatch
import Testing

/// A worker talks over its pipes, and holds no descriptor but its standard streams: no other
/// worker's pipe ends, nothing else its parent has open.
///
/// One test at a time: a child forked here starts as a copy of every descriptor this process has open.
@Suite(.serialized) struct ForkedWorkerTests {
    /// Copies standard input to standard output until it closes, then says so on standard error.
    ///
    /// It makes only system calls, as a child forked from this many-threaded test process must.
    static func echo() -> Never {
        withUnsafeTemporaryAllocation(byteCount: 256, alignment: 1) { buffer in
            while true {
                let count = read(STDIN_FILENO, buffer.baseAddress, buffer.count)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                _ = write(STDOUT_FILENO, buffer.baseAddress, count)
            }
        }
        let message: StaticString = "input closed\n"
        _ = write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
        _exit(0)
    }

    static func deadline(seconds: Double) -> UInt64 { WorkerPool.now() + UInt64(seconds * 1e9) }

    /// The worker's lines until there are `count`, it closes its output, or ten seconds pass.
    static func lines(from worker: WorkerProcess, count: Int) -> [Data] {
        var lines: [Data] = []
        let deadline = deadline(seconds: 10)
        while lines.count < count && WorkerPool.now() < deadline {
            var descriptor = pollfd(fd: worker.output, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            guard let more = worker.readLines() else { break }
            lines += more
        }
        return lines
    }

    /// The entries of `/proc/PID/fd`, sorted by number.
    static func openDescriptors(of pid: pid_t) -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")) ?? []).compactMap { Int32($0) }.sorted()
    }

    @Test func itsStandardStreamsAreTheWorkerPipes() throws {
        let worker = try WorkerProcess(forking: Self.echo)
        #expect(worker.send(Data("first\nsecond\n".utf8)))
        #expect(Self.lines(from: worker, count: 2) == [Data("first".utf8), Data("second".utf8)])

        worker.closeInput()
        try #require(worker.waitForExit(until: Self.deadline(seconds: 10)))
        #expect(worker.reap() == .exited(0))
        #expect(worker.errorTail() == "input closed\n")
    }

    @Test func aForkedWorkerHoldsOnlyItsStandardStreams() throws {
        // A forked child starts with a copy of it and of every other descriptor of this process.
        let stray = open("/dev/null", O_RDONLY)
        defer { close(stray) }
        let earlier = try WorkerProcess(forking: Self.echo)
        let worker = try WorkerProcess(forking: Self.echo)
        // Once it echoes, it has closed what it inherited.
        #expect(worker.send(Data("ready\n".utf8)))
        #expect(Self.lines(from: worker, count: 1) == [Data("ready".utf8)])
        #expect(Self.openDescriptors(of: worker.pid) == [0, 1, 2])
        #expect(Self.openDescriptors(of: getpid()).count > 3)
        earlier.closeInput()
        #expect(earlier.waitForExit(until: Self.deadline(seconds: 10)))
    }

    @Test func aStartedWorkerHoldsOnlyItsStandardStreams() throws {
        // Without close-on-exec, so that only the spawn's closing keeps it from the child.
        let stray = open("/dev/null", O_RDONLY)
        defer { close(stray) }
        let command = ["/bin/sleep", "30"]
        let worker = try WorkerProcess(command: command)
        defer { worker.stop() }
        #expect(PrestartedWorkerCommandTests.arguments(of: worker.pid, once: command) == command)
        #expect(Self.openDescriptors(of: worker.pid) == [0, 1, 2])
    }

    @Test func aLaterWorkerDoesNotKeepAnEarlierOnesInputOpen() throws {
        let first = try WorkerProcess(forking: Self.echo)
        let second = try WorkerProcess(forking: Self.echo)
        first.closeInput()
        #expect(first.waitForExit(until: Self.deadline(seconds: 10)))
        #expect(kill(second.pid, 0) == 0)
        second.closeInput()
        #expect(second.waitForExit(until: Self.deadline(seconds: 10)))
    }
}

/// Forking is safe only while this process runs one thread; `/proc/self/stat` says how many.
@Suite struct ProcessThreadsTests {
    @Test(arguments: [
        ("8082 (cat) R 8079 8079 5572 0 -1 4194304 97 0 0 0 0 0 0 0 20 0 1 0 5667924 3133440 363", 1),
        ("12 (plancite) S 1 12 12 0 -1 4194560 700 0 0 0 3 1 0 0 20 0 3 0 99 1 2", 3),
        // A command name may hold spaces and parentheses; the fields start after the last `)`.
        ("7 (a) b (c)) R 1 7 7 0 -1 0 0 0 0 0 0 0 0 0 20 0 2 0 1 1 1", 2),
        ("8082 (cat) R 8079 8079", nil),
        ("no parenthesis here", nil),
        ("", nil),
    ] as [(String, Int?)])
    func threadCountIsTheTwentiethField(stat: String, expected: Int?) {
        #expect(ProcessThreads.count(stat: Data(stat.utf8)) == expected)
    }

    @Test func aSingleThreadedProcessCountsOneAndThisOneMore() throws {
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["30"]
        try sleeper.run()
        defer {
            kill(sleeper.processIdentifier, SIGKILL)
            sleeper.waitUntilExit()
        }
        // Read once `sleep` runs: until its exec, the new process may still be a copy of this one.
        var count: Int?
        let deadline = Date().addingTimeInterval(10)
        while count != 1 && Date() < deadline {
            count = FileManager.default.contents(atPath: "/proc/\(sleeper.processIdentifier)/stat").flatMap(ProcessThreads.count)
            usleep(5_000)
        }
        #expect(count == 1)
        // Swift Testing runs this process's tests on a pool of threads.
        #expect((FileManager.default.contents(atPath: "/proc/self/stat").flatMap(ProcessThreads.count) ?? 0) > 1)
        #expect(!ProcessThreads.isSingle)
    }
}
