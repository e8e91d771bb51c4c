/// A word of a text and where it stands: unicode scalar offsets into that text.
public struct SpannedWord: Sendable, Equatable {
    public var text: String
    public var span: Range<Int>

    /// Splits text on white space, keeping each word's scalar span.
    public static func split(_ text: String) -> [SpannedWord] {
        var words: [SpannedWord] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !current.isEmpty {
                    words.append(SpannedWord(text: String(current), span: start..<offset))
                    current = String.UnicodeScalarView()
                }
            } else {
                if current.isEmpty { start = offset }
                current.append(scalar)
            }
            offset += 1
        }
        if !current.isEmpty { words.append(SpannedWord(text: String(current), span: start..<offset)) }
        return words
    }
}

/// A cursor over the words of one text.
struct WordCursor {
    let text: String
    let words: [SpannedWord]
    private(set) var index = 0

    init(_ text: String) {
        self.text = text
        self.words = SpannedWord.split(text)
    }

    var isAtEnd: Bool { index >= words.count }
    var current: SpannedWord? { isAtEnd ? nil : words[index] }
    var remainingTexts: [String] { words[min(index, words.count)...].map(\.text) }

    mutating func advance(by count: Int = 1) { index = min(words.count, index + count) }

    /// The text from the current word to the end, or "" at the end.
    var rest: String {
        guard let word = current else { return "" }
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: word.span.lowerBound)
        return String(scalars[start...])
    }
}
