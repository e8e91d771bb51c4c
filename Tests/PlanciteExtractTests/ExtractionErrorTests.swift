import Foundation
import PlanciteCore
import PlanciteExtract
import Testing
import TestSupport

@Suite struct ExtractionErrorTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    private func openError(_ path: String, password: String? = nil) -> ExtractionError? {
        do {
            _ = try PDFDocument(path: path, password: password).extract()
            return nil
        } catch {
            return error
        }
    }

    @Test func missingFileIsNotFound() {
        let error = openError(directory.path("nothing-here.pdf"))
        #expect(error?.code == "not-found")
        #expect(error?.failureCode.exitStatus == 10)
    }

    @Test func zeroByteFileIsEmpty() throws {
        let path = try directory.write(Data(), to: "empty.pdf")
        #expect(openError(path)?.code == "empty-file")
    }

    @Test func textFileIsNotPDF() throws {
        let path = try directory.write(Data("just some notes, not a PDF\n".utf8), to: "notes.pdf")
        #expect(openError(path)?.code == "not-pdf")
    }

    @Test(arguments: [
        "%PDF-1.4\n",
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
        "%PDF-1.4\n%\u{e2}\u{e3}\n\u{00}\u{01}\u{02} garbage that never becomes an object",
    ])
    func brokenPDFIsDamaged(body: String) throws {
        let path = try directory.write(Data(body.utf8), to: "broken.pdf")
        #expect(openError(path)?.code == "damaged")
    }

    @Test func truncatedPDFIsDamagedOrReadable() throws {
        let full = MinimalPDF(pages: [.init(items: [.init(x: 72, y: 100, text: "Whole page")])]).data()
        let path = try directory.write(full.prefix(full.count / 3), to: "truncated.pdf")
        // poppler may rebuild a cut file; it must then either read text or fail as damaged.
        if let error = openError(path) {
            #expect(["damaged", "no-text-layer"].contains(error.code))
        }
    }

    @Test func pageWithoutTextNeedsOCR() throws {
        let path = try directory.write(MinimalPDF(pages: [.init(drawsOnlyShapes: true)]).data(), to: "scan.pdf")
        let error = openError(path)
        #expect(error?.code == "no-text-layer")
        #expect(error?.errorDescription?.contains("OCR") == true)
    }

    @Test func directoryIsUnreadable() {
        #expect(openError(directory.url.path)?.code == "unreadable")
    }

    @Test(.enabled(if: QPDF.isAvailable)) func encryptedPDFNeedsPassword() throws {
        let plain = try directory.write(
            MinimalPDF(pages: [.init(items: [.init(x: 72, y: 100, text: "Locked text")])]).data(), to: "plain.pdf")
        let locked = directory.path("locked.pdf")
        try QPDF.encrypt(plain, to: locked, userPassword: "s3cret")

        #expect(openError(locked)?.code == "encrypted")
        #expect(openError(locked, password: "wrong")?.errorDescription?.contains("password given is wrong") == true)
        let document = try PDFDocument(path: locked, password: "s3cret").extract()
        #expect(document.pages[0].text.contains("Locked text"))
    }

    @Test func everyMessageIsOneLineNamingTheFile() throws {
        let errors: [ExtractionError] = [
            .notFound(path: "a.pdf"), .emptyFile(path: "a.pdf"), .notPDF(path: "a.pdf"),
            .damaged(path: "a.pdf", reason: "bad xref"), .encrypted(path: "a.pdf", passwordGiven: false),
            .noTextLayer(path: "a.pdf"), .unreadable(path: "a.pdf", reason: "permission denied"),
        ]
        for error in errors {
            let message = try #require(error.errorDescription)
            #expect(message.hasPrefix("a.pdf: error[\(error.code)]: "))
            #expect(!message.contains("\n"))
        }
        #expect(Set(errors.map(\.failureCode.exitStatus)).count == errors.count)
    }
}

/// qpdf, where installed, encrypts test files.
enum QPDF {
    static let path = ["/usr/bin/qpdf", "/usr/local/bin/qpdf"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var isAvailable: Bool { path != nil }

    static func encrypt(_ input: String, to output: String, userPassword: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = ["--encrypt", userPassword, "owner-\(userPassword)", "256", "--", input, output]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
