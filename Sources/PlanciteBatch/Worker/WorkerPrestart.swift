import Foundation

/// Workers started before the command line is even parsed, for the batch that follows to adopt.
///
/// A worker needs a few tens of milliseconds to load (exec, dynamic linking, runtime start-up).
/// Started first thing, it loads while this process parses its arguments, finds its inputs and
/// hashes them, instead of after. A prestarted worker waits for its setup line; the pool sends it
/// when it adopts the worker (`take`). Those not adopted are stopped by `discard`, and one this
/// process leaves behind sees its input close when this process exits, and exits quietly.
public enum WorkerPrestart {
    private final class Store: @unchecked Sendable {
        let lock = NSLock()
        var command: [String] = []
        var workers: [WorkerProcess] = []
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
        store.command = command
        store.workers += started
    }

    /// A prestarted worker running `command`, if one is left.
    static func take(command: [String]) -> WorkerProcess? {
        store.lock.lock()
        defer { store.lock.unlock() }
        guard store.command == command, !store.workers.isEmpty else { return nil }
        return store.workers.removeFirst()
    }

    /// Stops the workers nobody adopted.
    static func discard() {
        store.lock.lock()
        let left = store.workers
        store.workers = []
        store.lock.unlock()
        for worker in left { worker.stop() }
    }

    /// The process ids of the workers waiting to be adopted, oldest first.
    static var waitingPIDs: [pid_t] {
        store.lock.lock()
        defer { store.lock.unlock() }
        return store.workers.map(\.pid)
    }
}
