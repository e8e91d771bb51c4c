import Foundation
@testable import PlanciteDataset
import Testing
import TestSupport

@Suite struct InputDiscoveryTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
        for name in ["a.pdf", "sub/b.PDF", "sub/deeper/c.pdf", "sub/notes.txt", ".hidden/d.pdf"] {
            try directory.write(Data("%PDF-1.4".utf8), to: name)
        }
    }

    private func discover(_ paths: [String]) -> [String] {
        InputDiscovery(workingDirectory: directory.url.path).discover(paths).map(\.displayPath)
    }

    @Test func foldersAreSearchedRecursivelyForPDFs() {
        #expect(discover(["."]) == ["a.pdf", "sub/b.PDF", "sub/deeper/c.pdf"])
    }

    @Test func globsFilesAndDuplicates() {
        #expect(discover(["*.pdf", "a.pdf", "./a.pdf", "sub/deeper/c.pdf"]) == ["a.pdf", "sub/deeper/c.pdf"])
    }

    @Test(arguments: [
        ("*.pdf", true), ("sub/doc[12].pdf", true), ("plan?.pdf", true), ("é*.pdf", true),
        ("plain.pdf", false), ("naïve plan.pdf", false), ("", false), ("dir/ｘ＊.pdf", false),
    ])
    func globCharactersAreFoundOnBytes(path: String, isPattern: Bool) {
        #expect(InputDiscovery.hasGlobCharacters(path) == isPattern)
        #expect(InputDiscovery.hasGlobCharacters(path) == path.contains { "*?[".contains($0) })
    }

    @Test func missingPathsAreKeptForTheirError() {
        #expect(discover(["nope.pdf", "a.pdf"]) == ["a.pdf", "nope.pdf"])
        #expect(discover(["zzz*.pdf"]) == ["zzz*.pdf"])
    }

    @Test func symbolicLinkLoopsEndAndLinkedCopiesCountOnce() throws {
        try FileManager.default.createSymbolicLink(atPath: directory.path("sub/loop"), withDestinationPath: directory.url.path)
        try FileManager.default.createSymbolicLink(atPath: directory.path("again.pdf"), withDestinationPath: directory.path("a.pdf"))
        let found = discover(["."])
        #expect(found.count == 3)
        #expect(found.contains("sub/b.PDF"))
    }
}
