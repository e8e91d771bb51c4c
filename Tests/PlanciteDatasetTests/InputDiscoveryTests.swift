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

    @Test func plainPathsSkipStandardizingAndMatchIt() throws {
        try FileManager.default.createSymbolicLink(atPath: directory.path("linked"), withDestinationPath: directory.path("sub"))
        let discovery = InputDiscovery(workingDirectory: directory.url.path)
        let paths = [
            "a.pdf", "sub/b.PDF", "sub/deeper/c.pdf", "./a.pdf", "sub/../a.pdf", "sub//b.PDF", "sub/", "sub/.",
            "linked/b.PDF", "linked/deeper/../b.PDF", "nope.pdf", "nope/x.pdf", directory.path("a.pdf"), "/",
        ]
        for path in paths {
            let joined = path.hasPrefix("/") ? path : (directory.url.path as NSString).appendingPathComponent(path)
            let (absolute, realPath) = discovery.absolutize(path)
            #expect(absolute == (joined as NSString).standardizingPath, "\(path)")
            if let realPath { #expect(realPath == absolute, "\(path)") }
        }
        // The fast path is taken for a plain path without links, and only then.
        let real = try #require(realpath(directory.path("a.pdf"), nil))
        defer { free(real) }
        let plain = String(cString: real)
        #expect(InputDiscovery(workingDirectory: "/").absolutize(plain).realPath == plain)
        #expect(discovery.absolutize("linked/b.PDF").realPath == nil)
    }

    @Test(arguments: [
        ("/a/b.pdf", true), ("/a", true), ("/a/..b/c.", true), ("/", false), ("a/b", false), ("/a/", false),
        ("/a//b", false), ("/a/./b", false), ("/a/../b", false), ("/a/.", false), ("/a/..", false),
        ("/private/tmp/a", false), ("/var/automount/a", false), ("/privately/a", false),
    ])
    func plainAbsolutePaths(path: String, isPlain: Bool) {
        #expect(InputDiscovery.isPlainAbsolute(path) == isPlain)
    }
}
