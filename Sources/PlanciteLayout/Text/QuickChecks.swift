import PlanciteCore

/// Cheap byte-level tests that rule text out before a slower exact test runs.
///
/// Each function is a necessary condition of the exact test it guards: when it says no, the exact
/// test would say no too, so callers skip it without changing any result.
enum QuickChecks {
    /// True for the ASCII letters of Roman numerals, `ivxlcdm` in either case.
    static func isRomanLetter(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {  // ASCII letters to lowercase; no other byte lands on these
        case UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x"), UInt8(ascii: "l"),
            UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "m"):
            true
        default:
            false
        }
    }

    /// False when `text` cannot be a Roman numeral (`RomanNumeral.value(of:)` would be nil): such
    /// numerals are made of the ASCII letters `ivxlcdm` in either case only.
    static func mayBeRoman(_ text: some StringProtocol) -> Bool {
        !text.utf8.isEmpty && text.utf8.allSatisfy(isRomanLetter)
    }

    /// `RomanNumeral.value(of:)`, skipped for text that cannot be one.
    static func romanValue(of text: some StringProtocol) -> Int? {
        mayBeRoman(text) ? RomanNumeral.value(of: text) : nil
    }

    /// True when the last scalar of `text` is one of `scalars` (a necessary condition for the last
    /// character to be one of them).
    static func lastScalar(of text: String, isIn scalars: String) -> Bool {
        // An ASCII last byte is the last scalar; it is one of `scalars` exactly when it is one of
        // their bytes (no byte of a multi-byte sequence is ASCII).
        guard let lastByte = text.utf8.withContiguousStorageIfAvailable({ $0.last }) ?? text.utf8.last else { return false }
        if lastByte < 0x80 {
            return scalars.utf8.withContiguousStorageIfAvailable { $0.contains(lastByte) } ?? scalars.utf8.contains(lastByte)
        }
        guard let last = text.unicodeScalars.last else { return false }
        return scalars.unicodeScalars.contains(last)
    }
}
