import Foundation

/// Why a batch could not run at all (as opposed to a document failing).
public enum BatchError: Error, Sendable, Equatable, LocalizedError {
    /// Another run holds the output folder's lock.
    case locked(folder: String, holder: String)
    case cannotStartWorker(reason: String)
    case output(String)

    public var errorDescription: String? {
        switch self {
        case .locked(let folder, let holder):
            "\(folder): locked by another plancite run (\(holder)); wait for it, or remove \(folder)/.plancite.lock if that run is gone"
        case .cannotStartWorker(let reason):
            "cannot start a worker process: \(reason)"
        case .output(let message):
            message
        }
    }
}
