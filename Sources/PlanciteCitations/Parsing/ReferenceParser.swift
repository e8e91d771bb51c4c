import Foundation
import PlanciteCore

/// Builds best-effort CSL items from the sources a reference note cites.
///
/// Grammar of one source (segments of the note split at `;` outside parentheses and quotes):
/// ```
/// source    := signal* (case | work) (", " pinpoint)? access?
/// case      := party " v. " party ", " reporter "(" court? year ")"            -- legal_case
/// work      := (authors ", ")? (quoted-title container? | title) publication? url?
/// authors   := name ((", " | " and " | " & ") name)*   -- 1 to 5 capitalised words each; or an organisation
/// publication := "(" (city ": ")? publisher? ", "? date ")"                   -- makes a book
/// access    := ("accessed" | "retrieved" | "last visited") date
/// ```
/// Types: `legal_case` (a `v.` case name), `article-journal` (a DOI, or a quoted title in a
/// container), `book` (a publisher in parentheses), `report` (report-like title or an
/// organisation author), `webpage` (a URL), `document` (anything else).
public enum ReferenceParser {
    static let organisationWords: Set<String> = [
        "department", "office", "agency", "administration", "bureau", "commission", "council", "committee",
        "institute", "association", "center", "centre", "foundation", "university", "board", "service",
        "services", "ministry", "government", "court", "congress", "senate", "house", "organization",
        "organisation", "authority", "corporation", "inc", "network", "coalition", "alliance", "society",
        "program", "force", "group", "gao", "oecd", "who", "nations", "bank", "fund", "trust", "project",
        "partnership", "division", "secretariat", "laboratory", "library", "consortium", "federation", "league",
        "panel", "collaborative", "academy", "agencies", "administrations",
    ]
    static let reportWords: Set<String> = [
        "report", "plan", "strategy", "brief", "paper", "assessment", "evaluation", "review", "study",
        "guidance", "framework", "testimony", "survey", "factsheet", "fact", "roadmap", "audit",
    ]
    static let nameParticles: Set<String> = ["de", "van", "von", "der", "den", "la", "le", "da", "di", "du", "del", "bin"]
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Tokens with their URL scan and years, made once and shared by the parsers.
    struct ScannedTokens {
        var tokens: [NoteToken]
        var scan: URLScanner.Result
        var years: [Int]

        init(tokens: [NoteToken], scan: URLScanner.Result, years: [Int]) {
            self.tokens = tokens
            self.scan = scan
            self.years = years
        }

        init(_ tokens: [NoteToken]) {
            let scan = URLScanner.scan(tokens)
            self.init(tokens: tokens, scan: scan, years: NoteTextParser.years(in: tokens, skipping: scan.consumed))
        }

        /// The same without the leading signal words (`See`, `cf.`), which hold no year and which no
        /// URL or DOI takes (none starts like one), so the scan of the rest is the same scan.
        func droppingSignals() -> ScannedTokens {
            let first = tokens.firstIndex { !NoteTextParser.signals.contains($0.core) } ?? tokens.count
            guard first > 0 else { return self }
            var scan = self.scan
            scan.consumed = Set(scan.consumed.compactMap { $0 >= first ? $0 - first : nil })
            return ScannedTokens(tokens: Array(tokens[first...]), scan: scan, years: years)
        }
    }

    /// The sources cited in a note's text, one CSL item each (id left empty).
    public static func sources(in text: String) -> [CSLItem] {
        sources(in: text, scanned: nil)
    }

    /// `sources(in:)`, reusing the note's scanned tokens (when given) for a note of one segment.
    static func sources(in text: String, scanned: ScannedTokens?) -> [CSLItem] {
        // Without a `;` byte there is no `;` character: the note is one segment.
        let segments = ASCIIBytes.contains(text, byte: 0x3B) ? splitTopLevel(text, at: ";") : [text]
        if segments.count == 1, let scanned {
            // The one segment is the note: trimming it drops white space only, so its tokens are the note's.
            let trimmed = segments[0].trimmingSpaces()
            guard !trimmed.isEmpty else { return [] }
            let signalFree = scanned.droppingSignals()
            // Without signals, a text of tokens joined by single spaces is its own body.
            let body = signalFree.tokens.count == scanned.tokens.count && isJoinedBySingleSpaces(trimmed, signalFree.tokens)
                ? trimmed : nil
            guard let item = item(from: trimmed, scanned: signalFree, body: body) else { return [] }
            return [item]
        }
        return segments.compactMap { segment in
            let trimmed = segment.trimmingSpaces()
            return trimmed.isEmpty ? nil : item(from: trimmed)
        }
    }

    /// A CSL item for one source segment, or nil when the segment cites nothing.
    public static func item(from segment: String) -> CSLItem? {
        item(from: segment, scanned: ScannedTokens(signalFreeTokens(segment)))
    }

    /// `item(from:)` given the segment's tokens after its signals, scanned (their spans are not used),
    /// and `joined(tokens)` when known.
    static func item(from segment: String, scanned: ScannedTokens, body knownBody: String? = nil) -> CSLItem? {
        let tokens = scanned.tokens
        guard !tokens.isEmpty else { return nil }
        let body = knownBody ?? joined(tokens)
        let scan = scanned.scan
        let quoted = quotedTitle(in: body)
        // Texts of more than two bytes are neither `v.` nor `v`.
        let isCase = tokens.dropFirst().dropLast().contains { $0.text.utf8.count <= 2 && ($0.text == "v." || $0.text == "v") }
            && (tokens.first?.text.first?.isUppercase ?? false)
        let publisher = publisher(in: body)
        let pieces = trimmedPieces(of: body, at: 0x2C)
        // The first piece's authors, read only where used: a segment with a quoted title uses them
        // only when it has no other sign of a source.
        var firstPieceAuthors: [CSLName]??
        func authors() -> [CSLName]? {
            if let firstPieceAuthors { return firstPieceAuthors }
            let found = pieces.count >= 2 && quoted.map({ $0.prefix.isEmpty }) != true
                ? names(in: pieces[0], pieceCount: pieces.count) : nil
            firstPieceAuthors = .some(found)
            return found
        }
        let quotedPrefix = quoted?.prefix.trimmingSpaces().trimmingTrailingPunctuation()
        let quotedAuthors = quotedPrefix.flatMap { $0.isEmpty ? nil : names(in: $0, pieceCount: 3) }
        let years = scanned.years

        // A quoted phrase inside prose (`In this plan, “workers” means…`) is not a title.
        let quotedIsTitle = quoted != nil && ((quotedPrefix ?? "").isEmpty || quotedAuthors != nil)
        let hasSignal = !scan.urls.isEmpty || !scan.dois.isEmpty || quotedIsTitle || isCase || publisher != nil
            || hasParentheticalYear(body) || hasReporterCitation(tokens)
        let wordCount = tokens.count - scan.consumed.count
        if !hasSignal {
            let shaped = (authors() ?? quotedAuthors) != nil && pieces.count >= 2 && wordCount <= 25
            let dated = !years.isEmpty && wordCount <= 15
            guard shaped || dated else { return nil }
        }

        var item = CSLItem(id: "", type: "document", note: segment)
        item.url = scan.urls.first
        item.doi = scan.dois.first
        item.issued = date(in: tokens, scan: scan, years: years)
        item.publisher = publisher
        if isCase {
            item.type = "legal_case"
            item.title = pieces.first.map { strippingParenthetical($0) }
            return item
        }
        if let quoted {
            item.title = quoted.title
            item.author = quotedAuthors
            item.containerTitle = container(after: quoted.rest)
        } else {
            let authors = authors()
            item.author = authors
            let titleIndex = authors == nil ? 0 : 1
            if titleIndex < pieces.count {
                let title = strippingParenthetical(pieces[titleIndex]).trimmingTrailingPunctuation()
                if !title.isEmpty, URLScanner.normalise(title) == nil, !URLScanner.startsLikeURL(title),
                    title.contains(where: \.isLetter), months[title.lowercased()] == nil
                {
                    item.title = title
                }
            }
        }
        let isOrganisation = item.author?.contains { $0.literal != nil } ?? false
        if item.doi != nil || (quoted != nil && item.containerTitle != nil && item.url == nil) {
            item.type = "article-journal"
        } else if publisher != nil && quoted == nil {
            item.type = "book"
        } else if ReferenceParser.hasReportWord(in: (item.title ?? "").lowercased()) || (isOrganisation && item.url == nil)
        {
            item.type = "report"
        } else if item.url != nil {
            item.type = "webpage"
        }
        return item
    }

    /// The tokens' texts joined by single spaces (`tokens.map(\.text).joined(separator: " ")`), by bytes.
    static func joined(_ tokens: [NoteToken]) -> String {
        var length = 0
        for index in tokens.indices { length += tokens[index].text.utf8.count + 1 }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(length)
        for index in tokens.indices {
            if index > tokens.startIndex { bytes.append(0x20) }
            var text = tokens[index].text
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when `text`, which holds the tokens in order and white space around them, is
    /// `joined(tokens)`: its bytes are the tokens' and one between each two (so each separator is one
    /// white-space byte), and none of them is a tab or line break.
    static func isJoinedBySingleSpaces(_ text: String, _ tokens: [NoteToken]) -> Bool {
        guard !tokens.isEmpty else { return false }
        var length = tokens.count - 1
        for index in tokens.indices { length += tokens[index].text.utf8.count }
        return length == text.utf8.count && !ASCIIBytes.contains(text) { $0 &- 0x09 < 5 }
    }

    /// A key equal for two items that describe the same source.
    public static func sourceKey(_ item: CSLItem) -> String {
        if let doi = item.doi { return "doi:" + doi.lowercased() }
        if let url = item.url {
            if url.hasOneCharacterPerByte { return "url:" + bareURL(oneCharacterPerByte: url) }
            var bare = url.lowercased()
            for prefix in ["https://", "http://", "ftp://"] where bare.hasPrefix(prefix) { bare.removeFirst(prefix.count) }
            if bare.hasPrefix("www.") { bare.removeFirst(4) }
            while bare.hasSuffix("/") { bare.removeLast() }
            return "url:" + bare
        }
        let author = item.author?.first.map { ($0.family ?? $0.literal ?? "").lowercased() } ?? ""
        if let title = item.title { return "work:" + author + "|" + simplified(title) }
        return "text:" + simplified(item.note ?? "")
    }

    /// The URL part of `sourceKey` for a URL of one character per byte, from its bytes: lowercased,
    /// without `https://`, `http://`, `ftp://` (in that order), `www.` and trailing `/`.
    static func bareURL(oneCharacterPerByte url: String) -> String {
        let bytes = Array(ASCIIBytes.lowercased(url).utf8)
        var start = 0
        var end = bytes.count
        func strip(_ prefix: StaticString) {
            let pattern = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            if bytes[start..<end].starts(with: pattern) { start += pattern.count }
        }
        strip("https://")
        strip("http://")
        strip("ftp://")
        strip("www.")
        while end > start, bytes[end - 1] == 0x2F { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    static func simplified(_ text: String) -> String {
        if text.isASCII {
            // Lowercasing ASCII lowers `A`–`Z` only: keep `0`–`9` and letters, lowered.
            func keep(_ bytes: some Collection<UInt8>) -> String {
                String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    var count = 0
                    for byte in bytes {
                        let lower = ASCIIBytes.isUppercaseLetter(byte) ? byte | 0x20 : byte
                        guard ASCIIBytes.isDigit(lower) || lower &- 0x61 < 26 else { continue }
                        buffer[count] = lower
                        count += 1
                    }
                    return count
                }
            }
            return text.utf8.withContiguousStorageIfAvailable(keep) ?? keep(text.utf8)
        }
        let lower = text.lowercased()
        if lower.isASCII {
            // ASCII alphanumerics after lowercasing: `a`–`z`, `0`–`9`.
            return String(decoding: lower.utf8.filter { ASCIIBytes.isDigit($0) || $0 &- 0x61 < 26 }, as: UTF8.self)
        }
        return lower.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(String.init).joined()
    }

    /// `text.split(separator: " ")` as strings; a byte split when each space byte is a character.
    static func words(of text: String) -> [String] {
        guard ASCIIBytes.isGraphemeSimple(text) else { return text.split(separator: " ").map(String.init) }
        var text = text
        return text.withUTF8 { bytes in
            var words: [String] = []
            // At most one word per two bytes: one allocation instead of growing.
            words.reserveCapacity(bytes.count / 2 + 1)
            var start = 0
            for index in bytes.indices where bytes[index] == 0x20 {
                if start < index { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            if start < bytes.count { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return words
        }
    }

    /// The runs of letters in a text (`text.split { !$0.isLetter }`), as a set; ASCII byte by byte.
    static func letterRuns(in text: String) -> Set<String> {
        guard text.isASCII else { return Set(text.split { !$0.isLetter }.map(String.init)) }
        return Set(text.utf8.split { !(ASCIIBytes.isUppercaseLetter($0) || $0 &- 0x61 < 26) }.map { String(Substring($0)) })
    }

    /// True when a run of letters of the text is one of `reportWords`
    /// (`!letterRuns(in: text).isDisjoint(with: reportWords)`); ASCII runs byte by byte, made into
    /// strings only when their length is that of a report word (4 to 10 letters).
    static func hasReportWord(in text: String) -> Bool {
        guard text.isASCII else { return !letterRuns(in: text).isDisjoint(with: reportWords) }
        for run in text.utf8.split(whereSeparator: { !(ASCIIBytes.isUppercaseLetter($0) || $0 &- 0x61 < 26) })
        where (4...10).contains(run.count) {
            if reportWords.contains(String(Substring(run))) { return true }
        }
        return false
    }

    /// `splitTopLevel(text, at: separator).map { $0.trimmingSpaces() }` for an ASCII separator.
    static func trimmedPieces(of text: String, at separator: UInt8) -> [String] {
        if ASCIIBytes.isGraphemeSimple(text) { return splitTopLevel(simple: text, at: separator, trimming: true) }
        return splitTopLevel(text, at: Character(Unicode.Scalar(separator))).map { $0.trimmingSpaces() }
    }

    /// Splits at `separator` outside parentheses, brackets and quotes.
    static func splitTopLevel(_ text: String, at separator: Character) -> [String] {
        if let byte = separator.asciiValue, ASCIIBytes.isGraphemeSimple(text) {
            return splitTopLevel(simple: text, at: byte)
        }
        var parts: [String] = []
        var current = ""
        var depth = 0
        var inQuote = false
        for character in text {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case "“": inQuote = true
            case "”": inQuote = false
            case "\"": inQuote.toggle()
            default: break
            }
            if character == separator && depth == 0 && !inQuote {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    /// `splitTopLevel` for text whose scalars are its characters, at an ASCII separator; reads the
    /// UTF-8 bytes (the quotes `“` `”` are `E2 80 9C` and `E2 80 9D`, no other byte sequence holds them).
    private static func splitTopLevel(simple text: String, at separator: UInt8, trimming: Bool = false) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var parts: [String] = []
            parts.reserveCapacity(8)
            // A part trimmed of spaces and tabs that starts and ends with ASCII or with punctuation
            // of U+2010–U+2027, U+2030–U+205E (never white space) is what `trimmingSpaces()` gives;
            // other parts are left to it.
            func isPunctuation(at lead: Int, _ end: Int) -> Bool {
                guard bytes[lead] == 0xE2, lead + 2 < end else { return false }
                let value = 0x2000 | UInt32(bytes[lead + 1] & 0x3F) << 6 | UInt32(bytes[lead + 2] & 0x3F)
                return (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
            }
            func part(_ range: Range<Int>) -> String {
                var start = range.lowerBound
                var end = range.upperBound
                if trimming {
                    while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
                    while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
                    if start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 {
                        var lastLead = end - 1
                        while lastLead > start, bytes[lastLead] & 0xC0 == 0x80 { lastLead -= 1 }
                        let plainEnds = (bytes[start] < 0x80 || isPunctuation(at: start, end))
                            && (bytes[end - 1] < 0x80 || isPunctuation(at: lastLead, end))
                        if !plainEnds {
                            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).trimmingSpaces()
                        }
                    }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
            var partStart = 0
            var depth = 0
            var inQuote = false
            for index in bytes.indices {
                switch bytes[index] {
                case 0x28, 0x5B: depth += 1  // ( [
                case 0x29, 0x5D: depth = max(0, depth - 1)  // ) ]
                case 0x9C where index >= 2 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2: inQuote = true  // “
                case 0x9D where index >= 2 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2: inQuote = false  // ”
                case 0x22: inQuote.toggle()  // "
                default: break
                }
                if bytes[index] == separator && depth == 0 && !inQuote {
                    parts.append(part(partStart..<index))
                    partStart = index + 1
                }
            }
            parts.append(part(partStart..<bytes.count))
            return parts
        }
    }

    /// The tokens of a segment after its leading signals (`See`, `cf.`…).
    static func signalFreeTokens(_ segment: String) -> [NoteToken] {
        let tokens = NoteToken.tokenize(segment)
        let first = tokens.firstIndex { !NoteTextParser.signals.contains($0.core) } ?? tokens.count
        return first == 0 ? tokens : Array(tokens[first...])
    }

    static func strippingParenthetical(_ piece: String) -> String {
        // No `(` byte, no `(` character.
        guard ASCIIBytes.contains(piece, byte: 0x28),
            let open = piece[...].firstIndex(ofScalar: "(", simple: ASCIIBytes.isGraphemeSimple(piece))
        else { return piece }
        return piece[..<open].trimmingSpaces()
    }

    /// The first quoted title, the text before it and the text after it.
    static func quotedTitle(in text: String) -> (prefix: String, title: String, rest: String)? {
        guard ASCIIBytes.contains(text, byte: 0x22) || ASCIIBytes.contains(text, "“") else { return nil }
        let simple = ASCIIBytes.isGraphemeSimple(text)
        // In grapheme-simple text a quote is a character of its own: the next scalar starts the next one.
        func after(_ index: String.Index) -> String.Index {
            simple ? text.unicodeScalars.index(after: index) : text.index(after: index)
        }
        for pass in 0..<2 {
            // Curly quotes first, then straight ones.
            let (open, close): (Unicode.Scalar, Unicode.Scalar) = pass == 0 ? ("“", "”") : ("\"", "\"")
            guard let start = text[...].firstIndex(ofScalar: open, simple: simple) else { continue }
            let afterOpen = after(start)
            guard let end = text[afterOpen...].firstIndex(ofScalar: close, simple: simple) else { continue }
            let title = String(text[afterOpen..<end]).trimmingTrailingPunctuation()
            guard title.index(title.startIndex, offsetBy: 2, limitedBy: title.endIndex) != nil else { continue }
            return (String(text[..<start]), title, String(text[after(end)...]))
        }
        return nil
    }

    static func container(after rest: String) -> String? {
        let piece = trimmedPieces(of: rest, at: 0x2C).first { !$0.isEmpty } ?? ""
        let candidate = strippingParenthetical(piece).trimmingTrailingPunctuation()
        let lower = candidate.lowercased()
        guard candidate.index(candidate.startIndex, offsetBy: 2, limitedBy: candidate.endIndex) != nil,
            candidate.first?.isUppercase == true, URLScanner.normalise(candidate) == nil,
            !URLScanner.startsLikeURL(candidate), !hasPrefix(lower, "accessed"), !hasPrefix(lower, "retrieved"),
            months[String(firstWord(of: lower)).trimmingTrailingPunctuation()] == nil
        else { return nil }
        return candidate
    }

    /// `text.hasPrefix(prefix)` for an ASCII prefix without `\r`: a byte comparison when the text
    /// has one character per byte.
    static func hasPrefix(_ text: String, _ prefix: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        guard text.hasOneCharacterPerByte else { return text.hasPrefix(String(decoding: pattern, as: UTF8.self)) }
        return text.utf8.starts(with: pattern)
    }

    /// `text.split(separator: " ").first ?? ""`, reading no further than the first word.
    static func firstWord(of text: String) -> Substring {
        if text.hasOneCharacterPerByte {
            let utf8 = text.utf8
            let start = utf8.firstIndex { $0 != 0x20 } ?? utf8.endIndex
            let end = utf8[start...].firstIndex(of: 0x20) ?? utf8.endIndex
            return text[start..<end]
        }
        var start = text.startIndex
        while start < text.endIndex, text[start] == " " { start = text.index(after: start) }
        var end = start
        while end < text.endIndex, text[end] != " " { end = text.index(after: end) }
        return text[start..<end]
    }

    /// True for a Bluebook volume–reporter–page citation: `93 LAW LIBR. J. 285`, `123 F.3d 456`, `17 U.S.C. § 106`.
    static func hasReporterCitation(_ tokens: [NoteToken]) -> Bool {
        func isNumber(_ token: NoteToken) -> Bool { !token.core.isEmpty && token.core.allSatisfy(\.isNumber) }
        func isAbbreviation(_ token: NoteToken) -> Bool {
            let text = token.text.trimmingTrailingPunctuation()
            guard let first = text.first, first.isUppercase || first == "§" else { return false }
            return token.text.contains(".") || text.allSatisfy { $0.isUppercase || $0 == "&" || $0 == "§" }
        }
        for start in tokens.indices where isNumber(tokens[start]) && !tokens[start].text.hasSuffix(",") {
            var index = start + 1
            while index < tokens.count, index - start <= 6, isAbbreviation(tokens[index]) { index += 1 }
            if index > start + 1, index < tokens.count, isNumber(tokens[index]) { return true }
        }
        return false
    }

    /// True for a year closing a parenthetical, as in `93 LAW LIBR. J. 285 (2001)` or `(9th Cir. 2010)`.
    static func hasParentheticalYear(_ text: String) -> Bool {
        guard ASCIIBytes.contains(text, byte: 0x29) else { return false }
        let characters = Array(text)
        for (index, character) in characters.enumerated() where character == ")" && index >= 5 {
            let year = String(characters[(index - 4)..<index])
            guard let value = Int(year), (1800...2099).contains(value) else { continue }
            let before = characters[index - 5]
            if before == "(" || before == " " { return true }
        }
        return false
    }

    /// The publisher of `(City: Publisher, 2010)`.
    static func publisher(in text: String) -> String? {
        guard ASCIIBytes.contains(text, byte: 0x28) else { return nil }
        let simple = ASCIIBytes.isGraphemeSimple(text)
        var searchStart = text.startIndex
        while let open = text[searchStart...].firstIndex(ofScalar: "(", simple: simple) {
            guard let close = text[open...].firstIndex(ofScalar: ")", simple: simple) else { return nil }
            let inside = text[text.index(after: open)..<close]
            if let colon = inside.firstIndex(ofScalar: ":", simple: simple) {
                let after = inside[inside.index(after: colon)...]
                let name = (splitTopLevel(String(after), at: ",").first ?? "").trimmingSpaces()
                if name.contains(where: \.isLetter), !(name.first?.isNumber ?? true) { return name }
            }
            searchStart = text.index(after: close)
        }
        return nil
    }

    /// Authors in a piece such as `Jane Q. Doe and John Roe`, or an organisation as a literal.
    static func names(in piece: String, pieceCount: Int) -> [CSLName]? {
        let words = ReferenceParser.words(of: piece)
        let hasNumber = piece.isASCII ? piece.utf8.contains(where: ASCIIBytes.isDigit) : piece.contains(where: \.isNumber)
        guard !words.isEmpty, !(ASCIIBytes.contains(piece, byte: 0x3A) && piece.contains(":")), !hasNumber,
            !(piece.utf8.first == 0xE2 && piece.hasPrefix("“")), !(piece.utf8.first == 0x22 && piece.hasPrefix("\""))
        else { return nil }
        let namesOrganisation = words.contains { word in
            let lower = word.isASCII ? ASCIIBytes.lowercased(word) : word.lowercased()
            return organisationWords.contains(lower.trimmingTrailingPunctuation())
        }
        if namesOrganisation || (piece.utf8.first == 0x55 && piece.hasPrefix("U.S.") && words.count > 1) {
            guard words.count <= 12, words.first?.first?.isUppercase == true else { return nil }
            return [CSLName(literal: piece)]
        }
        var names: [CSLName] = []
        // Without the bytes of ` & ` or ` and `, replacing and splitting leave the piece as it is.
        let joined = ASCIIBytes.contains(piece, " & ") ? piece.replacingOccurrences(of: " & ", with: " and ") : piece
        let people = ASCIIBytes.contains(joined, " and ")
            ? joined.components(separatedBy: " and ").map { $0.trimmingSpaces() }
            : [joined.trimmingSpaces()]
        for person in people {
            let parts = ReferenceParser.words(of: person).filter { $0 != "et" && $0 != "al." }
            guard !parts.isEmpty, parts.count <= 5 else { return nil }
            // Four or more full words and no initial: an organisation, not a person.
            let fullWords = parts.filter { !nameParticles.contains($0) }
            if people.count == 1, fullWords.count >= 4, !fullWords.contains(where: { $0.hasSuffix(".") }),
                fullWords.allSatisfy({ $0.first?.isUppercase == true })
            {
                return [CSLName(literal: piece)]
            }
            if parts.count == 1 && pieceCount < 3 { return nil }
            for part in parts where !nameParticles.contains(part) {
                guard let first = part.first, first.isUppercase, part.allSatisfy({ $0.isLetter || ".-'’".contains($0) })
                else { return nil }
            }
            var familyStart = parts.count - 1
            if ["jr.", "sr.", "ii", "iii"].contains(parts[familyStart].lowercased()), familyStart > 0 { familyStart -= 1 }
            while familyStart > 0, nameParticles.contains(parts[familyStart - 1]) { familyStart -= 1 }
            let family = parts[familyStart...].joined(separator: " ")
            let given = parts[..<familyStart].joined(separator: " ")
            names.append(CSLName(family: family, given: given.isEmpty ? nil : given))
        }
        return names.isEmpty ? nil : names
    }

    /// Words that open an access clause (`accessed May 3, 2020`), whose date is not the work's.
    static let accessWords: Set<String> = ["accessed", "retrieved", "visited", "viewed"]

    /// The first date in the tokens outside an access clause (given their URL scan and years):
    /// `January 14, 2014`, `14 January 2014`, `March 2019`, `2019`.
    static func date(in allTokens: [NoteToken], scan allScan: URLScanner.Result, years allYears: [Int]) -> CSLDate? {
        var tokens = allTokens
        var scan = allScan
        let access = tokens.firstIndex { mayBeAccessWord($0.core) && accessWords.contains($0.core) }
        if let access {
            tokens = Array(tokens[..<access])
            scan = URLScanner.scan(tokens)
        }
        for index in tokens.indices where mayBeMonth(tokens[index].core) && !scan.consumed.contains(index) {
            if let month = months[tokens[index].core] {
                let next = index + 1 < tokens.count ? tokens[index + 1].core : ""
                let afterNext = index + 2 < tokens.count ? tokens[index + 2].core : ""
                if let day = Int(next), (1...31).contains(day), let year = year(afterNext) {
                    return CSLDate(year: year, month: month, day: day)
                }
                if index > 0, let day = Int(tokens[index - 1].core), (1...31).contains(day), let year = year(next) {
                    return CSLDate(year: year, month: month, day: day)
                }
                if let year = year(next) { return CSLDate(year: year, month: month) }
            }
        }
        let years = access == nil ? allYears : NoteTextParser.years(in: tokens, skipping: scan.consumed)
        return years.first.map { CSLDate(year: $0) }
    }

    /// False for a word that is none of `accessWords` (6 to 9 bytes, starting with `a`, `r` or `v`).
    static func mayBeAccessWord(_ core: String) -> Bool {
        let utf8 = core.utf8
        guard utf8.count >= 6, utf8.count <= 9, let first = utf8.first else { return false }
        return first == 0x61 || first == 0x72 || first == 0x76
    }

    /// False for a word that is no key of `months` (all of 3 to 9 lowercase ASCII letters, starting
    /// with one of `adfjmnos`), told from its bytes before hashing it.
    static func mayBeMonth(_ core: String) -> Bool {
        let utf8 = core.utf8
        guard utf8.count >= 3, utf8.count <= 9, let first = utf8.first else { return false }
        switch first {
        case 0x61, 0x64, 0x66, 0x6A, 0x6D, 0x6E, 0x6F, 0x73: return true  // a d f j m n o s
        default: return false
        }
    }

    private static func year(_ core: String) -> Int? {
        guard core.count == 4, let value = Int(core), (1800...2099).contains(value) else { return nil }
        return value
    }
}
