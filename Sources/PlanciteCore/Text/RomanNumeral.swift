/// Converts between integers and Roman numerals (I–MMMCMXCIX), in either case.
public enum RomanNumeral {
    private static let table: [(value: Int, symbol: String)] = [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ]

    /// The value of a canonical Roman numeral such as `xiv` or `XIV`; nil for anything else.
    public static func value(of text: some StringProtocol) -> Int? {
        let lower = text.lowercased()
        guard !lower.isEmpty, lower.allSatisfy({ "ivxlcdm".contains($0) }) else { return nil }
        var remaining = Substring(lower)
        var total = 0
        for (value, symbol) in table {
            var repeats = 0
            while remaining.hasPrefix(symbol) {
                total += value
                remaining = remaining.dropFirst(symbol.count)
                repeats += 1
                if repeats > 3 { return nil }
            }
        }
        guard remaining.isEmpty, total > 0 else { return nil }
        // Reject non-canonical spellings such as "iiii" or "vx".
        return lowercase(total) == lower ? total : nil
    }

    /// The lowercase Roman numeral for 1...3999.
    public static func lowercase(_ number: Int) -> String {
        precondition(number > 0 && number < 4000, "Roman numerals cover 1...3999")
        var remaining = number
        var result = ""
        for (value, symbol) in table {
            while remaining >= value {
                result += symbol
                remaining -= value
            }
        }
        return result
    }
}
