import CPlanciteSystem
import Foundation
import PlanciteDataset
#if canImport(Glibc)
import Glibc
#endif

/// One running worker child, started from a command or forked: its pipes, its pid and the lines it has written.
///
/// Standard error of the child goes to an unlinked temporary file whose
/// tail explains a death.
final class WorkerProcess {
    /// How a worker ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    let pid: pid_t
    private var input: Int32
    let output: Int32
    private let errorLog: Int32
    /// Bytes read and not yet returned as lines.
    private var buffer: [UInt8] = []
    /// Where `readLines` reads, allocated once the worker has started.
    private let scratch: UnsafeMutableRawBufferPointer
    /// How it ended, once waited for.
    private var ending: Ending?
    private var reaped: Bool { ending != nil }

    /// Starts `command` with the environment of this process.
    init(command: [String]) throws(BatchError) {
        let channels = try Channels()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, channels.childInput, STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, channels.childOutput, STDOUT_FILENO)
        if channels.errorLog >= 0 { posix_spawn_file_actions_adddup2(&actions, channels.errorLog, STDERR_FILENO) }
        // Whatever this process holds without close-on-exec (a library's, a caller's) stays here.
        _ = plancite_spawn_close_from(&actions, STDERR_FILENO + 1)

        let arguments = command.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, command[0], &actions, nil, arguments, environ)
        guard status == 0 else {
            channels.closeAll()
            throw .cannotStartWorker(reason: "\(command[0]): \(String(cString: strerror(status)))")
        }
        (pid, input, output, errorLog) = (child, channels.parentInput, channels.parentOutput, channels.errorLog)
        scratch = .allocate(byteCount: 65536, alignment: 1)
        channels.closeChildEnds()
    }

    /// Forks this process; the child runs `body` with the worker's pipes as its standard streams.
    ///
    /// The child is a copy of this process, so it skips the exec, dynamic linking and runtime
    /// start-up of a new one; fork only while this process has one thread (see
    /// `ProcessThreads.isSingle`), as `main` does first thing. The child closes every descriptor
    /// but its standard streams: the parent's ends of this worker's pipes and of any worker made
    /// before it, which would otherwise keep their input open, and anything else this process holds.
    init(forking body: () -> Never) throws(BatchError) {
        let channels = try Channels()
        let child = fork()
        if child == 0 {
            // Only system calls until `body`: a child of a process with threads may not allocate.
            dup2(channels.childInput, STDIN_FILENO)
            dup2(channels.childOutput, STDOUT_FILENO)
            if channels.errorLog >= 0 { dup2(channels.errorLog, STDERR_FILENO) }
            closefrom(STDERR_FILENO + 1)
            body()
        }
        guard child > 0 else {
            let reason = String(cString: strerror(errno))
            channels.closeAll()
            throw .cannotStartWorker(reason: "fork: \(reason)")
        }
        (pid, input, output, errorLog) = (child, channels.parentInput, channels.parentOutput, channels.errorLog)
        scratch = .allocate(byteCount: 65536, alignment: 1)
        channels.closeChildEnds()
    }

    /// The two pipes and the error log of a worker about to start, all close-on-exec.
    private struct Channels {
        let childInput: Int32, parentInput: Int32
        let parentOutput: Int32, childOutput: Int32
        /// Standard error of the child: an unlinked temporary file, or -1 when none could be made.
        let errorLog: Int32

        init() throws(BatchError) {
            // Close-on-exec from the start: a process that another thread starts meanwhile (a
            // test's, or any library's) must not hold the worker's input open.
            var toChild: [Int32] = [0, 0]
            var fromChild: [Int32] = [0, 0]
            guard plancite_pipe_cloexec(&toChild) == 0 else { throw .cannotStartWorker(reason: String(cString: strerror(errno))) }
            guard plancite_pipe_cloexec(&fromChild) == 0 else {
                let reason = String(cString: strerror(errno))
                close(toChild[0])
                close(toChild[1])
                throw .cannotStartWorker(reason: reason)
            }
            let logPath = (NSTemporaryDirectory() as NSString).appendingPathComponent("plancite-worker-\(getpid())-\(UUID().uuidString).log")
            let log = open(logPath, O_RDWR | O_APPEND | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            unlink(logPath)
            (childInput, parentInput) = (Self.aboveStandardStreams(toChild[0]), Self.aboveStandardStreams(toChild[1]))
            (parentOutput, childOutput) = (Self.aboveStandardStreams(fromChild[0]), Self.aboveStandardStreams(fromChild[1]))
            errorLog = log >= 0 ? Self.aboveStandardStreams(log) : -1
        }

        /// `descriptor` (close-on-exec) moved above the standard streams when it took the place of
        /// a closed one (0–2): a child's standard streams are put in those places.
        private static func aboveStandardStreams(_ descriptor: Int32) -> Int32 {
            guard descriptor <= STDERR_FILENO else { return descriptor }
            let moved = fcntl(descriptor, F_DUPFD_CLOEXEC, STDERR_FILENO + 1)
            guard moved >= 0 else { return descriptor }
            close(descriptor)
            return moved
        }

        var all: [Int32] { [childInput, parentInput, parentOutput, childOutput, errorLog] }

        func closeChildEnds() {
            close(childInput)
            close(childOutput)
        }

        func closeAll() {
            for descriptor in all where descriptor >= 0 { close(descriptor) }
        }
    }

    deinit {
        scratch.deallocate()
        if input >= 0 { close(input) }
        close(output)
        if !reaped {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        if errorLog >= 0 { close(errorLog) }
    }

    /// Writes one line; false when the worker is gone.
    func send(_ data: Data) -> Bool {
        data.withUnsafeBytes { FileDescriptorIO.writeAll($0, to: input) == nil }
    }

    /// Reads what is available (call after `poll` says so) and returns the complete lines;
    /// nil at end of file.
    func readLines() -> [Data]? {
        let count = read(output, scratch.baseAddress, scratch.count)
        if count < 0 && errno == EINTR { return [] }
        if count <= 0 { return nil }
        buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[..<count]))
        var lines: [Data] = []
        var lineStart = 0
        while let end = buffer[lineStart...].firstIndex(of: 0x0A) {
            lines.append(Data(buffer[lineStart..<end]))
            lineStart = end + 1
        }
        buffer.removeSubrange(..<lineStart)
        return lines
    }

    /// Kills the worker (if alive) and waits for it.
    @discardableResult
    func stop(signal: Int32 = SIGKILL) -> Ending {
        if !reaped { kill(pid, signal) }
        return reap()
    }

    /// Closes the worker's standard input, which asks it to exit once it is idle.
    func closeInput() {
        if input >= 0 { close(input); input = -1 }
    }

    /// Waits until `deadline` (a `DispatchTime` in nanoseconds) for the worker to exit; true when it has.
    func waitForExit(until deadline: UInt64) -> Bool {
        var status: Int32 = 0
        while !reaped {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { ending = Self.ending(status); break }
            if result < 0 && errno != EINTR { break }
            if DispatchTime.now().uptimeNanoseconds >= deadline { break }
            usleep(2_000)
        }
        return reaped
    }

    /// Waits for the worker to end.
    func reap() -> Ending {
        if let ending { return ending }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let ending = Self.ending(status)
        self.ending = ending
        return ending
    }

    private static func ending(_ status: Int32) -> Ending {
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    }

    /// Empties the standard-error log, so that its tail speaks of the next job only.
    func clearErrorLog() {
        // Most jobs print nothing: finding the size costs less than truncating an empty file.
        if errorLog >= 0 && lseek(errorLog, 0, SEEK_END) > 0 { _ = ftruncate(errorLog, 0) }
    }

    /// The last few kilobytes the worker wrote to standard error since `clearErrorLog`.
    func errorTail() -> String {
        guard errorLog >= 0 else { return "" }
        let size = Int(lseek(errorLog, 0, SEEK_END))
        let start = max(0, size - 4096)
        var bytes = [UInt8](repeating: 0, count: size - start)
        let count = bytes.withUnsafeMutableBytes { pread(errorLog, $0.baseAddress, $0.count, off_t(start)) }
        return String(decoding: bytes.prefix(max(count, 0)), as: UTF8.self)
    }
}
