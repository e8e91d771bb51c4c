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

    @Test func millionLettersInUnevenChunks() {
        var hasher = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 999)
        var left = 1_000_000
        while left > 0 {
            hasher.update(chunk.prefix(min(left, chunk.count)))
            left -= chunk.count
        }
        #expect(hasher.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [55, 56, 63, 64, 119, 120])
    func paddingBoundariesMatchCoreutils(length: Int) throws {
        let bytes = [UInt8](repeating: 0x61, count: length)
        let known = [
            55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            63: "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
            64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
            119: "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb",
            120: "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c",
        ]
        #expect(SHA256.hex(of: bytes) == known[length])
    }

    @Test func aCopyHashesOnIndependently() {
        var hasher = SHA256()
        hasher.update(Array("abc".utf8))
        let copy = hasher
        hasher.update(Array("def".utf8))
        #expect(copy.finalizeHex() == SHA256.hex(of: Array("abc".utf8)))
        #expect(hasher.finalizeHex() == SHA256.hex(of: Array("abcdef".utf8)))
        #expect(hasher.finalizeHex() == hasher.finalizeHex())
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
