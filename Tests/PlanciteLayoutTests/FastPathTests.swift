import Foundation
import PlanciteCore
import Testing

@testable import PlanciteLayout

/// The byte-level fast paths of the layout stage give the results of the plain Character-based
/// definitions they stand in for, on ASCII and non-ASCII text alike.
@Suite struct FastPathTests {
    /// Characters that exercise each check: markers, Roman letters, URL starts, look-alikes.
    static let alphabet: [String] = [
        "1", "9", "0", ".", ")", "(", "i", "V", "x", "m", "a", "Z", "h", "w", ":", "/", "-", " ", "p", "g", "e",
        "é", "e\u{301}", "\u{130}", "\u{212A}", "\u{387}", "·", "u\u{308}", "ü", "–", "…", "•", "\u{F0B7}", "１", "²", "⁷",
    ]

    /// Every string of up to three characters of the alphabet, and some longer ones.
    static let samples: [String] = {
        var result = [""]
        var layer = [""]
        for _ in 1...3 {
            layer = layer.flatMap { prefix in alphabet.map { prefix + $0 } }
            result += layer
        }
        return result + [
            "1.1.1", "1.1.1.1", "1.1.1.1.1", "(iv)", "(IV)", "xiv.", "XIV.", "mcmxc.", "iiii.", "123.", "1234.", "(a)", "a)",
            "1.First", "a)Plan", "U.S.", "12.Goal", "(1)Item", "1.2.Next", "services.", "http://x.org", "(https://a.b",
            "<http://x", "www.plan.gov", "WWW.PLAN.GOV", "ftp://host", "Page", "page 3 of 9", "- 3 -", "ⅻ", "İv", "plan¹²",
            "10²", "x²", "2023⁷",
        ]
    }()

    @Test func numberMarkers() {
        for text in Self.samples {
            #expect(LineFeatures.isNumberMarker(text) == Reference.isNumberMarker(text), "\(text.debugDescription)")
        }
    }

    @Test(arguments: ["DejaVuSerif", "Wingdings-Regular", "Symbol"])
    func markers(font: String) {
        for text in Self.samples + Array(LineFeatures.bulletGlyphs) + Array(LineFeatures.symbolFontBullets) {
            let token = Token(text: text, page: 1, bbox: .zero, size: 10, font: font, range: TextRange(start: 0, end: 1))
            #expect(LineFeatures.marker(token) == Reference.marker(token), "\(text.debugDescription)")
        }
    }

    @Test func bulletSpellingsFitTheByteLimit() {
        for glyph in LineFeatures.bulletGlyphs.union(LineFeatures.symbolFontBullets) {
            for spelling in [glyph, glyph.decomposedStringWithCanonicalMapping, glyph.precomposedStringWithCanonicalMapping] {
                #expect(spelling.utf8.count <= LineFeatures.maxBulletBytes, "\(spelling.debugDescription)")
            }
        }
    }

    @Test func gluedMarkersPageNumbersAndRomanNumerals() {
        for text in Self.samples {
            let token = Token(text: text, page: 1, bbox: .zero, size: 10, range: TextRange(start: 0, end: 1))
            #expect(LineFeatures.gluedNumberMarker(token) == Reference.gluedNumberMarker(token), "\(text.debugDescription)")
            #expect(LineFeatures.isPageNumber(text) == Reference.isPageNumber(text), "\(text.debugDescription)")
            #expect(QuickChecks.romanValue(of: text) == RomanNumeral.value(of: text), "\(text.debugDescription)")
        }
    }

    @Test func urlStartsAndPlainText() {
        for text in Self.samples {
            #expect(LineJoiner.isURLStart(text) == Reference.isURLStart(text), "\(text.debugDescription)")
            #expect(TextRepair.isPlainASCII(text) == text.utf8.allSatisfy { $0 < 0x80 && $0 > 0x20 })
            let endsSentence = QuickChecks.lastScalar(of: text, isIn: ".:;!?") && text.last.map { ".:;!?".contains($0) } ?? false
            #expect(endsSentence == (text.last.map { ".:;!?".contains($0) } ?? false))
        }
    }

    @Test(arguments: [".:;!?", ".…·\u{387}", "-\u{2010}", ""])
    func lastScalars(of set: String) {
        for text in Self.samples + ["a.", "a\u{387}", "a·", "a…", "x\u{2010}", "x-\u{301}", ".\u{301}", "a\r\n"] {
            let expected = text.unicodeScalars.last.map { set.unicodeScalars.contains($0) } ?? false
            #expect(QuickChecks.lastScalar(of: text, isIn: set) == expected, "\(text.debugDescription)")
        }
    }

    @Test(arguments: ["DejaVuSerif", "Wingdings-Regular"])
    func lineMarkersAfterTheByteLook(font: String) {
        let texts = Self.samples + Array(LineFeatures.bulletGlyphs) + Array(LineFeatures.symbolFontBullets)
            + ["Community", "The", "1.First", "a)Plan", "12.Goal", "services.", "2024", "\u{F0B7}", "ab•"]
        for text in texts {
            let first = Token(text: text, page: 1, bbox: .zero, size: 10, font: font, range: TextRange(start: 0, end: 1))
            let second = Token(text: "Next", page: 1, bbox: .zero, size: 10, font: font, range: TextRange(start: 1, end: 2))
            for tokens in [[first], [first, second]] {
                let line = Line(tokens: tokens, page: 1, bbox: .zero, baseline: 0, bodySize: 10)
                // The definition without the byte look.
                let expected = tokens.count >= 2 ? LineFeatures.marker(first) ?? LineFeatures.gluedNumberMarker(first).map { .number($0) }
                    : LineFeatures.gluedNumberMarker(first).map { .number($0) }
                #expect(LineFeatures.marker(of: line) == expected, "\(text.debugDescription)")
            }
        }
    }

    @Test func leadersAndCharacterCounts() {
        let leaders = ["...", "....................", "…", "·", "\u{387}", ".\u{301}", "..…", ". .", "..a", "\r\n.", "..\r\n"]
        for text in Self.samples + leaders {
            let reference = !text.isEmpty && text.allSatisfy { $0 == "." || $0 == "…" || $0 == "·" }
            #expect(LineFeatures.isLeader(text) == reference, "\(text.debugDescription)")
            #expect(LineFeatures.atLeastThreeCharacters(text) == (text.count >= 3), "\(text.debugDescription)")
        }
    }

    @Test func ligaturesByScalar() {
        for value in UInt32(0xFAF0)...UInt32(0xFB10) {
            let scalar = Unicode.Scalar(value)!
            #expect(TextRepair.ligature(scalar) == TextRepair.ligatures[scalar], "\(value)")
        }
        #expect(TextRepair.ligature("f") == nil)
    }

    @Test func numberCharactersOfLabels() {
        for text in Self.samples + ["12.", "(3)", "1\r\n2", "\u{FF11}2", "²3", "٣4", "iv", "*", "12a"] {
            #expect(FootnoteZone.numberCharacters(of: text) == text.filter(\.isNumber), "\(text.debugDescription)")
        }
    }

    static let furnitureTexts: [String] = [
        "12", "xiv", "Page 3", "page 3 of 9", "PAGE 3 OF 9", "- 3 -", "– 12 –", "| 4 |", "p. 7", "(ii)", "[12]",
        "Page 3 of 9 of 10", "Strategic Plan 2024 | Page 3", "one two three four five", "a - b - c - d - e",
        "page - 3 - of - 9", "page  3   of  9 ", " 3 ", "3 \u{301}", "\u{600} 3", "3\u{600} of 9", "é 3 of 9",
        "Page 3 of zzz", "page 3 of 9 extra", "- - - - - 3", "Goal 1: Align Efforts", "",
        "Section IV Page 12", "a\r\nb 12", "MMXXIV report 2024", "iiii 3", "Plan \u{201C}quoted\u{201D} - 3 -",
        "one \u{2019}two three four five", "\u{201C}Plan 2024\u{201D} \u{2014} Page 3", "Goal 1 \u{2013} IV\u{2019}s 12\u{2013}14",
        "\u{2019}\u{301}x 3", "a\u{2026}\u{200D}b 12", "\u{2028}12", "\u{2010}\u{2027}\u{2030}9", "x\u{2019}", "x \u{301}- - 3", "Report 12b-3 of the 4th plan", "\u{FF11}\u{FF12}",
    ]

    @Test func furniturePageNumbersAndKeys() {
        for text in Self.furnitureTexts + Self.samples {
            #expect(FurnitureDetector.isPageNumber(text) == Reference.furniturePageNumber(text), "\(text.debugDescription)")
            #expect(FurnitureDetector.key(text) == Reference.furnitureKey(text), "\(text.debugDescription)")
        }
    }

    @Test func superscriptDigits() {
        for text in Self.samples {
            let fast = text.unicodeScalars.last.map(LineBuilder.isSuperscriptDigit) ?? false
            let reference = text.unicodeScalars.last.map { Reference.superscriptDigits.contains($0) } ?? false
            #expect(fast == reference, "\(text.debugDescription)")
        }
    }
}

/// The definitions the fast paths replace, as they were written before.
private enum Reference {
    static let superscriptDigits: Set<Unicode.Scalar> = [
        "\u{2070}", "\u{00B9}", "\u{00B2}", "\u{00B3}", "\u{2074}", "\u{2075}", "\u{2076}", "\u{2077}", "\u{2078}", "\u{2079}",
    ]

    static func marker(_ token: Token) -> LineFeatures.Marker? {
        let text = token.text
        if LineFeatures.bulletGlyphs.contains(text) { return .bullet }
        if let scalar = text.unicodeScalars.first, text.unicodeScalars.count == 1, (0xE000...0xF8FF).contains(scalar.value) {
            return .bullet
        }
        let font = token.font.lowercased()
        if LineFeatures.symbolFontBullets.contains(text),
            font.contains("wingding") || font.contains("symbol") || font.contains("dingbat")
        {
            return .bullet
        }
        return isNumberMarker(text) ? .number(text) : nil
    }

    static func isNumberMarker(_ text: String) -> Bool {
        var body = Substring(text)
        var closed = false
        if body.hasPrefix("("), body.hasSuffix(")") {
            body = body.dropFirst().dropLast(); closed = true
        } else if body.hasSuffix(".") || body.hasSuffix(")") {
            body = body.dropLast(); closed = true
        }
        guard !body.isEmpty, body.count <= 11 else { return false }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count <= 4, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
            return closed || parts.count >= 2
        }
        guard closed, parts.count == 1 else { return false }
        if body.count == 1, let letter = body.first, letter.isASCII, letter.isLetter { return true }
        return body == body.lowercased() && RomanNumeral.value(of: body) != nil
    }

    static func gluedNumberMarker(_ token: Token) -> String? {
        let scalars = Array(token.text.unicodeScalars.prefix(13))
        var best: String?
        for index in scalars.indices.dropLast(2) where scalars[index] == "." || scalars[index] == ")" {
            guard scalars[index + 1].properties.isUppercase, scalars[index + 2].properties.isLowercase else { continue }
            let candidate = String(String.UnicodeScalarView(scalars[...index]))
            if isNumberMarker(candidate) { best = candidate }
        }
        return best
    }

    static func isPageNumber(_ text: String) -> Bool {
        (text.count <= 4 && !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber })
            || RomanNumeral.value(of: text) != nil
    }

    static func furniturePageNumber(_ text: String) -> Bool {
        var words = text.lowercased().split(separator: " ").map(String.init)
        words.removeAll { $0 == "-" || $0 == "–" || $0 == "—" || $0 == "|" }
        if words.first == "page" || words.first == "p." { words.removeFirst() }
        if words.count == 3, words[1] == "of" { words.removeLast(2) }
        guard words.count == 1, let first = words.first else { return false }
        let wrappers: Set<Character> = ["-", "–", "—", "(", ")", "[", "]"]
        let word = String(first.drop { wrappers.contains($0) }.reversed().drop { wrappers.contains($0) }.reversed())
        if !word.isEmpty, word.count <= 4, word.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        return RomanNumeral.value(of: word) != nil
    }

    static func furnitureKey(_ text: String) -> String {
        var words: [String] = []
        for word in text.lowercased().split(whereSeparator: { $0 == " " }) {
            if RomanNumeral.value(of: word) != nil { words.append("#"); continue }
            var folded = ""
            var inNumber = false
            for character in word {
                if character.isNumber {
                    if !inNumber { folded.append("#") }
                    inNumber = true
                } else {
                    folded.append(character)
                    inNumber = false
                }
            }
            words.append(folded)
        }
        return words.joined(separator: " ")
    }

    static func isURLStart(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http") || lower.hasPrefix("www.") || lower.contains("://")
            || lower.hasPrefix("(http") || lower.hasPrefix("<http")
    }
}
