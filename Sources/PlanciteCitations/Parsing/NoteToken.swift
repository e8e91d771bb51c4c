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
        self.init(text: text, span: span, core: NoteToken.core(of: text))
    }

    /// A token whose core (`core(of: text)`) is known.
    private init(text: String, span: Range<Int>, core: String) {
        self.text = text
        self.span = span
        self.core = core
    }

    /// The core of a word (see `core`): ASCII words byte by byte; words of ASCII and caseless
    /// punctuation (`“Plan”`, `agency’s`) scalar by scalar; others character by character.
    static func core(of text: String) -> String {
        let utf8 = text.utf8
        guard text.isASCII else {
            if text.unicodeScalars.allSatisfy({ $0.isASCII || ASCIIBytes.isPunctuation($0) }) {
                return core(ofPunctuated: text)
            }
            var characters = Substring(text.lowercased())
            while let first = characters.first, "([“\"‘'".contains(first) { characters = characters.dropFirst() }
            while let last = characters.last, ".,;:)]”\"’'".contains(last) { characters = characters.dropLast() }
            return String(characters)
        }
        return utf8.withContiguousStorageIfAvailable { core(ofASCII: $0, text: text) }
            ?? Array(utf8).withUnsafeBufferPointer { core(ofASCII: $0, text: text) }
    }

    /// `core(of:)` for an ASCII word given as its bytes; the word itself when nothing changes.
    private static func core(ofASCII bytes: UnsafeBufferPointer<UInt8>, text: String) -> String {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x28 || bytes[start] == 0x5B || bytes[start] == 0x22 || bytes[start] == 0x27 {
            start += 1
        }
        while end > start, ASCIIBytes.isTrailingCorePunctuation(bytes[end - 1]) { end -= 1 }
        let hasUppercase = bytes[start..<end].contains(where: ASCIIBytes.isUppercaseLetter)
        if start == 0 && end == bytes.count && !hasUppercase { return text }
        return String(unsafeUninitializedCapacity: end - start) { buffer in
            for offset in 0..<(end - start) {
                let byte = bytes[start + offset]
                buffer[offset] = ASCIIBytes.isUppercaseLetter(byte) ? byte | 0x20 : byte
            }
            return end - start
        }
    }

    /// `core(ofPunctuated:)` read from a word's UTF-8; nil when some scalar is neither ASCII nor
    /// caseless punctuation (`ASCIIBytes.isPunctuation`: U+2010–U+2027 and U+2030–U+205E, all
    /// three bytes from `E2`). The quotes dropped are `“` `‘` (`E2 80 9C`, `E2 80 98`) in front and
    /// `”` `’` (`E2 80 9D`, `E2 80 99`) behind.
    static func core(ofPunctuated bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var index = 0
        while index < bytes.count {
            guard bytes[index] >= 0x80 else {
                index += 1
                continue
            }
            guard bytes[index] == 0xE2, index + 2 < bytes.count else { return nil }
            let value = 0x2000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            guard (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) else { return nil }
            index += 3
        }
        func isQuote(at offset: Int, _ last: UInt8, _ other: UInt8) -> Bool {
            bytes[offset] == 0xE2 && bytes[offset + 1] == 0x80 && (bytes[offset + 2] == last || bytes[offset + 2] == other)
        }
        var start = 0
        var end = bytes.count
        while start < end {
            let byte = bytes[start]
            if byte == 0x28 || byte == 0x5B || byte == 0x22 || byte == 0x27 {  // ( [ " '
                start += 1
            } else if end - start >= 3, isQuote(at: start, 0x9C, 0x98) {  // “ ‘
                start += 3
            } else {
                break
            }
        }
        while end > start {
            if ASCIIBytes.isTrailingCorePunctuation(bytes[end - 1]) {
                end -= 1
            } else if end - start >= 3, isQuote(at: end - 3, 0x9D, 0x99) {  // ” ’
                end -= 3
            } else {
                break
            }
        }
        return String(unsafeUninitializedCapacity: end - start) { buffer in
            for offset in 0..<(end - start) {
                let byte = bytes[start + offset]
                buffer[offset] = ASCIIBytes.isUppercaseLetter(byte) ? byte | 0x20 : byte
            }
            return end - start
        }
    }

    /// `core(of:)` for a word whose scalars are ASCII or caseless punctuation, so each is a character
    /// and lowercasing touches only `A`–`Z`.
    static func core(ofPunctuated text: String) -> String {
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first, "([“\"‘'".unicodeScalars.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, ".,;:)]”\"’'".unicodeScalars.contains(last) { scalars = scalars.dropLast() }
        // Lowercasing `A`–`Z` changes those bytes only: copy the kept bytes, lowering them.
        let utf8 = text.utf8[scalars.startIndex..<scalars.endIndex]
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            for byte in utf8 {
                buffer[count] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                count += 1
            }
            return count
        }
    }

    /// Splits text at white space, keeping each word's scalar span.
    public static func tokenize(_ text: String) -> [NoteToken] {
        text.utf8.withContiguousStorageIfAvailable(tokenize(utf8:)) ?? tokenize(scalarsOf: text)
    }

    /// `tokenize` over the contiguous UTF-8 of a text: ASCII white space by byte, other scalars
    /// decoded from their bytes for the Unicode test; each word is made from its bytes.
    private static func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [NoteToken] {
        var tokens: [NoteToken] = []
        tokens.reserveCapacity(bytes.count / 6 + 1)
        var wordStart: Int?
        var wordIsASCII = true
        var start = 0
        var offset = 0
        var index = 0
        // An ASCII word's core is read from the bytes at hand.
        func token(_ range: Range<Int>, span: Range<Int>) -> NoteToken {
            let wordBytes = UnsafeBufferPointer(rebasing: bytes[range])
            let text = String(decoding: wordBytes, as: UTF8.self)
            let core = wordIsASCII ? core(ofASCII: wordBytes, text: text) : core(ofPunctuated: wordBytes) ?? core(of: text)
            return NoteToken(text: text, span: span, core: core)
        }
        while index < bytes.count {
            let byte = bytes[index]
            // A run of ASCII bytes `!`–DEL (no white space, one scalar each) is taken at once.
            if byte &- 0x21 < 0x5F {
                if wordStart == nil {
                    wordStart = index
                    start = offset
                }
                var end = index + 1
                while end < bytes.count, bytes[end] &- 0x21 < 0x5F { end += 1 }
                offset += end - index
                index = end
                continue
            }
            let length: Int
            let isWhitespace: Bool
            if byte < 0x80 {
                length = 1
                isWhitespace = byte == 0x20 || (0x09...0x0D).contains(byte)
            } else {
                wordIsASCII = false
                var value: UInt32
                if byte >= 0xF0 {
                    length = 4
                    value = UInt32(byte & 0x07)
                } else if byte >= 0xE0 {
                    length = 3
                    value = UInt32(byte & 0x0F)
                } else {
                    length = 2
                    value = UInt32(byte & 0x1F)
                }
                for next in 1..<length { value = value << 6 | UInt32(bytes[index + next] & 0x3F) }
                // The dashes, quotes and bullets of U+2010–U+2027 are no white space (U+2028 is).
                isWhitespace = (0x2010...0x2027).contains(value) ? false : Unicode.Scalar(value)?.properties.isWhitespace ?? false
            }
            if isWhitespace {
                if let begin = wordStart {
                    tokens.append(token(begin..<index, span: start..<offset))
                    wordStart = nil
                }
                wordIsASCII = true
            } else if wordStart == nil {
                wordStart = index
                start = offset
            }
            offset += 1
            index += length
        }
        if let begin = wordStart { tokens.append(token(begin..<bytes.count, span: start..<offset)) }
        return tokens
    }

    /// `tokenize` scalar by scalar, for text without contiguous UTF-8.
    static func tokenize(scalarsOf text: String) -> [NoteToken] {
        // Reads the UTF-8 bytes: an ASCII byte is a scalar of its own, a lead byte starts one (read
        // as a scalar only when it is not ASCII), continuation bytes are skipped.
        var tokens: [NoteToken] = []
        let utf8 = text.utf8
        let scalars = text.unicodeScalars
        var wordStart: String.Index?
        var start = 0
        var offset = 0
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte & 0xC0 == 0x80 {
                index = utf8.index(after: index)
                continue
            }
            let isWhitespace = byte < 0x80
                ? byte == 0x20 || (0x09...0x0D).contains(byte)
                : scalars[index].properties.isWhitespace
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
            index = utf8.index(after: index)
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
