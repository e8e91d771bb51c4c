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
        var parser = NumberedItemParser(text, marker: marker)
        return parser.parse()
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
