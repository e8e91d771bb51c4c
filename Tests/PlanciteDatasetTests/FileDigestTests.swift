import Foundation
import PlanciteCore
import PlanciteDataset
import Testing
import TestSupport

/// An input's hash and size: regular files, also through a symbolic link; nothing else.
@Suite struct FileDigestTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    @Test(arguments: [0, 1, 4096, (1 << 20) + 3])
    func aFileIsHashedWhole(size: Int) throws {
        let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let path = try directory.write(bytes, to: "input-\(size).pdf")
        let digest = try #require(FileDigest(path: path))
        #expect(digest.sha256 == SHA256.hex(of: bytes) && digest.bytes == size)
    }

    @Test func aLinkIsFollowed() throws {
        let target = try directory.write(Data("%PDF-1.4 linked".utf8), to: "target.pdf")
        let link = directory.path("link.pdf")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(FileDigest(path: link) == FileDigest(path: target))
        #expect(FileDigest(path: link) != nil)
    }

    @Test func whatIsNotARegularFileHasNoDigest() throws {
        #expect(FileDigest(path: directory.url.path) == nil)
        #expect(FileDigest(path: directory.path("missing.pdf")) == nil)
        let fifo = directory.path("pipe.pdf")
        try #require(mkfifo(fifo, 0o600) == 0)
        #expect(FileDigest(path: fifo) == nil)
    }
}
