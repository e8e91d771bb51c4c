/// One character of a block's text as marker detection reads it: a `Character`, or a byte of an
/// all-ASCII block (where each byte is a character and building `Character`s would be wasted work).
///
/// Each property answers what the `Character` test it names would answer for that character.
protocol SentenceCharacter: Equatable {
    static var space: Self { get }
    /// Writes the characters of a piece of text, as `Array(text)` would give them, from `end` on
    /// (room for one per UTF-8 byte of the text is left there), and moves `end` past them.
    static func write(_ text: String, to characters: UnsafeMutableBufferPointer<Self>, at end: inout Int)
    /// True when text can be read as these characters (bytes: one character per byte).
    static func canRead(_ text: String) -> Bool
    /// True when texts appended made characters that read them (bytes: ASCII without `\r`).
    static func canRead(_ characters: [Self]) -> Bool
    /// The characters as a string.
    static func string(_ characters: ArraySlice<Self>) -> String
    /// The characters as a string without leading and trailing white space.
    static func trimmedString(_ characters: ArraySlice<Self>) -> String
    /// True when a word before a period reads as an abbreviation (see `SentenceContext.abbreviations`):
    /// one capital letter (an initial), a word holding a period (`U.S`, `e.g`), or a listed word.
    static func isAbbreviation(_ word: ArraySlice<Self>) -> Bool
    var isSpace: Bool { get }
    var isPeriod: Bool { get }
    /// `.`, `?` or `!`.
    var isTerminator: Bool { get }
    /// A closing quote or parenthesis: `”` `"` `’` `'` `)`.
    var isCloser: Bool { get }
    /// What may start a sentence: a capital, a digit, an opening quote or parenthesis.
    var opensSentence: Bool { get }
    /// `isNumber` (any script).
    var isNumeral: Bool { get }
    /// An ASCII digit.
    var isASCIIDigit: Bool { get }
    /// `.` or `,`.
    var isPeriodOrComma: Bool { get }
}

extension Character: SentenceCharacter {
    static var space: Character { " " }
    static func write(_ text: String, to characters: UnsafeMutableBufferPointer<Character>, at end: inout Int) {
        for character in text {
            characters[end] = character
            end += 1
        }
    }
    static func canRead(_ text: String) -> Bool { true }
    static func canRead(_ characters: [Character]) -> Bool { true }
    static func string(_ characters: ArraySlice<Character>) -> String { String(characters) }
    static func trimmedString(_ characters: ArraySlice<Character>) -> String { String(characters).trimmingWhiteSpace() }
    static func isAbbreviation(_ characters: ArraySlice<Character>) -> Bool {
        let word = String(characters)
        if word.count == 1, word.first!.isUppercase { return true }  // an initial
        if word.contains(".") { return true }  // U.S., e.g.
        return SentenceContext.abbreviations.contains(word.lowercased())
    }
    var isSpace: Bool { self == " " }
    var isPeriod: Bool { self == "." }
    var isTerminator: Bool { self == "." || self == "?" || self == "!" }
    var isCloser: Bool { self == "”" || self == "\"" || self == "’" || self == "'" || self == ")" }
    var opensSentence: Bool { isUppercase || isNumber || self == "“" || self == "\"" || self == "‘" || self == "(" }
    var isNumeral: Bool { isNumber }
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isPeriodOrComma: Bool { self == "." || self == "," }
}

extension UInt8: SentenceCharacter {
    static var space: UInt8 { 0x20 }
    static func write(_ text: String, to characters: UnsafeMutableBufferPointer<UInt8>, at end: inout Int) {
        let start = end
        let written = text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            for index in bytes.indices { characters[start + index] = bytes[index] }
            return bytes.count
        }
        if let written {
            end += written
        } else {
            for byte in text.utf8 {
                characters[end] = byte
                end += 1
            }
        }
    }
    static func canRead(_ text: String) -> Bool { text.hasOneCharacterPerByte }
    static func canRead(_ characters: [UInt8]) -> Bool {
        // Without branches, so that the loop runs over many bytes at a time.
        characters.withUnsafeBufferPointer { bytes in
            var flags: UInt8 = 0
            for byte in bytes { flags |= (byte & 0x80) | (byte == 0x0D ? 0x80 : 0) }
            return flags == 0
        }
    }
    static func string(_ characters: ArraySlice<UInt8>) -> String { String(decoding: characters, as: UTF8.self) }
    /// White space among these bytes (ASCII without `\r`): tab, line feed, vertical tab, form feed, space.
    static func trimmedString(_ characters: ArraySlice<UInt8>) -> String {
        func isWhiteSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        var start = characters.startIndex
        var end = characters.endIndex
        while start < end, isWhiteSpace(characters[start]) { start += 1 }
        while end > start, isWhiteSpace(characters[end - 1]) { end -= 1 }
        return String(decoding: characters[start..<end], as: UTF8.self)
    }
    static func isAbbreviation(_ characters: ArraySlice<UInt8>) -> Bool {
        if characters.count == 1, ASCIIBytes.isUppercaseLetter(characters[characters.startIndex]) { return true }
        if characters.contains(0x2E) { return true }
        // No listed word is longer than `SentenceContext.longestAbbreviation` bytes.
        guard characters.count <= SentenceContext.longestAbbreviation else { return false }
        let word = String(unsafeUninitializedCapacity: characters.count) { buffer in
            for (offset, byte) in characters.enumerated() { buffer[offset] = ASCIIBytes.isUppercaseLetter(byte) ? byte | 0x20 : byte }
            return characters.count
        }
        return SentenceContext.abbreviations.contains(word)
    }
    var isSpace: Bool { self == 0x20 }
    var isPeriod: Bool { self == 0x2E }
    var isTerminator: Bool { self == 0x2E || self == 0x3F || self == 0x21 }
    var isCloser: Bool { self == 0x22 || self == 0x27 || self == 0x29 }
    var opensSentence: Bool { ASCIIBytes.isUppercaseLetter(self) || ASCIIBytes.isDigit(self) || self == 0x22 || self == 0x28 }
    var isNumeral: Bool { ASCIIBytes.isDigit(self) }
    var isASCIIDigit: Bool { ASCIIBytes.isDigit(self) }
    var isPeriodOrComma: Bool { self == 0x2E || self == 0x2C }
}
