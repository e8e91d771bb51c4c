import Foundation
import PlanciteCore

/// What the text of one note says: its kind, pinpoint, the note or author it points at, and its sources.
public struct ParsedNote: Sendable, Equatable {
    public var kind: NoteKind
    /// The page or paragraph an ibid, id, supra or op. cit. note points at (`45`, `4`, `12–13`).
    public var pinpoint: String?
    /// For `supra note N`: the label N.
    public var supraTarget: String?
    /// The author named before `supra` or `op. cit.` (`Smith`).
    public var author: String?
    public var urls: [String]
    /// URL-looking strings that are not well formed (`http//x`, a host without a dot).
    public var malformedURLs: [String]
    public var dois: [String]
    public var years: [Int]
    /// One CSL item per source the note cites in full (ids left empty); empty for comments and short forms.
    public var sources: [CSLItem]

    public init(
        kind: NoteKind, pinpoint: String? = nil, supraTarget: String? = nil, author: String? = nil,
        urls: [String] = [], malformedURLs: [String] = [], dois: [String] = [], years: [Int] = [],
        sources: [CSLItem] = []
    ) {
        self.kind = kind
        self.pinpoint = pinpoint
        self.supraTarget = supraTarget
        self.author = author
        self.urls = urls
        self.malformedURLs = malformedURLs
        self.dois = dois
        self.years = years
        self.sources = sources
    }
}

/// Parses the text of one note (its label already removed).
///
/// Grammar (words compared case-insensitively, without trailing punctuation):
/// ```
/// note      := signal* ( ibid | id | supra | op-cit | sources )
/// signal    := "see" | "also" | "cf." | "accord" | "compare" | "contra" | "e.g." | "generally" | "but"
/// ibid      := "ibid" "."? ","? pinpoint? text*
/// id        := "id." ","? pinpoint? text*
/// supra     := author? ","? "supra" ("note" | "notes" | "n." | "nn.") label ("," pinpoint)? text*
/// op-cit    := author ","? "op." "cit." ","? pinpoint? text*     -- also written "op.cit."
/// pinpoint  := ("at" | "p." | "pp." | "page" | "pages")? number ([-–] number)? ("," number)*
/// sources   := source (";" source)*                                -- `;` outside ( ) and quotes
/// ```
/// A source is a segment with a URL, DOI, quoted title after its authors, case name (`v.`),
/// publisher (`(City: Publisher, 2010)`), a year closing a parenthetical (`285 (2001)`), or — when
/// short — a year or an author-and-title shape; a note with no source is a comment.
/// URLs, DOIs and years (1800–2099) are collected from the whole note.
public struct NoteTextParser {
    public let text: String
    private var cursor: NoteCursor

    static let signals: Set<String> = ["see", "also", "cf", "accord", "compare", "contra", "e.g", "generally", "but"]
    static let pinpointLeads: Set<String> = ["at", "p", "pp", "page", "pages"]

    public init(_ text: String) {
        self.text = text
        self.cursor = NoteCursor(NoteToken.tokenize(text))
    }

    /// Parses the whole note.
    public mutating func parse() -> ParsedNote {
        let tokens = cursor.tokens
        let scan = URLScanner.scan(tokens)
        var parsed = ParsedNote(
            kind: .comment, urls: scan.urls, malformedURLs: scan.malformed, dois: scan.dois,
            years: NoteTextParser.years(in: tokens, skipping: scan.consumed))

        cursor.seek(0)
        skipSignals()
        let afterSignals = cursor.position
        if let token = cursor.current, token.core == "ibid" {
            cursor.advance()
            parsed.kind = .ibid
            parsed.pinpoint = parsePinpoint()
            return parsed
        }
        if let token = cursor.current, isID(token) {
            cursor.advance()
            parsed.kind = .id
            parsed.pinpoint = parsePinpoint()
            return parsed
        }
        // `==` on a core of another byte count is false (no ASCII letter of these words is the
        // canonical form of another scalar), so the byte count is compared first.
        if let supra = tokens.indices.first(where: {
            $0 >= afterSignals && tokens[$0].core.utf8.count == 5 && tokens[$0].core == "supra"
        }),
            let target = parseSupraTarget(after: supra)
        {
            parsed.kind = .supra
            parsed.supraTarget = target
            parsed.author = author(from: afterSignals, to: supra)
            if cursor.current?.core == "at" || NoteTextParser.pinpointLeads.contains(cursor.current?.core ?? "") {
                parsed.pinpoint = parsePinpoint()
            }
            return parsed
        }
        if let opCit = opCitIndex(from: afterSignals) {
            parsed.kind = .opCit
            parsed.author = author(from: afterSignals, to: opCit.start)
            cursor.seek(opCit.end)
            parsed.pinpoint = parsePinpoint()
            return parsed
        }
        parsed.sources = ReferenceParser.sources(
            in: text, scanned: ReferenceParser.ScannedTokens(tokens: tokens, scan: scan, years: parsed.years))
        parsed.kind = parsed.sources.isEmpty ? .comment : .reference
        return parsed
    }

    /// Years 1800–2099 written as four digits, outside URLs and DOIs, in order of first appearance.
    static func years(in tokens: [NoteToken], skipping consumed: Set<Int>) -> [Int] {
        var years: [Int] = []
        for index in tokens.indices {
            // Years are ASCII digits: a word without one holds none; an ASCII word is read byte by
            // byte. One pass over the word's bytes tells both; nil: the word is read by characters.
            let done = tokens[index].text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                var hasDigit = false
                var isASCII = true
                for byte in bytes {
                    if ASCIIBytes.isDigit(byte) { hasDigit = true }
                    if byte >= 0x80 { isASCII = false }
                }
                guard hasDigit, !consumed.contains(index) else { return true }
                guard isASCII else { return false }
                appendYears(inASCII: bytes, to: &years)
                return true
            }
            if done == true { continue }
            guard done == false || (ASCIIBytes.contains(tokens[index].text, where: ASCIIBytes.isDigit) && !consumed.contains(index))
            else { continue }
            let token = tokens[index]
            if token.text.isASCII {
                var text = token.text
                text.withUTF8 { appendYears(inASCII: $0, to: &years) }
                continue
            }
            appendYears(inCharacters: token.text, to: &years)
        }
        return years
    }

    /// The rule of `years(in:skipping:)` for one word, read by characters: runs of exactly four
    /// ASCII digits, 1800–2099, each year once.
    static func appendYears(inCharacters text: String, to years: inout [Int]) {
        var digits = ""
        for character in text + " " {
            if character.isASCII && character.isNumber {
                digits.append(character)
                continue
            }
            if digits.count == 4, let year = Int(digits), (1800...2099).contains(year), !years.contains(year) {
                years.append(year)
            }
            digits = ""
        }
    }

    /// `years(in:skipping:)` for one ASCII word: runs of exactly four digits.
    private static func appendYears(inASCII utf8: UnsafeBufferPointer<UInt8>, to years: inout [Int]) {
        var count = 0
        var value = 0
        func endRun() {
            if count == 4, (1800...2099).contains(value), !years.contains(value) { years.append(value) }
            count = 0
            value = 0
        }
        for byte in utf8 {
            if ASCIIBytes.isDigit(byte) {
                count += 1
                value = count <= 4 ? value * 10 + Int(byte - 0x30) : value
            } else {
                endRun()
            }
        }
        endRun()
    }

    private mutating func skipSignals() {
        while let token = cursor.current, NoteTextParser.signals.contains(token.core) {
            cursor.advance()
        }
    }

    private func isID(_ token: NoteToken) -> Bool {
        guard token.core == "id" else { return false }
        let raw = token.text.drop { "([“\"".contains($0) }
        if raw.hasPrefix("Id.") || raw.hasPrefix("id.") { return true }
        return cursor.peek(1)?.core == "at"
    }

    /// Reads an optional pinpoint at the cursor.
    private mutating func parsePinpoint() -> String? {
        while let token = cursor.current, NoteTextParser.pinpointLeads.contains(token.core) {
            cursor.advance()
        }
        guard let first = cursor.current, NoteTextParser.isPinpointNumber(first.core) else { return nil }
        // The parts joined by `, ` as they come (as `parts.joined(separator: ", ")` would).
        var pinpoint = first.core
        var last = first
        cursor.advance()
        while last.text.hasSuffix(","), let next = cursor.current, NoteTextParser.isPinpointNumber(next.core),
            next.core.first?.isNumber == true
        {
            pinpoint += ", "
            pinpoint += next.core
            last = next
            cursor.advance()
        }
        return pinpoint
    }

    static func isPinpointNumber(_ core: String) -> Bool {
        guard !core.isEmpty else { return false }
        return core.hasOneCharacterPerByte ? isPinpointNumber(oneCharacterPerByte: core) : isPinpointNumberByCharacters(core)
    }

    /// `isPinpointNumber` of a non-empty text of one character per byte, from its bytes: there a
    /// number is an ASCII digit, a letter `A`–`Z` or `a`–`z`, and of `-–—` only `-` occurs; a text
    /// with a byte outside `ivxlcdmIVXLCDM` is no Roman numeral.
    static func isPinpointNumber(oneCharacterPerByte core: String) -> Bool {
        let utf8 = core.utf8
        let firstIsDigit = utf8.first.map(ASCIIBytes.isDigit) ?? false
        var digitsAndDashes = true
        var romanLetters = true
        var lettersDigitsAndDashes = true
        for byte in utf8 {
            let isDigit = ASCIIBytes.isDigit(byte)
            let isLetter = (byte | 0x20) &- 0x61 < 26
            if !(isDigit || byte == 0x2D) { digitsAndDashes = false }
            if !(isLetter || isDigit || byte == 0x2D) { lettersDigitsAndDashes = false }
            switch byte | 0x20 {
            case 0x69, 0x76, 0x78, 0x6C, 0x63, 0x64, 0x6D: break  // i v x l c d m
            default: romanLetters = false
            }
        }
        if digitsAndDashes { return firstIsDigit }
        if romanLetters, RomanNumeral.value(of: core) != nil { return true }
        return firstIsDigit && lettersDigitsAndDashes && utf8.count <= 8
    }

    /// `isPinpointNumber` read character by character.
    static func isPinpointNumberByCharacters(_ core: String) -> Bool {
        guard !core.isEmpty else { return false }
        if core.allSatisfy({ $0.isNumber || "-–—".contains($0) }) { return core.first!.isNumber }
        if RomanNumeral.value(of: core) != nil { return true }
        // Paragraph and note pinpoints: `45n3`, `§ 12`.
        return core.first!.isNumber && core.allSatisfy({ $0.isLetter || $0.isNumber || "-–".contains($0) })
            && core.count <= 8
    }

    private mutating func parseSupraTarget(after supra: Int) -> String? {
        cursor.seek(supra + 1)
        guard let lead = cursor.current else { return nil }
        var labelText: String?
        if ["note", "notes", "n", "nn"].contains(lead.core) {
            cursor.advance()
            labelText = cursor.current?.core
        } else if lead.core.hasPrefix("n."), lead.core.count > 2 {
            labelText = String(lead.core.dropFirst(2))
        }
        guard let candidate = labelText, let label = NoteLabel.normalising(candidate) else { return nil }
        cursor.advance()
        return label.text
    }

    private func opCitIndex(from start: Int) -> (start: Int, end: Int)? {
        let tokens = cursor.tokens
        for index in tokens.indices where index >= start {
            let core = tokens[index].core
            let count = core.utf8.count
            guard count == 2 || count == 6 || count == 7 else { continue }
            if core == "op.cit" || core == "op. cit" { return (index, index + 1) }
            if core == "op", index + 1 < tokens.count, tokens[index + 1].core == "cit",
                tokens[index].text.contains(".")
            {
                return (index, index + 2)
            }
        }
        return nil
    }

    /// The author named in tokens `start..<end`, without trailing commas.
    private func author(from start: Int, to end: Int) -> String? {
        guard start < end else { return nil }
        // The texts joined by bytes (`map(\.text).joined(separator: " ")` goes through the
        // unspecialised generic `joined`, whose type look-ups cost more than the join).
        let words = ReferenceParser.joined(cursor.tokens[start..<end])
        let trimmed = words.trimmingTrailingPunctuation().trimmingSpaces()
        return trimmed.isEmpty ? nil : trimmed
    }
}
