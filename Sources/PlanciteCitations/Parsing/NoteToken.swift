/// A white-space separated word of note text with its span.
public struct NoteToken: Sendable, Equatable {
    /// The word as written, punctuation included.
    public var text: String {
        didSet { core = NoteToken.core(of: text) }
    }
    /// Unicode scalar offsets of the word in the note text.
    public var span: Range<Int>
    /// The word lowercased, without surrounding brackets, quotes and trailing `.,;:`.
    public private(set) var core: String

    public init(text: String, span: Range<Int>) {
        self.text = text
        self.span = span
        self.core = NoteToken.core(of: text)
    }

    /// The core of a word (see `core`): ASCII words byte by byte, others character by character.
    static func core(of text: String) -> String {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            var characters = Substring(text.lowercased())
            while let first = characters.first, "([“\"‘'".contains(first) { characters = characters.dropFirst() }
            while let last = characters.last, ".,;:)]”\"’'".contains(last) { characters = characters.dropLast() }
            return String(characters)
        }
        var bytes = Array(utf8)[...]
        while let first = bytes.first, first == 0x28 || first == 0x5B || first == 0x22 || first == 0x27 {
            bytes = bytes.dropFirst()
        }
        while let last = bytes.last, ASCIIBytes.isTrailingCorePunctuation(last) { bytes = bytes.dropLast() }
        return String(decoding: bytes.lazy.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Splits text at white space, keeping each word's scalar span.
    public static func tokenize(_ text: String) -> [NoteToken] {
        var tokens: [NoteToken] = []
        let scalars = text.unicodeScalars
        var wordStart: String.Index?
        var start = 0
        var offset = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let isWhitespace = scalar.isASCII
                ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
                : scalar.properties.isWhitespace
            if isWhitespace {
                if let begin = wordStart {
                    tokens.append(NoteToken(text: String(scalars[begin..<index]), span: start..<offset))
                    wordStart = nil
                }
            } else if wordStart == nil {
                wordStart = index
                start = offset
            }
            offset += 1
            index = scalars.index(after: index)
        }
        if let begin = wordStart { tokens.append(NoteToken(text: String(scalars[begin...]), span: start..<offset)) }
        return tokens
    }
}

/// A cursor over note tokens.
struct NoteCursor {
    let tokens: [NoteToken]
    private(set) var position = 0

    init(_ tokens: [NoteToken]) { self.tokens = tokens }

    var isAtEnd: Bool { position >= tokens.count }
    var current: NoteToken? { isAtEnd ? nil : tokens[position] }

    func peek(_ ahead: Int = 0) -> NoteToken? {
        let index = position + ahead
        return index < tokens.count ? tokens[index] : nil
    }

    mutating func advance(_ count: Int = 1) { position = min(tokens.count, position + count) }

    mutating func seek(_ index: Int) { position = max(0, min(tokens.count, index)) }

    /// Consumes the current token when its core is one of `words`.
    @discardableResult
    mutating func consume(_ words: Set<String>) -> NoteToken? {
        guard let token = current, words.contains(token.core) else { return nil }
        advance()
        return token
    }
}
