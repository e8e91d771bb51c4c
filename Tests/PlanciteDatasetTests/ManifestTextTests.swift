import Foundation
import PlanciteCore
@testable import PlanciteDataset
import Testing
import TestSupport

/// `manifest.json` written an item at a time is byte for byte the manifest encoded whole.
@Suite struct ManifestTextTests {
    static func manifest(seed: UInt64, inputs: Int, files: Int) -> Manifest {
        var random = SplitMix(seed: seed)
        let names = ["a.pdf", "in/b c.pdf", "in/\"quoted\".pdf", "back\\slash.pdf", "línea\nnueva.pdf", "\"files\" : [\n\n  ]"]
        let entries = (0..<inputs).map { index -> ManifestEntry in
            let name = random.pick(names)
            switch random.next() % 3 {
            case 0:
                return ManifestEntry(path: name, document: "doc-\(index)", sha256: String(repeating: "ab", count: 32), bytes: index * 7,
                                     pages: Int(random.next() % 90), status: .ok, error: nil)
            case 1:
                return ManifestEntry(path: name, document: "doc-\(index)", sha256: "cd", bytes: 1, pages: 3, status: .skipped, error: nil)
            default:
                let code = random.pick(FailureCode.allCases)
                return ManifestEntry(path: name, document: nil, sha256: random.next() % 2 == 0 ? nil : "ef", bytes: nil, pages: nil,
                                     status: .failed, error: FailureRecord(code: code, message: "\(name): error[\(code.rawValue)]: it \"broke\""))
            }
        }
        let written = (0..<files).map { WrittenFile(path: "documents/doc-\($0).json", sha256: String($0, radix: 16), bytes: $0) }
        return Manifest(inputs: entries, files: written)
    }

    @Test(arguments: [(0, 0), (1, 0), (0, 1), (1, 1), (3, 2), (40, 47)])
    func matchesTheWholeEncoding(inputs: Int, files: Int) throws {
        for seed in UInt64(1)...UInt64(6) {
            let manifest = Self.manifest(seed: seed, inputs: inputs, files: files)
            let whole = try JSONCoding.pretty(manifest)
            let pieces = try ManifestText.pretty(manifest)
            #expect(pieces == whole, "\(String(decoding: pieces, as: UTF8.self))")
        }
    }
}

/// Items are set in one level deeper; an empty line (an empty list inside an item) stays empty,
/// as the pretty encoder writes it.
@Suite struct ManifestIndentTests {
    @Test func linesGetFourSpacesButEmptyOnesNone() {
        var text = Data()
        ManifestText.appendIndented(Data("{\n  \"a\" : [\n\n  ],\n  \"b\" : 1\n}".utf8), to: &text)
        #expect(String(decoding: text, as: UTF8.self) == "    {\n      \"a\" : [\n\n      ],\n      \"b\" : 1\n    }")
    }
}
