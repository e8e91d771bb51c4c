import Foundation
import PlanciteCore

/// The SHA-256 and size of a file, read in chunks so that memory stays flat whatever its size.
public struct FileDigest: Sendable, Equatable {
    public var sha256: String
    public var bytes: Int

    /// Nil when the path is not a readable regular file.
    public init?(path: String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let handle = FileHandle(forReadingAtPath: path)
        else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        var total = 0
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(chunk)
            total += chunk.count
        }
        sha256 = hasher.finalizeHex()
        bytes = total
    }
}
