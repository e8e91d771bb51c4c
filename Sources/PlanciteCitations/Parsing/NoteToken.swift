/// A white-space separated word of note text with its span.
public struct NoteToken: Sendable, Equatable {
    /// The word as written, punctuation included.
    public var text: String
    /// Unicode scalar offsets of the word in the note text.
    public var span: Range<Int>

    public init(text: String, span: Range<Int>) {
        self.text = text
        self.span = span
    }

    /// The word lowercased, without surrounding brackets, quotes and trailing `.,;:`.
    public var core: String {
        var scalars = Substring(text.lowercased())
        while let first = scalars.first, "([“\"‘'".contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, ".,;:)]”\"’'".contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }

    /// Splits text at white space, keeping each word's scalar span.
    public static func tokenize(_ text: String) -> [NoteToken] {
        var tokens: [NoteToken] = []
        var current = ""
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !current.isEmpty { tokens.append(NoteToken(text: current, span: start..<offset)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.unicodeScalars.append(scalar)
            }
            offset += 1
        }
        if !current.isEmpty { tokens.append(NoteToken(text: current, span: start..<offset)) }
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
