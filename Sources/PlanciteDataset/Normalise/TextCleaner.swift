/// Final clean-up of text fields before they are written.
enum TextCleaner {
    /// Collapses runs of white space to one space and trims the ends.
    ///
    /// ASCII text (most text) is cleaned on its bytes, and returned as it is when already clean;
    /// other text by `Character`, so that every Unicode white space counts (see `cleanMixed`).
    static func clean(_ text: String) -> String {
        if let ascii = cleanASCII(text) { return ascii }
        return cleanMixed(text)
    }

    /// Cleans text with non-ASCII characters by `Character`: a `Character` is white space when its
    /// first scalar is. Only the `Character`s that hold a non-ASCII scalar are found by Swift's
    /// grapheme breaking; an ASCII byte followed by an ASCII byte (or a control character) is a
    /// `Character` of its own, except CR LF, which is white space either way. So is an ASCII byte or
    /// a plain scalar (see `plainScalarLength`) followed by an ASCII byte, a plain scalar or the end.
    static func cleanMixed(_ text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { output in
                // Runs of non-white-space `Character`s are copied whole, when the white space after them is found.
                var written = 0
                var pendingSpace = false
                var runStart = -1
                func endRun(at end: Int) {
                    guard runStart >= 0 else { return }
                    let run = UnsafeBufferPointer(rebasing: bytes[runStart..<end])
                    _ = UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(from: run)
                    written += run.count
                    runStart = -1
                }
                var offset = 0
                while offset < bytes.count {
                    // Inside a run, eight bytes of words of printable ASCII with single spaces between them,
                    // followed by an ASCII byte (or the end), extend it: a single space is written as it is.
                    if runStart >= 0 && offset + 8 <= bytes.count && (offset + 8 == bytes.count || bytes[offset + 8] < 0x80)
                        && isWordsOfPrintableASCII(UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)) {
                        offset += 8
                        continue
                    }
                    let byte = bytes[offset]
                    var length = 1
                    let isWhitespace: Bool
                    if byte < 0x80
                        && (offset + 1 == bytes.count || isASCIIControl(byte) || bytes[offset + 1] < 0x80
                            || plainScalarLength(bytes, at: offset + 1) > 0) {
                        isWhitespace = isASCIISpace(byte)
                    } else if byte >= 0x80, case let plain = plainScalarLength(bytes, at: offset), plain > 0,
                        offset + plain == bytes.count || bytes[offset + plain] < 0x80 || plainScalarLength(bytes, at: offset + plain) > 0 {
                        length = plain
                        isWhitespace = false
                    } else {
                        let utf8 = text.utf8
                        let start = utf8.index(utf8.startIndex, offsetBy: offset)
                        length = utf8.distance(from: start, to: text.index(after: start))
                        isWhitespace = byte < 0x80 ? isASCIISpace(byte) : text.unicodeScalars[start].properties.isWhitespace
                    }
                    if isWhitespace {
                        endRun(at: offset)
                        pendingSpace = written > 0
                    } else if runStart < 0 {
                        if pendingSpace {
                            output[written] = 0x20
                            written += 1
                        }
                        pendingSpace = false
                        runStart = offset
                    }
                    offset += length
                }
                endRun(at: bytes.count)
                return written
            }
        }
    }

    @inline(__always)
    private static func isASCIIControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }

    /// The length of the scalar at `offset` when it is a plain one, else 0: U+00A1–U+00FF but the soft
    /// hyphen (Latin-1 letters and signs) and U+2010–U+2027 (dashes, quotes, daggers, bullets, ellipsis).
    ///
    /// A plain scalar is not white space, and its grapheme break property is Other: it joins neither
    /// the scalar before it (it is not a mark or a joiner) nor the one after it unless that one is a
    /// mark or a joiner, which neither an ASCII character nor a plain scalar is.
    @inline(__always)
    private static func plainScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        guard offset + 1 < bytes.count else { return 0 }
        let second = bytes[offset + 1]
        switch bytes[offset] {
        case 0xC2: return second >= 0xA1 && second != 0xAD ? 2 : 0
        case 0xC3: return 2
        case 0xE2:
            guard second == 0x80, offset + 2 < bytes.count, (0x90...0xA7).contains(bytes[offset + 2]) else { return 0 }
            return 3
        default: return 0
        }
    }

    @inline(__always)
    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// Whether eight bytes are printable ASCII (0x20–0x7E) with no two spaces side by side and no
    /// space last (the first may be one).
    @inline(__always)
    private static func isWordsOfPrintableASCII(_ word: UInt64) -> Bool {
        guard word & highBits == 0, belowSpace(word) == 0, zeroBytes(word ^ (lowBits &* 0x7F)) == 0 else { return false }
        let spaces = zeroBytes(word ^ (lowBits &* 0x20))
        return spaces & (spaces << 8) == 0 && spaces >> 63 == 0
    }

    /// Each text cleaned; the array itself when every text already is (most lists: no copy).
    static func clean(_ texts: [String]) -> [String] {
        var cleaned = texts
        for index in texts.indices {
            let text = clean(texts[index])
            if text != texts[index] { cleaned[index] = text }
        }
        return cleaned
    }

    static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let cleaned = clean(text)
        return cleaned.isEmpty ? nil : cleaned
    }

    private static let lowBits: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that is zero (exact).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & ~highBits) &+ ~highBits) | word) & highBits
    }

    /// The high bit of each byte of an all-ASCII `word` below 0x20 (exact).
    @inline(__always)
    private static func belowSpace(_ word: UInt64) -> UInt64 {
        ~((word | highBits) &- lowBits &* 0x20) & highBits
    }

    /// The cleaned text when `text` is all ASCII, else nil.
    private static func cleanASCII(_ text: String) -> String? {
        // Read in place (native and small strings): a copy to call `withUTF8` on costs a retain and a release.
        if let cleaned = text.utf8.withContiguousStorageIfAvailable({ cleanASCII(text, utf8: $0) }) { return cleaned }
        var utf8 = text
        return utf8.withUTF8 { cleanASCII(text, utf8: $0) }
    }

    /// `cleanASCII(_:)` given the text's bytes.
    @inline(__always)
    private static func cleanASCII(_ text: String, utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var needsWork = false
        var previousWasSpace = true  // white space at the start must go
        var index = 0
        while index < bytes.count {
            // Eight bytes at a time while they hold no control character (tabs and line breaks among them).
            if index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                if word & highBits != 0 { return nil }
                if belowSpace(word) == 0 {
                    let spaces = zeroBytes(word ^ (lowBits &* 0x20))
                    // Two spaces in a row, in the word or across its start (a space at the very start too).
                    if spaces & (spaces << 8) != 0 || (previousWasSpace && spaces & 0x80 != 0) { needsWork = true }
                    previousWasSpace = spaces >> 63 != 0
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte >= 0x80 { return nil }
            let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            if isSpace && (previousWasSpace || byte != 0x20) { needsWork = true }
            previousWasSpace = isSpace
            index += 1
        }
        if !needsWork && !previousWasSpace { return text }
        if bytes.isEmpty { return text }
        return String(unsafeUninitializedCapacity: bytes.count) { output in
            var written = 0
            var pendingSpace = false
            for byte in bytes {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = written > 0
                } else {
                    if pendingSpace {
                        output[written] = 0x20
                        written += 1
                    }
                    pendingSpace = false
                    output[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}
