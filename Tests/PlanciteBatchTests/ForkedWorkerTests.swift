import Foundation
@testable import PlanciteBatch
import Testing

/// A forked worker talks over the same pipes as a started one, and holds no other worker's.
///
/// One test at a time: a child forked here copies every descriptor this process has open, and
/// the tests are about which of them a child keeps.
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

    @Test func itsStandardStreamsAreTheWorkerPipes() throws {
        let worker = try WorkerProcess(forking: Self.echo, closing: [])
        #expect(worker.send(Data("first\nsecond\n".utf8)))
        #expect(Self.lines(from: worker, count: 2) == [Data("first".utf8), Data("second".utf8)])

        worker.closeInput()
        #expect(worker.waitForExit(until: Self.deadline(seconds: 10)))
        #expect(worker.reap() == .exited(0))
        #expect(worker.errorTail() == "input closed\n")
    }

    @Test func aLaterWorkerDoesNotKeepAnEarlierOnesInputOpen() throws {
        let first = try WorkerProcess(forking: Self.echo, closing: [])
        let second = try WorkerProcess(forking: Self.echo, closing: first.descriptors)
        first.closeInput()
        #expect(first.waitForExit(until: Self.deadline(seconds: 10)))
        #expect(kill(second.pid, 0) == 0)
        second.closeInput()
        #expect(second.waitForExit(until: Self.deadline(seconds: 10)))
    }

    @Test func aLaterWorkerThatKeepsTheEarlierOnesEndsHoldsItsInputOpen() throws {
        // What the closing list prevents: the copy of the first worker's input in the second.
        let first = try WorkerProcess(forking: Self.echo, closing: [])
        let holder = try WorkerProcess(forking: Self.echo, closing: [])
        first.closeInput()
        #expect(!first.waitForExit(until: Self.deadline(seconds: 0.3)))
        holder.closeInput()
        #expect(holder.waitForExit(until: Self.deadline(seconds: 10)))
        #expect(first.waitForExit(until: Self.deadline(seconds: 10)))
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
