import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whole files, written so that a reader never sees half of one, and read in one go.
///
/// A write goes to a temporary name, is flushed, then renamed into place.
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

    /// Writes `bytes` to the file at `path` atomically, as `write(_:to:)` does, with POSIX calls
    /// only (no `URL`s, no `Data`): a batch writes two files a document.
    public static func write(_ bytes: UnsafeRawBufferPointer, toPath path: String) throws(DatasetError) {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = "\(folder)/.\(name).tmp-\(getpid())"
        func failure(_ code: Int32 = errno) -> DatasetError { .cannotWrite(path: path, reason: String(cString: strerror(code))) }
        let flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC
        var descriptor = open(temporary, flags, 0o666)
        if descriptor < 0 && errno == ENOENT {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            descriptor = open(temporary, flags, 0o666)
        }
        guard descriptor >= 0 else { throw failure() }
        if let code = FileDescriptorIO.writeAll(bytes, to: descriptor) {
            close(descriptor)
            unlink(temporary)
            throw failure(code)
        }
        guard close(descriptor) == 0, rename(temporary, path) == 0 else {
            let error = failure()
            unlink(temporary)
            throw error
        }
    }

    /// The whole contents of a regular file (one `read` for most files); nil when it cannot be read.
    public static func contents(atPath path: String) -> Data? {
        guard let (descriptor, size) = FileDescriptorIO.openRegularFile(atPath: path) else { return nil }
        defer { close(descriptor) }
        // Not zeroed first: `read` fills it (a zeroed `Data(count:)` wrote every byte twice).
        guard let buffer = malloc(max(size, 1)) else { return nil }
        var filled = 0
        while filled < size {
            let count = read(descriptor, buffer + filled, size - filled)
            if count < 0 && errno == EINTR { continue }
            if count < 0 {
                free(buffer)
                return nil
            }
            if count == 0 { break }
            filled += count
        }
        // A file that shrank while being read is taken as it was found.
        return Data(bytesNoCopy: buffer, count: filled, deallocator: .free)
    }

    /// Removes temporary files a killed run may have left in `folder` (not recursive).
    public static func sweepTemporaries(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".") && name.contains(".tmp-") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
