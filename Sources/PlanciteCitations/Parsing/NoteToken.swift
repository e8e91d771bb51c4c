/// A white-space separated word of note text with its span.
public struct NoteToken: Sendable, Equatable {
    /// The word as written, punctuation included.
    public var text: String {
        didSet { shape = NoteToken.shape(of: text) }
    }
    /// Unicode scalar offsets of the word in the note text.
    public var span: Range<Int>
    /// How the core is read from the text; the core is made as a string only when asked for.
    private var shape: CoreShape

    /// The word lowercased, without surrounding brackets, quotes and trailing `.,;:`.
    public var core: String {
        switch shape {
        case .text: return text
        case .stored(let core): return core
        case .bytes(let start, let end):
            let count = end - start
            func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
                String(unsafeUninitializedCapacity: count) { buffer in
                    for offset in 0..<count {
                        let byte = bytes[start + offset]
                        buffer[offset] = ASCIIBytes.isUppercaseLetter(byte) ? byte | 0x20 : byte
                    }
                    return count
                }
            }
            return text.utf8.withContiguousStorageIfAvailable(make) ?? Array(text.utf8).withUnsafeBufferPointer(make)
        }
    }

    /// Where a token's core comes from.
    private enum CoreShape: Sendable, Equatable {
        /// The core is the text (an ASCII word without capitals or punctuation to drop).
        case text
        /// The core is the text's bytes `start..<end` (ASCII), `A`–`Z` lowered.
        case bytes(start: Int, end: Int)
        /// The core, made when the token was (words with other scalars).
        case stored(String)
    }

    public init(text: String, span: Range<Int>) {
        self.init(text: text, span: span, shape: NoteToken.shape(of: text))
    }

    private init(text: String, span: Range<Int>, shape: CoreShape) {
        self.text = text
        self.span = span
        self.shape = shape
    }

    /// The shape of a word's core: ASCII words by their bytes, others made at once.
    private static func shape(of text: String) -> CoreShape {
        guard text.isASCII else { return .stored(core(of: text)) }
        return text.utf8.withContiguousStorageIfAvailable(shape(ofASCII:))
            ?? Array(text.utf8).withUnsafeBufferPointer(shape(ofASCII:))
    }

    /// The shape of an ASCII word's core from its bytes (what `core(ofASCII:text:)` makes).
    private static func shape(ofASCII bytes: UnsafeBufferPointer<UInt8>) -> CoreShape {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x28 || bytes[start] == 0x5B || bytes[start] == 0x22 || bytes[start] == 0x27 {
            start += 1
        }
        while end > start, ASCIIBytes.isTrailingCorePunctuation(bytes[end - 1]) { end -= 1 }
        if start == 0 && end == bytes.count {
            var hasUppercase = false
            for index in start..<end where ASCIIBytes.isUppercaseLetter(bytes[index]) { hasUppercase = true }
            if !hasUppercase { return .text }
        }
        return .bytes(start: start, end: end)
    }

    /// The byte count of `core`, read without making it.
    var coreUTF8Count: Int {
        switch shape {
        case .text: return text.utf8.count
        case .bytes(let start, let end): return end - start
        case .stored(let core): return core.utf8.count
        }
    }

    /// Calls `body` with the core's bytes as written (ASCII, `A`–`Z` not yet lowered); nil when the
    /// core is stored (a word with other scalars).
    func withRawCoreBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let range: Range<Int>
        switch shape {
        case .text: range = 0..<text.utf8.count
        case .bytes(let start, let end): range = start..<end
        case .stored: return nil
        }
        func read(_ bytes: UnsafeBufferPointer<UInt8>) -> R { body(UnsafeBufferPointer(rebasing: bytes[range])) }
        return text.utf8.withContiguousStorageIfAvailable(read) ?? Array(text.utf8).withUnsafeBufferPointer(read)
    }

    /// `!core.isEmpty && core.allSatisfy(\.isNumber)`: for an ASCII core, its bytes are all digits.
    var coreIsNumber: Bool {
        withRawCoreBytes { !$0.isEmpty && $0.allSatisfy(ASCIIBytes.isDigit) }
            ?? (!core.isEmpty && core.allSatisfy(\.isNumber))
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
        // An ASCII word's core shape is read from the bytes at hand.
        func token(_ range: Range<Int>, span: Range<Int>) -> NoteToken {
            let wordBytes = UnsafeBufferPointer(rebasing: bytes[range])
            let text = String(decoding: wordBytes, as: UTF8.self)
            let shape = wordIsASCII ? shape(ofASCII: wordBytes) : .stored(core(ofPunctuated: wordBytes) ?? core(of: text))
            return NoteToken(text: text, span: span, shape: shape)
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
