import Foundation
import PlanciteCore
#if canImport(Glibc)
import Glibc
#endif

/// Process limits a worker sets on itself before it reads a document.
public enum MemoryLimit {
    /// Caps the address space at `bytes`, turns off core dumps, and dies with the parent.
    public static func apply(maxBytes bytes: UInt64) {
        var memory = rlimit(rlim_cur: rlim_t(bytes), rlim_max: rlim_t(bytes))
        _ = setrlimit(Int32(RLIMIT_AS.rawValue), &memory)
        var core = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(Int32(RLIMIT_CORE.rawValue), &core)
        exitWhenOrphaned()
    }

    /// Ends this process once its parent is gone (even while the main thread is stuck in a document).
    private static func exitWhenOrphaned() {
        let parent = getppid()
        Thread.detachNewThread {
            while getppid() == parent { sleep(1) }
            _exit(ExitStatus.outputFailed)
        }
    }

    /// Reports an allocation that failed under the limit and exits with `WorkerExit.outOfMemory`.
    public static func outOfMemory() -> Never {
        let message = "plancite worker: out of memory under the address-space limit\n"
        _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        _exit(WorkerExit.outOfMemory)
    }
}
