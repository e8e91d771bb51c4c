import Foundation
import PlanciteCore
import PlanciteExtract
import Testing

@testable import PlanciteLayout

/// The byte-level and in-place paths give the results of the Character-based definitions they
/// stand in for, on every pair of awkward pieces, ASCII and non-ASCII alike.
@Suite struct TokenPairFastPathTests {
    /// Pieces that exercise each check: dots and leaders, hyphens, labels, case, look-alikes.
    static let pieces: [String] = [
        "1", "12", "123", "1234", "iv", "IV", "xii", ".", "..", "...", "…", "·", "\u{387}", "-", "–", "*", "**", "†", "§",
        "a", "Plan", "self", "term", "Well", "e\u{301}", "\u{130}", "\u{212A}", "\r\n", "x\r\n", "1\r\n", "(", ")",
        ".\u{301}", "·\u{301}", "plan.", "plan...", "plan…", "state-of-the", "self-", "-based", "ﬁ", "Ｐ", "２",
        "--", "Up", "x-UP-", "peer-\u{301}",
    ]

    static let pairs: [(String, String)] = pieces.flatMap { first in pieces.map { (first, $0) } }

    static func token(_ text: String) -> Token {
        Token(text: text, page: 1, bbox: Rect(x0: 0, y0: 0, x1: 10, y1: 10), size: 10, range: TextRange(start: 0, end: 1))
    }

    static func line(_ texts: [String]) -> Line {
        Line(tokens: texts.map(token), page: 1, bbox: Rect(x0: 0, y0: 0, x1: 100, y1: 10), baseline: 8, bodySize: 10)
    }

    @Test func tocEntries() {
        for (first, second) in Self.pairs {
            for texts in [[first, second, "12"], ["Goal", first, second, first, "iv"], [first, second]] {
                let line = Self.line(texts)
                #expect(LineFeatures.isTOCEntry(line) == Reference.isTOCEntry(line), "\(texts)")
            }
        }
    }

    @Test func noteLabels() {
        for (first, second) in Self.pairs {
            let line = Self.line([first + second, "Text"])
            #expect(BlockBuilder.opensWithNoteLabel(line) == Reference.opensWithNoteLabel(line), "\(first + second)")
        }
    }

    @Test func hyphensAndCompounds() {
        for (first, second) in Self.pairs {
            let text = first + second
            #expect(LineJoiner.containsHyphen(text) == text.contains("-"), "\(text.debugDescription)")
            #expect(LineJoiner.isCompound(first, second) == Reference.isCompound(first, second), "\(text.debugDescription)")
            #expect(LineJoiner.isURLStart(text) == Reference.isURLStart(text), "\(text.debugDescription)")
        }
        for text in ["http://a", "HTTP://A", "(https://a", "<http", "ftp://b", "mailto:x", "www.a", "WwW.", "h", "w", "a://"] {
            #expect(LineJoiner.isURLStart(text) == Reference.isURLStart(text), "\(text.debugDescription)")
        }
    }

    @Test func cleaningMixedText() {
        for (first, second) in Self.pairs {
            let text = first + " " + second
            #expect(TextRepair.clean(text) == Reference.clean(text), "\(text.debugDescription)")
        }
    }

    @Test func openEndsFromTheLastWordSpace() {
        let ends = ["plan", "plan.", "”", "’)", "\u{301}", "", ":", "?”", "e\u{301}", "\u{600}", "🇺🇸", "]", "x."]
        for (first, second) in Self.pairs.prefix(400) {
            for end in ends {
                for (space, superscript) in [(true, false), (false, false), (true, true), (false, true)] {
                    var last = Self.line([second, end])
                    last.tokens[0].spaceBefore = space
                    last.tokens[1].spaceBefore = !space
                    if superscript { last.tokens[1].kind = .superscript }
                    let block = Block(
                        kind: .paragraph, lines: [Self.line([first]), last], page: 1, bbox: .zero,
                        range: TextRange(start: 0, end: 1))
                    #expect(BreakContinuation.endsOpen(block) == BreakContinuation.endsOpen(block.text), "\(block.text.debugDescription)")
                }
            }
        }
    }

    @Test func joinedMarkersInPlace() {
        let labels: Set<Int> = [7, 8, 81, 82]
        let texts = ["plan", "8182", "78", "Next", "81", "123"]
        var line = Self.line(texts)
        for index in [1, 2, 4, 5] { line.tokens[index].kind = .superscript }
        for index in line.tokens.indices {
            line.tokens[index].range = TextRange(start: index * 10, end: index * 10 + line.tokens[index].text.count)
        }
        let split = JoinedMarkers.split(line, labels: labels)
        #expect(split.tokens.map(\.text) == ["plan", "81", "82", "7", "8", "Next", "81", "123"])
        #expect(split.tokens[2].spaceBefore == false && split.tokens[4].spaceBefore == false)
        #expect(split.tokens[2].range == TextRange(start: 12, end: 14))
        var unchanged = Self.line(["plan", "8182"])
        JoinedMarkers.split(&unchanged, labels: labels)
        #expect(unchanged.tokens.map(\.text) == ["plan", "8182"])
    }

    @Test func dominantSizeOfOneSizeAndMixedFragments() {
        func run(_ size: Double, _ count: Int) -> TextRun {
            TextRun(
                text: String(repeating: "a", count: count), font: "F", size: size, bbox: .zero, baseline: 0,
                range: TextRange(start: 0, end: count), line: 0, spaceBefore: true)
        }
        #expect(Fragment.dominantSize([run(10.2, 3), run(9.9, 5)][...]) == 10)
        #expect(Fragment.dominantSize([run(10, 3), run(8, 5)][...]) == 8)
        #expect(Fragment.dominantSize([run(10, 4), run(8, 4)][...]) == 10)
        #expect(Fragment.dominantSize([TextRun]()[...]) == 0)
    }
}

/// The definitions the fast paths replace, as they were written before.
private enum Reference {
    static func isTOCEntry(_ line: Line) -> Bool {
        guard line.tokens.count >= 2, let last = line.tokens.last, LineFeatures.isPageNumber(last.text) else { return false }
        var dotTokens = 0
        for token in line.tokens.dropLast() {
            if LineFeatures.isLeader(token.text) {
                dotTokens += token.text.count >= 3 ? 3 : 1
                if dotTokens >= 3 { return true }
            } else if token.text.hasSuffix("...") || token.text.hasSuffix("…") {
                return true
            } else {
                dotTokens = 0
            }
        }
        return false
    }

    static func opensWithNoteLabel(_ line: Line) -> Bool {
        guard line.tokens.count >= 2 else { return false }
        let label = line.tokens[0].text
        let isLabel = (label.count <= 3 && label.allSatisfy(\.isNumber))
            || (label.count <= 6 && label == label.lowercased() && RomanNumeral.value(of: label) != nil)
            || ["*", "**", "†", "‡", "§"].contains(label)
        return isLabel && line.tokens[1].text.first?.isUppercase == true
    }

    static func isCompound(_ stem: String, _ tail: String) -> Bool {
        func letters(_ text: String) -> String {
            String(text.unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init)).lowercased()
        }
        let first = letters(stem.split(separator: "-").last.map(String.init) ?? stem)
        let second = letters(tail.split(separator: "-").first.map(String.init) ?? tail)
        return LineJoiner.compoundFirstParts.contains(first) || LineJoiner.compoundSecondParts.contains(second)
    }

    static func isURLStart(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http") || lower.hasPrefix("www.") || lower.contains("://")
            || lower.hasPrefix("(http") || lower.hasPrefix("<http")
    }

    static func clean(_ text: String) -> String {
        var result = ""
        var pending = String.UnicodeScalarView()
        func flushPending() {
            guard !pending.isEmpty else { return }
            result += String(pending).precomposedStringWithCompatibilityMapping
            pending = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if let expansion = TextRepair.ligatures[scalar] {
                flushPending()
                result += expansion
            } else if scalar.properties.isWhitespace {
                continue
            } else if isProtected(scalar) {
                flushPending()
                result.unicodeScalars.append(scalar)
            } else {
                pending.append(scalar)
            }
        }
        flushPending()
        return result
    }

    private static func isProtected(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x00B2, 0x00B3, 0x00B9: true
        case 0x2010...0x205E: true
        case 0x2070...0x209F: true
        case 0x00A0...0x00BF: true
        default: false
        }
    }
}
