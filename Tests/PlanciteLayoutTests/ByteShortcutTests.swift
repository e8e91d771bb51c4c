import PlanciteCore
import PlanciteExtract
import Testing

@testable import PlanciteLayout

/// The word-at-a-time plain-text test, the ASCII hyphen join and the two-letter glued-marker
/// check give the results of the definitions they shortcut, on ASCII and non-ASCII text.
@Suite struct ByteShortcutTests {
    /// Texts of 0 to 20 bytes with one odd character at each position (space, tab, `!` and DEL at
    /// the edges of the plain range, non-ASCII letters and marks).
    static let plainSamples: [String] = {
        var result: [String] = []
        for length in 0...20 {
            let plain = String(repeating: "a", count: length)
            result.append(plain)
            for odd in [" ", "\t", "!", "~", "\u{7F}", "é", "e\u{301}", "\u{A0}", "\0", "\u{1F}", "\u{21}"] {
                for position in 0...length {
                    var text = plain
                    text.insert(contentsOf: odd, at: text.index(text.startIndex, offsetBy: position))
                    result.append(text)
                }
            }
        }
        return result
    }()

    @Test func plainASCIIWordAtATime() {
        for text in Self.plainSamples {
            #expect(TextRepair.isPlainASCII(text) == text.utf8.allSatisfy { $0 < 0x80 && $0 > 0x20 }, "\(text.debugDescription)")
        }
    }

    @Test func sentenceEnds() {
        let texts = Self.plainSamples + Self.heads + Self.tails + [
            ".", "a.", "a\u{301}.", "\u{600}.", "é.", "x?", "x!\r\n", "x;", "x:", "\u{387}", "a\u{2026}", "\r.", "x.\u{301}",
        ]
        for text in texts {
            let reference = QuickChecks.lastScalar(of: text, isIn: ".:;!?") && text.last.map { ".:;!?".contains($0) } ?? false
            #expect(BlockBuilder.endsSentence(text) == reference, "\(text.debugDescription)")
        }
    }

    static let heads = [
        "co-", "self-", "Self-", "well-", "2013-", "a-", "-", "--", "x-y-", "Re-", "data-", "non-", "é-", "café-", "COVID-",
        "trauma-", "1-", "ab1-", "http-", "www-", "pre‐", "soft\u{AD}", "e\u{301}-", "a.-", "plan", "term-", "up-",
    ]
    static let tails = [
        "informed", "based", "operation", "Term", "19", "é", "ée", "", "(x)", "-", "up", "ing", "going.", "\u{301}x", "Ä",
    ]

    @Test func hyphenJoins() {
        for head in Self.heads {
            for tail in Self.tails {
                #expect(LineJoiner.joinedText(head, tail) == Reference.joinedText(head, tail), "\(head.debugDescription) \(tail.debugDescription)")
            }
        }
    }

    @Test(arguments: [
        "iv.Plan", "xi.Goal", "mi.Xy", "Community", "ab.Cd", "a.Bc", "A.Bc", "Ab.Cd", "IV.Plan", "vi)Next", "(iv)Next",
        "ix.The", "ii.Ab", "vii.Abc", "ci.Ab", "dm.Ab", "mm.Ab", "1.First", "the", "mix.Up", "Vi.Ab", "iV.Ab", "éa.Bc", "aé.Bc",
    ])
    func gluedMarkersAfterTwoLetters(text: String) {
        #expect(LineFeatures.gluedNumberMarker(text) == Reference.gluedNumberMarker(text))
    }
}

/// The definitions the shortcuts stand in for.
private enum Reference {
    static func joinedText(_ head: String, _ tail: String) -> String? {
        if LineJoiner.isURLStart(head) {
            return LineJoiner.continuesURL(head, tail) ? head + tail : nil
        }
        guard let lastScalar = head.unicodeScalars.last else { return nil }
        if lastScalar == "\u{00AD}" {
            return String(head.unicodeScalars.dropLast()) + tail
        }
        guard lastScalar == "-" || lastScalar == "\u{2010}", head.unicodeScalars.count > 1,
            let tailFirst = tail.unicodeScalars.first
        else { return nil }
        let stem = String(head.unicodeScalars.dropLast())
        guard let stemLast = stem.unicodeScalars.last, stemLast.properties.isAlphabetic || ("0"..."9").contains(stemLast)
        else { return nil }
        if tailFirst.properties.isLowercase && stemLast.properties.isAlphabetic && !stem.contains("-")
            && !LineJoiner.isCompound(stem, tail)
        {
            return stem + tail
        }
        return head + tail
    }

    static func gluedNumberMarker(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars.prefix(13))
        var best: String?
        for index in scalars.indices.dropLast(2) where scalars[index] == "." || scalars[index] == ")" {
            guard scalars[index + 1].properties.isUppercase, scalars[index + 2].properties.isLowercase else { continue }
            let candidate = String(String.UnicodeScalarView(scalars[...index]))
            if LineFeatures.isNumberMarker(candidate) { best = candidate }
        }
        return best
    }
}

/// The shortcuts taken for the usual page and fragment give the results of the general code: one
/// group of lines taken whole, and the body size of runs set in one size taken uncounted.
@Suite struct UsualCaseShortcutTests {
    @Test(arguments: [[], [0], [0, 0, 0], [1, 1], [0, 1, 0], [-1, 0, -1, 2, 0], [2, 2, 2, 1], [3, 3, -1]])
    func groupsMatchTheGeneralGrouping(keys: [Int]) {
        let indices = keys.indices.map { $0 * 2 + 1 }
        let found = PageAssembler.grouped(indices) { keys[($0 - 1) / 2] }
        var expected: [(key: Int, members: [Int])] = []
        for (position, index) in indices.enumerated() {
            if let slot = expected.firstIndex(where: { $0.key == keys[position] }) {
                expected[slot].members.append(index)
            } else {
                expected.append((keys[position], [index]))
            }
        }
        #expect(found.map(\.key) == expected.map(\.key))
        #expect(found.map(\.members) == expected.map(\.members))
        let constant = PageAssembler.grouped(indices) { _ in 0 }
        let one = PageAssembler.oneGroup(indices)
        #expect(one.map(\.key) == constant.map(\.key))
        #expect(one.map(\.members) == constant.map(\.members))
    }

    @Test(arguments: [10.0, 10.24, 10.25, 10.26, 10.75, 8.76, 11.5, 0.1, 23.999])
    func oneSizeBodySizeMatchesTheCount(size: Double) {
        for count in 1...4 {
            let runs = (0..<count).map { index in
                TextRun(
                    text: "w\(index)", font: "Serif", size: size, bbox: Rect(x0: Double(index) * 20, y0: 0, x1: Double(index) * 20 + 15, y1: 10),
                    baseline: 8, range: TextRange(start: index * 3, end: index * 3 + 2), line: 0, spaceBefore: index > 0)
            }
            let fragment = Fragment(runs: runs[...], bounds: Fragment.bounds(of: runs[...]), sameSize: true)
            #expect(fragment.bodySize == Fragment.dominantSize(runs[...]))
        }
    }
}
