import Foundation

/// Writes files so that a reader never sees half of one: temporary name, flush, rename.
public enum AtomicFile {
    /// Writes `data` to `url` atomically, creating parent folders.
    public static func write(_ data: Data, to url: URL) throws(DatasetError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw DatasetError.cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
            }
        } catch let error as DatasetError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Removes temporary files a killed run may have left in `folder` (not recursive).
    public static func sweepTemporaries(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".") && name.contains(".tmp-") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
