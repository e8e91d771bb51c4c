import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One running worker child: its pipes, its pid and the lines it has written.
///
/// Standard error of the child goes to a temporary file whose tail explains a death.
final class WorkerProcess {
    /// How a worker ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    let pid: pid_t
    private let input: Int32
    let output: Int32
    private let errorLog: String
    private var buffer: [UInt8] = []
    private var reaped = false

    /// Starts `command` with the environment of this process.
    init(command: [String]) throws(BatchError) {
        var toChild: [Int32] = [0, 0]
        var fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else {
            throw .cannotStartWorker(reason: String(cString: strerror(errno)))
        }
        for descriptor in toChild + fromChild { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        errorLog = (NSTemporaryDirectory() as NSString).appendingPathComponent("plancite-worker-\(getpid())-\(UUID().uuidString).log")
        let logDescriptor = open(errorLog, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        defer { if logDescriptor >= 0 { close(logDescriptor) } }

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
            throw .cannotStartWorker(reason: "\(command[0]): \(String(cString: strerror(status)))")
        }
        pid = child
        input = toChild[1]
        output = fromChild[0]
    }

    deinit {
        close(input)
        close(output)
        if !reaped {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        unlink(errorLog)
    }

    /// Writes one line; false when the worker is gone.
    func send(_ data: Data) -> Bool {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(input, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }

    /// Reads what is available (call after `poll` says so) and returns the complete lines;
    /// nil at end of file.
    func readLines() -> [Data]? {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { return [] }
        if count <= 0 { return nil }
        buffer += chunk[0..<count]
        var lines: [Data] = []
        while let end = buffer.firstIndex(of: 0x0A) {
            lines.append(Data(buffer[..<end]))
            buffer.removeSubrange(...end)
        }
        return lines
    }

    /// Kills the worker (if alive) and waits for it.
    @discardableResult
    func stop(signal: Int32 = SIGKILL) -> Ending {
        if !reaped { kill(pid, signal) }
        return reap()
    }

    /// Waits for the worker to end.
    func reap() -> Ending {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        reaped = true
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    }

    /// The last few kilobytes the worker wrote to standard error.
    func errorTail() -> String {
        guard let handle = FileHandle(forReadingAtPath: errorLog) else { return "" }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 4096 ? size - 4096 : 0)
        return String(decoding: (try? handle.readToEnd()) ?? Data(), as: UTF8.self)
    }
}
