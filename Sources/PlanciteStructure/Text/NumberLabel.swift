import PlanciteCore

/// A level number as printed (`3`, `1.2`, `IV`, `One`) and its value.
public struct NumberLabel: Sendable, Hashable, Codable {
    /// The number in arabic digits, components joined by dots (`IV` → `4`, `1.2` → `1.2`).
    public var text: String
    public var components: [Int]

    public init(components: [Int]) {
        self.components = components
        self.text = NumberLabel.text(of: components)
    }

    /// `components.map(String.init).joined(separator: ".")`, digits written straight into the
    /// string when every component is in 0…9999.
    static func text(of components: [Int]) -> String {
        var length = components.count - 1
        for component in components {
            guard component >= 0 && component < 10_000 else { return components.map(String.init).joined(separator: ".") }
            length += component < 10 ? 1 : component < 100 ? 2 : component < 1000 ? 3 : 4
        }
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var end = 0
            for index in components.indices {
                if index > 0 {
                    buffer[end] = 0x2E
                    end += 1
                }
                var value = components[index]
                let digits = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : 4
                end += digits
                for position in stride(from: end - 1, through: end - digits, by: -1) {
                    buffer[position] = 0x30 + UInt8(value % 10)
                    value /= 10
                }
            }
            return end
        }
    }

    /// The first component.
    public var leading: Int { components.first ?? 0 }

    /// The number with its last component removed (`1.2.3` → `1.2`), or nil for a single component.
    public var parent: NumberLabel? {
        components.count > 1 ? NumberLabel(components: Array(components.dropLast())) : nil
    }

    private static let words = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ]

    /// Reads `3`, `1.2`, `1.1.1` (a trailing dot allowed), a Roman numeral, or a number word.
    ///
    /// Roman numerals are accepted all upper or all lower case only, so words such as `Mix`
    /// are not read as numbers.
    public static func parse(_ raw: some StringProtocol) -> NumberLabel? {
        // ASCII starting with a digit (the usual number), read from the contiguous bytes.
        var handled = false
        let read = raw.utf8.withContiguousStorageIfAvailable { bytes -> NumberLabel? in
            guard let first = bytes.first, first >= 0x30 && first <= 0x39, !bytes.contains(where: { $0 >= 0x80 })
            else { return nil }
            handled = true
            return parse(asciiDigits: bytes)
        }
        if handled { return read ?? nil }
        var text = Substring(raw)
        while let last = text.last, last == "." { text = text.dropLast() }
        guard !text.isEmpty else { return nil }
        if let first = text.utf8.first, first >= 0x30 && first <= 0x39, text.isASCII {
            return asciiNumber(text.utf8)
        }
        if text.first!.isASCII && text.first!.isNumber {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            var components: [Int] = []
            for part in parts {
                guard !part.isEmpty, part.count <= 4, part.allSatisfy({ $0.isASCII && $0.isNumber }),
                    let value = Int(part)
                else { return nil }
                components.append(value)
            }
            return NumberLabel(components: components)
        }
        if let index = words.firstIndex(of: text.lowercased()) {
            return NumberLabel(components: [index + 1])
        }
        if text == text.uppercased() || text == text.lowercased(), let value = RomanNumeral.value(of: text) {
            return NumberLabel(components: [value])
        }
        return nil
    }

    /// `parse` for ASCII bytes that start with a digit: trailing dots dropped, then digits and
    /// dots read as `asciiNumber` reads them.
    static func parse(asciiDigits bytes: UnsafeBufferPointer<UInt8>) -> NumberLabel? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x2E { end -= 1 }
        return asciiNumber(UnsafeBufferPointer(rebasing: bytes[..<end]))
    }

    /// Reads ASCII digits and dots, as `parse` reads them character by character.
    private static func asciiNumber(_ bytes: some Sequence<UInt8>) -> NumberLabel? {
        var components: [Int] = []
        var value = 0
        var digits = 0
        for byte in bytes {
            if byte == 0x2E {
                guard digits > 0 else { return nil }
                components.append(value)
                value = 0
                digits = 0
            } else if byte >= 0x30 && byte <= 0x39, digits < 4 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        components.append(value)
        return NumberLabel(components: components)
    }
}
