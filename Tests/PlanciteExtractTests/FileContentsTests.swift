import Foundation
import PlanciteCore
@testable import PlanciteExtract
import Testing
import TestSupport

/// A PDF is read into memory in one go, or left for poppler to read when it is over the limit;
/// both give the same document, and the checks before poppler are the same.
@Suite struct FileContentsTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    private func twoPagePDF() throws -> String {
        let pdf = MinimalPDF(pages: [
            .init(items: [.init(x: 72, y: 100, text: "First page of a short plan")]),
            .init(items: [.init(x: 72, y: 120, text: "Second page, other words")]),
        ])
        return try directory.write(pdf.data(), to: "plan.pdf")
    }

    @Test func readingFromMemoryOrFromTheFileGivesTheSameDocument() throws {
        let path = try twoPagePDF()
        let fromMemory = try PDFDocument(path: path, password: nil, inMemoryLimit: .max).extract()
        let fromFile = try PDFDocument(path: path, password: nil, inMemoryLimit: 0).extract()
        #expect(fromMemory == fromFile)
        #expect(fromMemory.pages.count == 2)
        #expect(fromMemory.pages[1].text.contains("Second page"))
    }

    @Test(arguments: [0, Int.max])
    func bytesBeforeTheHeaderAreAllowedWithinTheFirstKilobyte(limit: Int) throws {
        let pdf = MinimalPDF(pages: [.init(items: [.init(x: 72, y: 100, text: "After a preamble")])]).data()
        let near = try directory.write(Data(repeating: 0x20, count: 1000) + pdf, to: "near.pdf")
        #expect((try? PDFDocument(path: near, password: nil, inMemoryLimit: limit).extract()) != nil)
        let far = try directory.write(Data(repeating: 0x20, count: 1030) + pdf, to: "far.pdf")
        #expect(throws: ExtractionError.notPDF(path: far)) { try PDFDocument(path: far, password: nil, inMemoryLimit: limit) }
    }

    @Test(arguments: [0, Int.max])
    func theUsualFailuresAreNamedOnEitherPath(limit: Int) throws {
        let empty = try directory.write(Data(), to: "empty.pdf")
        #expect(throws: ExtractionError.emptyFile(path: empty)) { try PDFDocument(path: empty, password: nil, inMemoryLimit: limit) }
        let missing = directory.path("missing.pdf")
        #expect(throws: ExtractionError.notFound(path: missing)) { try PDFDocument(path: missing, password: nil, inMemoryLimit: limit) }
        #expect(throws: ExtractionError.unreadable(path: directory.url.path, reason: "it is a directory")) {
            try PDFDocument(path: directory.url.path, password: nil, inMemoryLimit: limit)
        }
    }

    @Test func aPipeIsReadToItsEnd() throws {
        let source = try twoPagePDF()
        let fifo = directory.path("stream.pdf")
        try #require(mkfifo(fifo, 0o600) == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: source))
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(data)
                try? handle.close()
            }
        }
        writer.start()
        let document = try PDFDocument(path: fifo).extract()
        #expect(document.pages.count == 2)
    }

    @Test func aPipeWithAPasswordIsRefusedBeforeItIsRead() throws {
        let fifo = directory.path("locked-stream.pdf")
        try #require(mkfifo(fifo, 0o600) == 0)
        let writer = Thread { _ = FileHandle(forWritingAtPath: fifo) }
        writer.start()
        let error = #expect(throws: ExtractionError.self) { try PDFDocument(path: fifo, password: "s3cret") }
        #expect(error?.code == "unreadable")
    }

    @Test func theMarkerSearchMatchesAPlainSearch() {
        let cases: [[UInt8]] = [[], Array("%PDF".utf8), Array("%PDF-".utf8), Array("xx%PDF-1".utf8), Array("%PD%PDF-".utf8), Array("%pdf-1.4".utf8)]
        for bytes in cases {
            let expected = Data(bytes).range(of: Data("%PDF-".utf8)) != nil
            let found = bytes.withUnsafeBytes { PDFFileContents.containsPDFMarker($0) }
            #expect(found == expected, "\(bytes)")
        }
    }
}
