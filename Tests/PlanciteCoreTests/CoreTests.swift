import PlanciteCore
import Testing

@Suite struct RomanNumeralTests {
    @Test(arguments: [("i", 1), ("iv", 4), ("ix", 9), ("xiv", 14), ("XL", 40), ("xxxix", 39), ("mcmxcix", 1999)])
    func parsesCanonicalNumerals(text: String, value: Int) {
        #expect(RomanNumeral.value(of: text) == value)
        #expect(RomanNumeral.lowercase(value) == text.lowercased())
    }

    @Test(arguments: ["", "iiii", "vx", "il", "abc", "x1", "vv"])
    func rejectsNonCanonical(text: String) {
        #expect(RomanNumeral.value(of: text) == nil)
    }
}

@Suite struct PageSelectionTests {
    @Test(arguments: [("1-3", 10, [1, 2, 3]), ("2,4-", 5, [2, 4, 5]), ("3,1,3", 4, [1, 3]), ("8-", 5, [])])
    func selectsPages(text: String, count: Int, pages: [Int]) throws {
        #expect(try #require(PageSelection(text)).pages(in: count) == pages)
    }

    @Test(arguments: ["", "0", "3-1", "a-b", "1,,2", "-4"])
    func rejectsMalformed(text: String) {
        #expect(PageSelection(text) == nil)
    }
}

@Suite struct ExitStatusTests {
    @Test func oneKindKeepsItsStatusSeveralKindsShareOne() {
        #expect(ExitStatus.forFailures([]) == 0)
        #expect(ExitStatus.forFailures([.encrypted, .encrypted]) == 14)
        #expect(ExitStatus.forFailures([.encrypted, .notPDF]) == 3)
        #expect(Set(FailureCode.allCases.map(\.exitStatus)).count == FailureCode.allCases.count)
    }
}

@Suite struct RectTests {
    @Test func unionAndOverlap() {
        let a = Rect(x0: 0, y0: 0, x1: 10, y1: 10)
        let b = Rect(x0: 5, y0: 8, x1: 20, y1: 30)
        #expect(a.union(b) == Rect(x0: 0, y0: 0, x1: 20, y1: 30))
        #expect(a.verticalOverlap(with: b) == 0.2)
        #expect(Rect.union([a, b]) == a.union(b))
        #expect(Rect.union([Rect]()) == .zero)
    }
}

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownVectors(input: String, digest: String) {
        #expect(SHA256.hex(of: Array(input.utf8)) == digest)
    }

    @Test func incrementalEqualsOneShot() {
        let bytes = (0..<1000).map { UInt8($0 % 251) }
        var hasher = SHA256()
        hasher.update(bytes[0..<333])
        hasher.update(bytes[333...])
        #expect(hasher.finalizeHex() == SHA256.hex(of: bytes))
    }
}

@Suite struct SHA256ChunkingTests {
    @Test(arguments: [1, 7, 63, 64, 65, 200])
    func anyChunkSizeGivesTheSameDigest(chunk: Int) {
        let bytes = (0..<1000).map { UInt8(($0 * 7) % 256) }
        var hasher = SHA256()
        var start = 0
        while start < bytes.count {
            hasher.update(bytes[start..<min(start + chunk, bytes.count)])
            start += chunk
        }
        #expect(hasher.finalizeHex() == SHA256.hex(of: bytes))
    }
}
