import Foundation
import PlanciteDataset
#if canImport(Glibc)
import Glibc
#endif

/// One running worker child: its pipes, its pid and the lines it has written.
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
    /// Where `readLines` reads, allocated once.
    private let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 65536, alignment: 1)
    /// How it ended, once waited for.
    private var ending: Ending?
    private var reaped: Bool { ending != nil }

    /// Starts `command` with the environment of this process.
    init(command: [String]) throws(BatchError) {
        var toChild: [Int32] = [0, 0]
        var fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else {
            throw .cannotStartWorker(reason: String(cString: strerror(errno)))
        }
        for descriptor in toChild + fromChild { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        let logPath = (NSTemporaryDirectory() as NSString).appendingPathComponent("plancite-worker-\(getpid())-\(UUID().uuidString).log")
        let logDescriptor = open(logPath, O_RDWR | O_APPEND | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        unlink(logPath)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)
        if logDescriptor >= 0 { posix_spawn_file_actions_adddup2(&actions, logDescriptor, STDERR_FILENO) }

        let arguments = command.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, command[0], &actions, nil, arguments, environ)
        close(toChild[0])
        close(fromChild[1])
        guard status == 0 else {
            close(toChild[1])
            close(fromChild[0])
            if logDescriptor >= 0 { close(logDescriptor) }
            throw .cannotStartWorker(reason: "\(command[0]): \(String(cString: strerror(status)))")
        }
        pid = child
        input = toChild[1]
        output = fromChild[0]
        errorLog = logDescriptor
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
        if errorLog >= 0 { _ = ftruncate(errorLog, 0) }
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
