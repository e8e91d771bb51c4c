import Foundation
import PlanciteDataset
import Testing
import TestSupport

/// Whole-file reads (the rows caches): every byte of a regular file; nothing else.
@Suite struct FileContentsTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    @Test(arguments: [0, 1, 65_536, (1 << 20) + 3])
    func aFileIsReadWhole(size: Int) throws {
        let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 29 &+ 3) })
        let path = try directory.write(bytes, to: "file-\(size).rows")
        #expect(AtomicFile.contents(atPath: path) == bytes)
    }

    @Test func whatIsNotARegularFileHasNoContents() throws {
        #expect(AtomicFile.contents(atPath: directory.url.path) == nil)
        #expect(AtomicFile.contents(atPath: directory.path("missing.rows")) == nil)
        let fifo = directory.path("pipe.rows")
        try #require(mkfifo(fifo, 0o600) == 0)
        #expect(AtomicFile.contents(atPath: fifo) == nil)
    }
}
