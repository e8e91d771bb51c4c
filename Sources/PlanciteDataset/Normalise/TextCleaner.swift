/// Final clean-up of text fields before they are written.
enum TextCleaner {
    /// Collapses runs of white space to one space and trims the ends.
    ///
    /// ASCII text (most text) is cleaned on its bytes, and returned as it is when already clean;
    /// other text by `Character`, so that every Unicode white space counts (a `Character` is white
    /// space when its first scalar is, so an ASCII-led one is tested on its first byte).
    static func clean(_ text: String) -> String {
        if let ascii = cleanASCII(text) { return ascii }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            let utf8 = character.utf8
            let first = utf8[utf8.startIndex]
            let isWhitespace = first < 0x80 ? isASCIISpace(first) : character.isWhitespace
            if isWhitespace {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(contentsOf: utf8)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    @inline(__always)
    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let cleaned = clean(text)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// The cleaned text when `text` is all ASCII, else nil.
    private static func cleanASCII(_ text: String) -> String? {
        var utf8 = text
        return utf8.withUTF8 { bytes -> String? in
            var needsWork = false
            var previousWasSpace = true  // white space at the start must go
            for byte in bytes {
                if byte >= 0x80 { return nil }
                let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                if isSpace && (previousWasSpace || byte != 0x20) { needsWork = true }
                previousWasSpace = isSpace
            }
            if !needsWork && !previousWasSpace { return text }
            if bytes.isEmpty { return text }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = !output.isEmpty
                } else {
                    if pendingSpace { output.append(0x20) }
                    pendingSpace = false
                    output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
