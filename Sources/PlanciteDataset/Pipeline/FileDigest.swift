import Foundation
import PlanciteCore

/// The SHA-256 and size of a file, read in chunks so that memory stays flat whatever its size.
public struct FileDigest: Sendable, Equatable {
    public var sha256: String
    public var bytes: Int

    /// The size of the regular file at `path`, when it can be opened for reading; nothing is read.
    public static func sizeOfOpenableFile(atPath path: String) -> Int? {
        guard let (descriptor, size) = FileDescriptorIO.openRegularFile(atPath: path) else { return nil }
        close(descriptor)
        return size
    }

    /// Nil when the path is not a readable regular file.
    public init?(path: String) {
        guard let (descriptor, size) = FileDescriptorIO.openRegularFile(atPath: path) else { return nil }
        defer { close(descriptor) }
        var hasher = SHA256()
        var total = 0
        // One chunk for most files: the file's size, up to a megabyte.
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, min(size, 1 << 20)), alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = read(descriptor, chunk.baseAddress, chunk.count)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            hasher.update(UnsafeRawBufferPointer(rebasing: chunk[..<count]))
            total += count
        }
        sha256 = hasher.finalizeHex()
        bytes = total
    }
}
