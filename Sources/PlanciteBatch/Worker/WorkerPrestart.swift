import Foundation

/// Workers started before the command line is parsed, for the batch that follows to adopt.
///
/// A new worker process needs 13–15 ms to load (exec, dynamic linking, runtime start-up). Forked
/// first thing in `main`, a worker is a copy of a process that has loaded already: it is ready at
/// once, and two of them take no processor time from this process while it parses its arguments
/// and plans its inputs. A prestarted worker waits for its setup line, which the pool sends when
/// it adopts the worker (`take`); the batch stops the rest (`discard`) as soon as it knows how many
/// it needs. One that this process leaves behind sees its input close when this process exits, and
/// exits.
public enum WorkerPrestart {
    private final class Store: @unchecked Sendable {
        let lock = NSLock()
        var workers: [(command: [String], process: WorkerProcess)] = []
    }

    private static let store = Store()

    /// Starts `count` workers for `command`; a worker that cannot be started is left out.
    ///
    /// With `forking`, and while this process runs a single thread, each is forked from this
    /// process and runs `WorkerLoop.run`, which is what `command` must run; otherwise each runs
    /// `command`.
    public static func begin(count: Int, command: [String], forking: Bool = false) {
        var started: [WorkerProcess] = []
        for _ in 0..<max(0, count) {
            let worker: WorkerProcess?
            // Checked before each fork: making a worker's pipes must not have started a thread.
            if forking && ProcessThreads.isSingle {
                worker = try? WorkerProcess(forking: { exit(WorkerLoop.run()) })
            } else {
                worker = try? WorkerProcess(command: command)
            }
            guard let worker else { break }
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
