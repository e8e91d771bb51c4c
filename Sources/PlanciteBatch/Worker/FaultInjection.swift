import Foundation

/// A test hook: `PLANCITE_FAULT=segv:NAME,hang:NAME,…` makes a worker fail on files whose path contains NAME.
///
/// `segv` writes to an invalid address (SIGSEGV), `kill` raises SIGKILL, `hang` sleeps forever, `oom` allocates until the
/// memory limit stops it, `garble` answers with a line that is not a reply. Read only by `plancite
/// worker`; it exists so that tests can prove a bad document costs only itself. Never set it in production.
public struct FaultInjection: Sendable {
    public enum Fault: String, Sendable { case segv, kill, hang, oom, garble }

    public var rules: [(fault: Fault, name: String)]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        rules = (environment["PLANCITE_FAULT"] ?? "").split(separator: ",").compactMap { rule in
            let parts = rule.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let fault = Fault(rawValue: String(parts[0])), !parts[1].isEmpty else { return nil }
            return (fault, String(parts[1]))
        }
    }

    /// Fails the way a rule says when `path` matches one; returns otherwise (and for `garble`).
    public func trigger(forPath path: String) {
        guard let fault = fault(forPath: path) else { return }
        switch fault {
        case .segv:
            UnsafeMutablePointer<UInt8>(bitPattern: 16)?.pointee = 1
        case .kill:
            raise(SIGKILL)
        case .hang:
            while true { sleep(3600) }
        case .oom:
            while malloc(64 << 20) != nil {}
            MemoryLimit.outOfMemory()
        case .garble:
            return
        }
    }

    /// Whether the reply for `path` is to be replaced by a line that is not one.
    public func garblesReply(forPath path: String) -> Bool {
        fault(forPath: path) == .garble
    }

    private func fault(forPath path: String) -> Fault? {
        rules.first(where: { path.contains($0.name) })?.fault
    }
}
