/// Reads a numbered work line such as `3.1 Develop a guide (DOJ, HHS)`.
///
/// Grammar, over white-space separated words:
/// ```
/// item    := number separator? text
/// number  := digits "." digits ("." digits)* "."?     — at least two components; or, when
///            `allowSingle`, also digits "."? (`3.` `3`)
/// separator := ":" | ")" | "—" | "–" | "-"           (glued to the number or standing alone)
/// text    := a word starting with a capital letter, a digit or a quote, then anything
/// ```
/// A list marker the layout stage already split off is passed as `marker`; the text is then the
/// whole block text.
public struct NumberedItemParser {
    public struct Item: Sendable, Equatable {
        public var number: NumberLabel
        public var text: String
    }

    private var cursor: WordCursor
    private let marker: String?

    public init(_ text: String, marker: String? = nil) {
        self.cursor = WordCursor(text)
        self.marker = marker
    }

    /// Reads an item from the text, skipping texts whose number cannot start with a digit.
    static func parse(_ text: String, marker: String? = nil) -> Item? {
        guard mayStartWithDigit(marker ?? text, skippingSpaces: marker == nil) else { return nil }
        switch asciiRead(text, marker: marker) {
        case .item(let item): return item
        case .noItem: return nil
        case .notASCII:
            var parser = NumberedItemParser(text, marker: marker)
            return parser.parse()
        }
    }

    /// What `asciiRead` found.
    enum ASCIIRead: Equatable {
        case item(Item)
        case noItem
        /// A byte that `asciiRead` must read is not ASCII: the text needs the word cursor.
        case notASCII
    }

    /// `parse()` read byte by byte, when the bytes it must read (the number, the separators, the
    /// first character of the text and the byte after it) are ASCII: a byte is then a character,
    /// white space is ` ` and `\t`…`\r`, and no scalar joins the initial.
    static func asciiRead(_ text: String, marker: String?) -> ASCIIRead {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> ASCIIRead in
            let count = bytes.count
            /// The end of the word that starts at `start`, or nil when the word holds a byte outside ASCII.
            func wordEnd(from start: Int) -> Int? {
                var end = start
                while end < count, !isSpace(bytes[end]) {
                    if bytes[end] >= 0x80 { return nil }
                    end += 1
                }
                return end
            }
            func skipSpaces(from start: Int) -> Int? {
                var index = start
                while index < count, isSpace(bytes[index]) { index += 1 }
                return index
            }
            var position: Int
            let number: NumberLabel
            if let marker {
                let label = marker.utf8.withContiguousStorageIfAvailable { asciiNumber($0) }
                    ?? Array(marker.utf8).withUnsafeBufferPointer { asciiNumber($0) }
                guard let label else {
                    return marker.utf8.contains { $0 >= 0x80 || $0 == 0x0D } ? .notASCII : .noItem
                }
                number = label
                position = 0
            } else {
                guard let start = skipSpaces(from: 0), start < count else { return .noItem }
                guard let end = wordEnd(from: start) else { return .notASCII }
                guard let label = asciiNumber(UnsafeBufferPointer(rebasing: bytes[start..<end])) else {
                    return .noItem
                }
                number = label
                position = end
            }
            // Separator words: `—` and `–` are not ASCII.
            while true {
                guard let start = skipSpaces(from: position), start < count else { return .noItem }
                guard let end = wordEnd(from: start) else { return .notASCII }
                let length = end - start
                let byte = bytes[start]
                if length == 1 && (byte == 0x2D || byte == 0x3A || byte == 0x29) {
                    position = end
                    continue
                }
                position = start
                break
            }
            let initial = bytes[position]
            if position + 1 < count, bytes[position + 1] >= 0x80 { return .notASCII }
            guard (initial >= 0x41 && initial <= 0x5A) || (initial >= 0x30 && initial <= 0x39) || initial == 0x22
                || initial == 0x27
            else { return .noItem }
            let rest = String(decoding: UnsafeBufferPointer(rebasing: bytes[position...]), as: UTF8.self)
            return .item(Item(number: number, text: rest))
        }
        return found ?? .notASCII
    }

    /// The number of `parse()` (not `allowSingle`) from an ASCII word: nil when the word is not
    /// ASCII without a carriage return, or does not read as a number of two components or more.
    private static func asciiNumber(_ word: UnsafeBufferPointer<UInt8>) -> NumberLabel? {
        var end = word.count
        for byte in word where byte >= 0x80 || byte == 0x0D { return nil }
        while end > 0, word[end - 1] == 0x3A || word[end - 1] == 0x29 { end -= 1 }
        guard end > 0, word[0] >= 0x30 && word[0] <= 0x39,
            let number = NumberLabel.parse(asciiDigits: UnsafeBufferPointer(rebasing: word[..<end])),
            number.components.count >= 2, number.components.allSatisfy({ $0 < 1000 })
        else { return nil }
        return number
    }

    /// False when the first character (after white space, if asked) is surely no ASCII digit.
    static func mayStartWithDigit(_ text: String, skippingSpaces: Bool) -> Bool {
        for byte in text.utf8 {
            if skippingSpaces && (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) { continue }
            return byte >= 0x80 || (byte >= 0x30 && byte <= 0x39)
        }
        return false
    }

    static let separators: Set<String> = ["—", "–", "-", ":", ")"]

    public mutating func parse(allowSingle: Bool = false) -> Item? {
        let numberText: String
        if let marker {
            numberText = marker
        } else {
            guard let word = cursor.current else { return nil }
            numberText = word.text
            cursor.advance()
        }
        var raw = Substring(numberText)
        while let last = raw.last, last == ":" || last == ")" { raw = raw.dropLast() }
        guard let first = raw.first, first.isASCII, first.isNumber,
            let number = NumberLabel.parse(raw), number.components.allSatisfy({ $0 < 1000 })
        else { return nil }
        guard number.components.count >= 2 || allowSingle else { return nil }
        if number.components.count == 1 && raw.count > 4 { return nil }
        while let word = cursor.current, NumberedItemParser.separators.contains(word.text) { cursor.advance() }
        let text = cursor.rest
        guard let initial = text.first, initial.isUppercase || initial.isNumber || initial == "\"" || initial == "'"
        else { return nil }
        return Item(number: number, text: text)
    }
}
