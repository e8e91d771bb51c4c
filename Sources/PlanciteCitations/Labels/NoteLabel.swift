import PlanciteCore

/// A note label as printed: arabic `1`…`999`, lowercase roman `i`…`xl`, or a symbol.
///
/// Grammar (after `normalising` strips one surrounding `[ ]` and a trailing `.` or `)`):
/// ```
/// label  := arabic | roman | symbol
/// arabic := [1-9][0-9]{0,2}
/// roman  := canonical lowercase numeral of 1...40
/// symbol := ("*" | "†" | "‡" | "§" | "‖" | "¶"){1,3}   -- one symbol repeated: `**` is the 7th
/// ```
public struct NoteLabel: Sendable, Hashable, CustomStringConvertible {
    /// Which numbering system a label belongs to.
    public enum Style: String, Sendable, Hashable, Codable {
        case arabic
        case roman
        case symbol
    }

    /// The label as it is stored (`12`, `iv`, `**`).
    public let text: String
    public let style: Style
    /// 1-based position in its numbering sequence (`iv` → 4, `†` → 2, `**` → 7).
    public let value: Int

    /// The symbols in the order Chicago uses them.
    public static let symbols: [Character] = ["*", "†", "‡", "§", "‖", "¶"]

    /// Parses a bare label (no brackets, no trailing dot); nil when it is not one.
    public init?(_ raw: some StringProtocol) {
        if let arabic = NoteLabel.asciiNumber(raw) {
            // One to four ASCII digits: arabic when 1...999 without a leading zero, as below.
            guard raw.utf8.first != 0x30, (1...999).contains(arabic) else { return nil }
            self.init(text: String(raw), style: .arabic, value: arabic)
            return
        }
        if raw.hasOneCharacterPerByte {
            self.init(oneCharacterPerByte: raw)
            return
        }
        let text = String(raw)
        guard !text.isEmpty, text.count <= 4 else { return nil }
        if text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) {
            guard text.first != "0", let number = Int(text), (1...999).contains(number) else { return nil }
            self.init(text: text, style: .arabic, value: number)
        } else if text.allSatisfy({ "ivxl".contains($0) }) {
            guard let number = RomanNumeral.value(of: text), (1...40).contains(number) else { return nil }
            self.init(text: text, style: .roman, value: number)
        } else if let first = text.first, let index = NoteLabel.symbols.firstIndex(of: first),
            text.count <= 3, text.allSatisfy({ $0 == first })
        {
            self.init(text: text, style: .symbol, value: index + 1 + NoteLabel.symbols.count * (text.count - 1))
        } else if text == "||" {
            self.init(text: "‖", style: .symbol, value: 5)
        } else {
            return nil
        }
    }

    /// `init?(_:)` of a text that is not one to four ASCII digits, with one character per byte:
    /// bytes are characters, and the only ASCII symbol is `*`.
    private init?(oneCharacterPerByte raw: some StringProtocol) {
        let utf8 = raw.utf8
        let count = utf8.count
        guard count >= 1, count <= 4 else { return nil }
        if utf8.allSatisfy({ $0 == 0x69 || $0 == 0x76 || $0 == 0x78 || $0 == 0x6C }) {  // i v x l
            let text = String(raw)
            guard let number = RomanNumeral.value(of: text), (1...40).contains(number) else { return nil }
            self.init(text: text, style: .roman, value: number)
        } else if utf8.allSatisfy({ $0 == 0x2A }) {  // *
            guard count <= 3 else { return nil }
            self.init(text: String(raw), style: .symbol, value: 1 + NoteLabel.symbols.count * (count - 1))
        } else if count == 2, utf8.allSatisfy({ $0 == 0x7C }) {  // ||
            self.init(text: "‖", style: .symbol, value: 5)
        } else {
            return nil
        }
    }

    /// The value of a text of one to four ASCII digits; nil for any other text.
    private static func asciiNumber(_ raw: some StringProtocol) -> Int? {
        var value = 0
        var count = 0
        for byte in raw.utf8 {
            guard byte &- 0x30 < 10, count < 4 else { return nil }
            value = value * 10 + Int(byte &- 0x30)
            count += 1
        }
        return count == 0 ? nil : value
    }

    /// A label whose text, style and value the caller has checked.
    init(text: String, style: Style, value: Int) {
        self.text = text
        self.style = style
        self.value = value
    }

    /// Parses a label as printed before a note: `1`, `1.`, `1)`, `[1]`, `i.`, `*`.
    public static func normalising(_ raw: some StringProtocol) -> NoteLabel? {
        // Most words tried are no label: an ASCII first byte that starts none (a letter other than
        // `i` `v` `x` `l`, most punctuation) says so at once. No other character is canonically
        // equivalent to a character that starts with such a byte.
        if let first = raw.utf8.first, first < 0x80, !mayStartLabel(first) { return nil }
        // Of the texts that start with another scalar, only those starting with a label symbol
        // (`§` `¶` `‖` `†` `‡`) may be labels: no other character is canonically equivalent to these.
        if let first = raw.utf8.first, first >= 0x80, !startsWithLabelSymbol(raw.utf8) { return nil }
        return normalisingInFull(raw)
    }

    /// True when the UTF-8 starts with `§` (`C2 A7`), `¶` (`C2 B6`), `‖` (`E2 80 96`), `†` (`E2 80 A0`)
    /// or `‡` (`E2 80 A1`).
    static func startsWithLabelSymbol(_ utf8: some Collection<UInt8>) -> Bool {
        var bytes = utf8.makeIterator()
        switch bytes.next() {
        case 0xC2:
            let second = bytes.next()
            return second == 0xA7 || second == 0xB6
        case 0xE2:
            guard bytes.next() == 0x80 else { return false }
            let third = bytes.next()
            return third == 0x96 || third == 0xA0 || third == 0xA1
        default:
            return false
        }
    }

    /// An ASCII byte a label or its bracket may start with: a digit, `i` `v` `x` `l`, `*`, `|`, `[`.
    private static func mayStartLabel(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x69, 0x76, 0x78, 0x6C, 0x2A, 0x7C, 0x5B: return true
        default: return false
        }
    }

    /// `normalising` without the test of the first byte.
    static func normalisingInFull(_ raw: some StringProtocol) -> NoteLabel? {
        if let label = normalisingASCII(raw) { return label }
        return normalisingByCharacters(raw)
    }

    /// The rule of `normalising`, read by characters: one surrounding `[ ]` or a trailing `.` `)` `:`
    /// dropped, then a bare label.
    static func normalisingByCharacters(_ raw: some StringProtocol) -> NoteLabel? {
        var text = Substring(raw)
        if text.hasPrefix("["), text.hasSuffix("]"), text.count > 2 {
            text = text.dropFirst().dropLast()
        } else if let last = text.last, last == "." || last == ")" || last == ":", text.count > 1 {
            text = text.dropLast()
        }
        return NoteLabel(text)
    }

    /// `normalising` of an ASCII text without `\r` (each byte a character), read from its bytes:
    /// nil for any other text, or `.some(nil)` when the text is no label.
    private static func normalisingASCII(_ raw: some StringProtocol) -> NoteLabel?? {
        // Arabic labels, the common case, read from the contiguous bytes.
        let fromDigits: NoteLabel??? = raw.utf8.withContiguousStorageIfAvailable(normalisingDigits)
        if case .some(.some(let decided)) = fromDigits { return .some(decided) }
        let text = Substring(raw)
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last, text.hasOneCharacterPerByte else { return nil }
        let count = utf8.count
        var start = utf8.startIndex
        var end = utf8.endIndex
        if first == 0x5B, last == 0x5D, count > 2 {  // [ … ]
            start = utf8.index(after: start)
            end = utf8.index(before: end)
        } else if last == 0x2E || last == 0x29 || last == 0x3A, count > 1 {  // . ) :
            end = utf8.index(before: end)
        }
        let label: NoteLabel? = NoteLabel(text[start..<end])
        return .some(label)
    }

    /// `normalisingASCII` of a text whose label part (after one surrounding `[ ]` or a trailing `.`
    /// `)` `:` is dropped) is one to four ASCII digits: such a text is ASCII without `\r`, and its
    /// label is arabic when 1...999 without a leading zero. nil for every other text.
    static func normalisingDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> NoteLabel?? {
        guard let first = bytes.first, let last = bytes.last else { return nil }
        var start = 0
        var end = bytes.count
        if first == 0x5B, last == 0x5D, bytes.count > 2 {  // [ … ]
            start = 1
            end -= 1
        } else if last == 0x2E || last == 0x29 || last == 0x3A, bytes.count > 1 {  // . ) :
            end -= 1
        }
        guard end - start >= 1, end - start <= 4 else { return nil }
        var value = 0
        for index in start..<end {
            guard ASCIIBytes.isDigit(bytes[index]) else { return nil }
            value = value * 10 + Int(bytes[index] &- 0x30)
        }
        guard bytes[start] != 0x30, (1...999).contains(value) else { return .some(nil) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return .some(NoteLabel(text: text, style: .arabic, value: value))
    }

    /// The label that follows this one in its sequence, or nil past the end.
    public var successor: NoteLabel? { NoteLabel.label(style: style, value: value + 1) }

    /// The label with a given style and value (`arabic`, 3 → `3`).
    public static func label(style: Style, value: Int) -> NoteLabel? {
        guard value >= 1 else { return nil }
        switch style {
        case .arabic:
            return NoteLabel(String(value))
        case .roman:
            return value <= 40 ? NoteLabel(RomanNumeral.lowercase(value)) : nil
        case .symbol:
            let symbol = symbols[(value - 1) % symbols.count]
            let repeats = (value - 1) / symbols.count + 1
            return repeats <= 3 ? NoteLabel(String(repeating: symbol, count: repeats)) : nil
        }
    }

    public var description: String { text }
}
