import Foundation

/// Reads a level heading such as `Goal 1: Align Efforts: Promote…` from normalised text.
///
/// Grammar, over white-space separated words (see `TextNormalizer` for the text it expects):
/// ```
/// heading   := term number separator* rest?
/// term      := a Vocabulary term in any capitalisation, longest first (`Strategic Goal` before `Goal`)
/// number    := digits ("." digits)*  |  roman numeral (all upper or all lower case)  |  One…Twelve
///              — each component below 1000; `:` `.` `)` `,` glued to the number count as a separator
/// separator := ":" | "." | "|" | "■" | "▪" | "•" | "—" | "–" | "-" | ")"
/// rest      := title ( ": " statement | ". " Statement )?
///              — split at the first ": " when the title is at most 20 words, else at the first ". "
///                that follows at most 15 words and is followed by a capital letter.
/// ```
/// In strict mode (text that is not a heading block) the number must be followed by a separator
/// or end the text, and the rest must not start with a lower-case letter, so `Goal 2 builds on …`
/// and `Goal 2: the air work` are not read as goals. In a heading a rest that starts with a
/// lower-case letter is refused only when no separator stands before it (`Priority 1 areas`).
public struct HeadingParser {
    /// What a heading says.
    public struct Heading: Sendable, Equatable {
        public var level: Vocabulary.Level
        /// The term as the document wrote it (`STRATEGIC OBJECTIVE`, `Goal`).
        public var term: String
        public var number: NumberLabel
        /// Empty when the heading carries only its term and number.
        public var title: String
        public var statement: String?
        /// Everything after the number and its separators, unsplit (the text of an action item).
        public var text: String
        /// Scalar offsets of the term and number in the parsed text.
        public var labelSpan: Range<Int>
    }

    private var cursor: WordCursor
    private let terms: Vocabulary.TermIndex

    public init(_ text: String, vocabulary: Vocabulary = .default) {
        self.init(text, terms: Vocabulary.TermIndex(vocabulary))
    }

    /// A parser over terms already indexed, for reading many texts with one vocabulary.
    init(_ text: String, terms: Vocabulary.TermIndex) {
        self.cursor = WordCursor(text)
        self.terms = terms
    }

    /// Reads a heading from the text, skipping texts whose first word starts no term.
    static func parse(_ text: String, terms: Vocabulary.TermIndex, strict: Bool) -> Heading? {
        guard terms.mayMatchStart(of: text) else { return nil }
        switch asciiParse(text, terms: terms, strict: strict) {
        case .heading(let heading): return heading
        case .noHeading: return nil
        case .notASCII:
            var parser = HeadingParser(text, terms: terms)
            return parser.parse(strict: strict)
        }
    }

    static let separators: Set<String> = [":", ".", "|", "■", "▪", "•", "—", "–", "-", ")"]

    /// `separators.contains(word)`: every separator is three bytes or fewer (and no longer text
    /// is canonically equivalent to one), so a longer word is looked up no further.
    static func isSeparator(_ word: String) -> Bool {
        word.utf8.count <= 3 && separators.contains(word)
    }

    public mutating func parse(strict: Bool) -> Heading? {
        guard let match = terms.match(cursor.upcomingTexts(terms.mostWords)), let first = cursor.current else {
            return nil
        }
        cursor.advance(by: match.wordCount)
        guard let numberWord = cursor.current else { return nil }
        var raw = Substring(numberWord.text)
        var separated = false
        while let last = raw.last, ":),|".contains(last) {
            raw = raw.dropLast()
            separated = true
        }
        if raw.hasSuffix(".") { separated = true }
        guard let number = NumberLabel.parse(raw), number.components.allSatisfy({ $0 < 1000 }) else {
            return nil
        }
        let labelSpan = first.span.lowerBound..<numberWord.span.upperBound
        cursor.advance()
        while let word = cursor.current, HeadingParser.isSeparator(word.text) {
            separated = true
            cursor.advance()
        }
        let rest = cursor.rest
        if strict && !separated && !rest.isEmpty { return nil }
        if strict || !separated, let initial = rest.first, initial.isLowercase { return nil }
        let (title, statement) = HeadingParser.splitTitle(rest)
        return Heading(
            level: match.level, term: match.term, number: number, title: title,
            statement: statement, text: rest, labelSpan: labelSpan)
    }

    /// Splits `Align Efforts: Promote…` into a title and a statement.
    static func splitTitle(_ rest: String) -> (title: String, statement: String?) {
        let trimmed = rest.trimmingSpaces()
        // Whether the text is ASCII is read once for all the searches below.
        let isASCII = trimmed.isASCII
        if let colon = TextScan.firstRange(of: ": ", in: trimmed, isASCII: isASCII) {
            let title = String(trimmed[..<colon.lowerBound])
            if TextScan.wordCount(title, atMost: 21) <= 20 {
                let statement = trimmed[colon.upperBound...].trimmingSpaces()
                return (cleanTitle(title), statement.isEmpty ? nil : statement)
            }
        }
        var searchStart = trimmed.startIndex
        while let stop = TextScan.firstRange(of: ". ", in: trimmed, from: searchStart, isASCII: isASCII) {
            let title = String(trimmed[..<stop.lowerBound])
            guard TextScan.wordCount(title, atMost: 16) <= 15 else { break }
            let lastWord = title.split(separator: " ").last ?? ""
            let next = trimmed[stop.upperBound...].first
            if lastWord.filter(\.isLetter).count >= 3, !lastWord.contains("."), next?.isUppercase == true {
                let statement = String(trimmed[stop.upperBound...])
                return (cleanTitle(title), statement)
            }
            searchStart = stop.upperBound
        }
        return (cleanTitle(trimmed), nil)
    }

    static func cleanTitle(_ title: String) -> String {
        var result = Substring(title)
        while let last = result.last, last == ":" || last == " " || last == "." && !result.hasSuffix("..") {
            result = result.dropLast()
        }
        return String(result)
    }

    static func wordCount(_ text: String) -> Int { TextScan.wordCount(text) }
}
