import Foundation

/// Why a dataset could not be read or written.
public enum DatasetError: Error, Sendable, Equatable, LocalizedError {
    case cannotWrite(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    case invalidPipeline(path: String, reason: String)
    case notAnOutputFolder(path: String)

    public var errorDescription: String? {
        switch self {
        case .cannotWrite(let path, let reason):
            "\(path): cannot write (\(reason)); check the folder's permissions and free space"
        case .cannotRead(let path, let reason):
            "\(path): cannot read (\(reason))"
        case .invalidPipeline(let path, let reason):
            "\(path): invalid pipeline file: \(reason)"
        case .notAnOutputFolder(let path):
            "\(path): not a plancite output folder (no manifest.json); run `plancite ingest` or `plancite run` first"
        }
    }
}
