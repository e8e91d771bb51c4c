/// Final clean-up of text fields before they are written.
enum TextCleaner {
    /// Collapses runs of white space to one space and trims the ends.
    ///
    /// ASCII text (most text) is cleaned on its bytes, and returned as it is when already clean;
    /// other text by `Character`, so that every Unicode white space counts.
    static func clean(_ text: String) -> String {
        if let ascii = cleanASCII(text) { return ascii }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

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
