import Foundation

/// Workers started before the command line is parsed, for the batch that follows to adopt.
///
/// A worker needs a few tens of milliseconds to load (exec, dynamic linking, runtime start-up).
/// Started first thing, it loads while this process parses its arguments and finds and hashes its
/// inputs. A prestarted worker waits for its setup line, which the pool sends when it adopts the
/// worker (`take`); the batch stops the rest (`discard`) as soon as it knows how many it needs.
/// One that this process leaves behind sees its input close when this process exits, and exits.
public enum WorkerPrestart {
    private final class Store: @unchecked Sendable {
        let lock = NSLock()
        var workers: [(command: [String], process: WorkerProcess)] = []
    }

    private static let store = Store()

    /// Starts `count` workers running `command`; a worker that cannot be started is left out.
    public static func begin(count: Int, command: [String]) {
        var started: [WorkerProcess] = []
        for _ in 0..<max(0, count) {
            guard let worker = try? WorkerProcess(command: command) else { break }
            started.append(worker)
        }
        store.lock.lock()
        defer { store.lock.unlock() }
        store.workers += started.map { (command, $0) }
    }

    /// The oldest prestarted worker running `command`, if one is left.
    static func take(command: [String]) -> WorkerProcess? {
        store.lock.lock()
        defer { store.lock.unlock() }
        guard let index = store.workers.firstIndex(where: { $0.command == command }) else { return nil }
        return store.workers.remove(at: index).process
    }

    /// Stops the workers nobody adopted, and waits for them.
    static func discard() {
        store.lock.lock()
        let left = store.workers
        store.workers = []
        store.lock.unlock()
        for worker in left { worker.process.stop() }
    }

    /// The process ids of the workers waiting to be adopted, oldest first.
    static var waitingPIDs: [pid_t] {
        store.lock.lock()
        defer { store.lock.unlock() }
        return store.workers.map(\.process.pid)
    }
}
