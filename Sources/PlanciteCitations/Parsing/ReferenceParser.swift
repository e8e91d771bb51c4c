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
            let trimmed = hasSpaceFreeEnds(segments[0]) ? segments[0] : segments[0].trimmingSpaces()
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
        // Whether the body is grapheme-simple, found once for the searches below.
        let simple = ASCIIBytes.isGraphemeSimple(body)
        let quoted = quotedTitle(in: body, simple: simple)
        // Texts of more than two bytes are neither `v.` nor `v`.
        let isCase = tokens.dropFirst().dropLast().contains { $0.text.utf8.count <= 2 && ($0.text == "v." || $0.text == "v") }
            && (tokens.first?.text.first?.isUppercase ?? false)
        let publisher = publisher(in: body, simple: simple)
        let pieces = trimmedPieces(of: body, at: 0x2C, simple: simple)
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
                    title.contains(where: \.isLetter), isNoMonth(title.lowercased())
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
        publisher(in: text, simple: nil)
    }

    /// `publisher(in:)` given `ASCIIBytes.isGraphemeSimple(text)` when known.
    static func publisher(in text: String, simple known: Bool?) -> String? {
        guard ASCIIBytes.contains(text, byte: 0x28) else { return nil }
        let simple = known ?? ASCIIBytes.isGraphemeSimple(text)
        // In grapheme-simple text `(` and `)` are characters of one byte each.
        func after(_ index: String.Index) -> String.Index { simple ? text.utf8.index(after: index) : text.index(after: index) }
        var searchStart = text.startIndex
        while let open = text[searchStart...].firstIndex(ofScalar: "(", simple: simple) {
            guard let close = text[open...].firstIndex(ofScalar: ")", simple: simple) else { return nil }
            let inside = text[after(open)..<close]
            if let colon = inside.firstIndex(ofScalar: ":", simple: simple) {
                let after = inside[inside.index(after: colon)...]
                let name = (splitTopLevel(String(after), at: ",").first ?? "").trimmingSpaces()
                if name.contains(where: \.isLetter), !(name.first?.isNumber ?? true) { return name }
            }
            searchStart = after(close)
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
            let family = ReferenceParser.joined(parts[familyStart...], separator: " ")
            let given = ReferenceParser.joined(parts[..<familyStart], separator: " ")
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

    /// False for a word that is no key of `months` (3 to 9 bytes, starting with the first three
    /// letters of a month), told from its bytes before hashing it.
    static func mayBeMonth(_ core: String) -> Bool {
        let utf8 = core.utf8
        guard utf8.count >= 3, utf8.count <= 9 else { return false }
        // Read from the contiguous bytes (iterating a `String.UTF8View` costs several times more).
        return utf8.withContiguousStorageIfAvailable { isMonthPrefix($0[0], $0[1], $0[2]) } ?? true
    }

    /// True for the first three letters of a month (`jan` … `dec`).
    static func isMonthPrefix(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        // The three bytes as one number: one switch over twelve values instead of a chain of tuple tests.
        switch UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third) {
        case 0x6A_616E, 0x66_6562, 0x6D_6172, 0x61_7072,  // jan feb mar apr
            0x6D_6179, 0x6A_756E, 0x6A_756C, 0x61_7567,  // may jun jul aug
            0x73_6570, 0x6F_6374, 0x6E_6F76, 0x64_6563:  // sep oct nov dec
            return true
        default:
            return false
        }
    }

    private static func year(_ core: String) -> Int? {
        guard core.count == 4, let value = Int(core), (1800...2099).contains(value) else { return nil }
        return value
    }
}
