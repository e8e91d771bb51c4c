/// A word of a text and where it stands: unicode scalar offsets into that text.
public struct SpannedWord: Sendable, Equatable {
    public var text: String
    public var span: Range<Int>

    /// Splits text on white space, keeping each word's scalar span.
    public static func split(_ text: String) -> [SpannedWord] {
        var scanner = Scanner(text)
        return scanner.words(upTo: Int.max)
    }

    /// Unicode white space, with the ASCII cases decided without a property look-up.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// Reads the words of a text from the front, as many as asked for at a time.
    struct Scanner {
        let scalars: String.UnicodeScalarView
        private var position: String.UnicodeScalarView.Index
        private var offset = 0

        init(_ text: String) {
            scalars = text.unicodeScalars
            position = scalars.startIndex
        }

        var isAtEnd: Bool { position == scalars.endIndex }

        /// The next words, at most `limit` of them.
        mutating func words(upTo limit: Int) -> [SpannedWord] {
            var words: [SpannedWord] = []
            var wordStart: String.UnicodeScalarView.Index?
            var start = 0
            while words.count < limit, position < scalars.endIndex {
                if SpannedWord.isWhitespace(scalars[position]) {
                    if let first = wordStart {
                        words.append(SpannedWord(text: String(scalars[first..<position]), span: start..<offset))
                        wordStart = nil
                    }
                } else if wordStart == nil {
                    wordStart = position
                    start = offset
                }
                position = scalars.index(after: position)
                offset += 1
            }
            if let first = wordStart {
                words.append(SpannedWord(text: String(scalars[first..<position]), span: start..<offset))
            }
            return words
        }
    }
}

/// A cursor over the words of one text; words are split off the text only as the cursor needs them.
struct WordCursor {
    let text: String
    /// The words read so far: always past `index` unless the text has no more.
    private var words: [SpannedWord] = []
    private var scanner: SpannedWord.Scanner
    private(set) var index = 0

    init(_ text: String) {
        self.text = text
        self.scanner = SpannedWord.Scanner(text)
        load(count: 1)
    }

    var isAtEnd: Bool { index >= words.count }
    var current: SpannedWord? { isAtEnd ? nil : words[index] }

    /// The texts of the current word and the next ones, at most `count` words.
    mutating func upcomingTexts(_ count: Int) -> [String] {
        load(count: index + count)
        return words[min(index, words.count)..<min(index + count, words.count)].map(\.text)
    }

    mutating func advance(by count: Int = 1) {
        load(count: index + count + 1)
        index = min(words.count, index + count)
    }

    /// The text from the current word to the end, or "" at the end.
    var rest: String {
        guard let word = current else { return "" }
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: word.span.lowerBound)
        return String(scalars[start...])
    }

    private mutating func load(count: Int) {
        guard words.count < count, !scanner.isAtEnd else { return }
        words += scanner.words(upTo: count - words.count)
    }
}
