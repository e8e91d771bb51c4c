import Foundation
import PlanciteDataset
import Testing
import TestSupport

/// Descriptor helpers: every byte written or the failure's `errno`; only regular files opened.
@Suite struct FileDescriptorIOTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    @Test(arguments: [0, 1, (1 << 20) + 3])
    func everyByteIsWritten(size: Int) throws {
        let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let path = directory.path("out-\(size).bin")
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        let failure = bytes.withUnsafeBytes { FileDescriptorIO.writeAll($0, to: descriptor) }
        close(descriptor)
        #expect(failure == nil)
        #expect(FileManager.default.contents(atPath: path) == bytes)
    }

    @Test func aFailedWriteGivesItsErrno() throws {
        let path = try directory.write(Data("x".utf8), to: "read-only.bin")
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let failure = Data("more".utf8).withUnsafeBytes { FileDescriptorIO.writeAll($0, to: descriptor) }
        #expect(failure == EBADF)
    }

    @Test func onlyRegularFilesAreOpened() throws {
        let path = try directory.write(Data(count: 1234), to: "plan.pdf")
        let opened = try #require(FileDescriptorIO.openRegularFile(atPath: path))
        close(opened.descriptor)
        #expect(opened.size == 1234)
        #expect(FileDescriptorIO.openRegularFile(atPath: directory.url.path) == nil)
        #expect(FileDescriptorIO.openRegularFile(atPath: directory.path("missing.pdf")) == nil)
        let fifo = directory.path("pipe.pdf")
        try #require(mkfifo(fifo, 0o600) == 0)
        #expect(FileDescriptorIO.openRegularFile(atPath: fifo) == nil)
    }
}
