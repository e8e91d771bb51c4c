import Foundation
import PlanciteExtract
import Testing
import TestSupport

/// Every real PDF either yields text or fails with its typed error.
@Suite(.enabled(if: RepositoryPaths.realCorpus != nil, "../shared/corpus/real is absent"))
struct RealCorpusTests {
    static let expectedFailures: [String: String] = [
        "doclaynet-p3-password-1234.pdf": "encrypted",
        "fisc-order-2013-scanned.pdf": "no-text-layer",
    ]

    @Test(arguments: RepositoryPaths.realCorpusPDFs)
    func extractsOrFailsTyped(url: URL) throws {
        let name = url.lastPathComponent
        do {
            let document = try PDFDocument(path: url.path).extract()
            #expect(Self.expectedFailures[name] == nil, "\(name) should have failed")
            #expect(document.pages.contains { !$0.runs.isEmpty })
            for page in document.pages {
                let scalarCount = page.text.unicodeScalars.count
                #expect(page.runs.allSatisfy { $0.range.end <= scalarCount && $0.range.start < $0.range.end })
            }
        } catch {
            #expect(error.code == Self.expectedFailures[name], "\(name): \(error)")
        }
    }

    @Test(.enabled(if: RepositoryPaths.realCorpusPDFs.contains { $0.lastPathComponent == "doclaynet-p3-password-1234.pdf" }))
    func passwordOpensTheEncryptedSample() throws {
        let url = RepositoryPaths.realCorpus!.appendingPathComponent("doclaynet-p3-password-1234.pdf")
        let document = try PDFDocument(path: url.path, password: "1234").extract()
        #expect(document.pages[0].text.contains("DocLayNet"))
    }
}
