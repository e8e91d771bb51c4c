import Foundation
import PlanciteDataset

/// `DIR/.plancite.lock`: stops two runs writing the same output folder.
///
/// Holds the pid, host and start time of the run, and is touched every 30 s while held. A lock
/// whose pid is dead on this host, or (on a shared file system) that another host has not touched
/// for `staleAfter` seconds, is taken over; any other lock makes `init` throw `BatchError.locked`
/// naming its holder.
public final class OutputLock {
    public struct Holder: Sendable, Codable, Equatable, CustomStringConvertible {
        public var pid: Int32
        public var host: String
        public var started: String

        public init(pid: Int32, host: String, started: String) {
            self.pid = pid
            self.host = host
            self.started = started
        }

        public static var current: Holder {
            Holder(pid: getpid(), host: ProcessInfo.processInfo.hostName,
                   started: ISO8601DateFormatter().string(from: Date()))
        }

        public var description: String { "pid \(pid) on \(host), started \(started)" }

        func isDead(lockAge: TimeInterval) -> Bool {
            if host == ProcessInfo.processInfo.hostName { return kill(pid, 0) != 0 && errno == ESRCH }
            return lockAge > OutputLock.staleAfter
        }
    }

    /// Seconds after which another host's untouched lock counts as abandoned.
    public static let staleAfter: TimeInterval = 300

    public let url: URL
    private var held = false
    private let heartbeat = Heartbeat()

    public static func url(in folder: URL) -> URL { folder.appendingPathComponent(".plancite.lock") }

    /// Takes the lock of `folder`, creating the folder.
    public init(folder: URL) throws(BatchError) {
        url = Self.url(in: folder)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .output(DatasetError.cannotWrite(path: folder.path, reason: error.localizedDescription).errorDescription ?? "")
        }
        let me = (try? JSONCoding.pretty(Holder.current)) ?? Data()
        for _ in 0..<3 {
            let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 {
                _ = me.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                close(descriptor)
                held = true
                heartbeat.start(path: url.path)
                return
            }
            guard errno == EEXIST else {
                throw .output(DatasetError.cannotWrite(path: url.path, reason: String(cString: strerror(errno))).errorDescription ?? "")
            }
            let data = FileManager.default.contents(atPath: url.path) ?? Data()
            if let holder = try? JSONCoding.decode(Holder.self, from: data) {
                let modified = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate]) as? Date
                let age = Date().timeIntervalSince(modified ?? Date())
                guard holder.isDead(lockAge: age) else { throw .locked(folder: folder.path, holder: holder.description) }
            } else if data.isEmpty {
                // A run killed between creating and filling the file: wait a moment, then take it.
                usleep(200_000)
                if let again = FileManager.default.contents(atPath: url.path), !again.isEmpty { continue }
            }
            unlink(url.path)
        }
        throw .locked(folder: folder.path, holder: "unknown holder")
    }

    /// Removes the lock file.
    public func release() {
        guard held else { return }
        held = false
        heartbeat.stop()
        unlink(url.path)
    }

    deinit { release() }
}

/// Touches a file every 30 s until stopped, so that other hosts can tell a live lock from an abandoned one.
private final class Heartbeat: @unchecked Sendable {
    private let condition = NSCondition()
    private var stopped = false

    func start(path: String) {
        Thread.detachNewThread { [self] in
            condition.lock()
            defer { condition.unlock() }
            while !stopped {
                _ = condition.wait(until: Date().addingTimeInterval(30))
                if !stopped { _ = utimes(path, nil) }
            }
        }
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }
}
