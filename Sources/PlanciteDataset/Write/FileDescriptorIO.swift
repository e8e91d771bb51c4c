import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// POSIX opening and writing on file descriptors, retried after interruptions.
public enum FileDescriptorIO {
    /// Opens the regular file at `path` for reading: its descriptor (the caller closes it) and its
    /// size; nil when it cannot be opened or is not a regular file.
    ///
    /// Non-blocking, so that a pipe in its place is refused at once rather than waited on.
    public static func openRegularFile(atPath path: String) -> (descriptor: Int32, size: Int)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return nil
        }
        return (descriptor, Int(info.st_size))
    }

    /// Writes every byte of `bytes`; the `errno` of a failure, or nil once all are written.
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return count < 0 ? errno : EIO }
            offset += count
        }
        return nil
    }
}
