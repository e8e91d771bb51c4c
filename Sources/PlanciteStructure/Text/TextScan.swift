import Foundation
import PlanciteCore

/// Byte-level forms of the `String`, `Character` and Foundation calls the parsers make most.
///
/// Each returns what the call it stands for returns. On ASCII text a byte is a character and its
/// case and class are plain; any other text (where grapheme clusters, canonical equivalence or
/// Unicode properties come in) is handed to that call.
enum TextScan {
    /// `text.contains(where: \.isLetter)`.
    static func containsLetter(_ text: String) -> Bool {
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { return true }
        }
        return ascii ? false : text.contains(where: \.isLetter)
    }

    /// `text.count`: on ASCII text without a carriage return, one character per byte.
    static func characterCount(_ text: String) -> Int {
        text.hasOneCharacterPerByte ? text.utf8.count : text.count
    }

    /// `text.split(separator: " ").count`.
    static func wordCount(_ text: some StringProtocol) -> Int {
        let counted = text.utf8.withContiguousStorageIfAvailable { asciiWordCount($0) } ?? asciiWordCount(text.utf8)
        return counted ?? text.split(separator: " ").count
    }

    /// Words of ASCII bytes split at spaces, counted up to `cap`; nil at the first byte that is not ASCII.
    private static func asciiWordCount(_ bytes: some Sequence<UInt8>, cap: Int = .max) -> Int? {
        var count = 0
        var inWord = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= cap { return cap }
            }
        }
        return count
    }

    /// `text.split(separator: " ").filter { $0.filter(\.isLetter).count >= letters }.count >= words`:
    /// read by bytes while they are ASCII (stopping once enough words are found).
    static func hasWords(_ text: String, atLeast words: Int, withLetters letters: Int) -> Bool {
        let read = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var found = 0
            var wordLetters = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == 0x20 {
                    if wordLetters >= letters {
                        found += 1
                        // Every byte so far is ASCII: the words found are words of the character split.
                        if found >= words { return true }
                    }
                    wordLetters = 0
                } else if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                    wordLetters += 1
                }
            }
            if wordLetters >= letters { found += 1 }
            return found >= words
        }
        if let read, let result = read { return result }
        return text.split(separator: " ").filter { $0.filter(\.isLetter).count >= letters }.count >= words
    }

    /// `min(wordCount(text), cap)`: ASCII bytes are read only until the words reach `cap` (the
    /// words counted up to there are words of the split: every byte read is ASCII).
    static func wordCount(_ text: String, atMost cap: Int) -> Int {
        if let counted = text.utf8.withContiguousStorageIfAvailable({ asciiWordCount($0, cap: cap) }), let count = counted {
            return count
        }
        return min(wordCount(text), cap)
    }

    /// `text.range(of: pattern, range: start..<text.endIndex)` (Foundation).
    static func firstRange(of pattern: String, in text: String, from start: String.Index) -> Range<String.Index>? {
        guard isPlain(pattern), text.isASCII else { return text.range(of: pattern, range: start..<text.endIndex) }
        return search(pattern, in: text, from: start)
    }

    /// `firstRange(of:in:from:)` when the caller knows whether the text is ASCII.
    static func firstRange(of pattern: String, in text: String, from start: String.Index, isASCII: Bool)
        -> Range<String.Index>?
    {
        guard isPlain(pattern), isASCII else { return text.range(of: pattern, range: start..<text.endIndex) }
        return search(pattern, in: text, from: start)
    }

    /// `firstRange(of:in:)` when the caller knows whether the text is ASCII.
    static func firstRange(of pattern: String, in text: String, isASCII: Bool) -> Range<String.Index>? {
        guard isPlain(pattern), isASCII else { return text.range(of: pattern) }
        return search(pattern, in: text, from: text.startIndex)
    }

    /// `text.range(of: pattern)` (Foundation).
    static func firstRange(of pattern: String, in text: String) -> Range<String.Index>? {
        guard isPlain(pattern), text.isASCII else { return text.range(of: pattern) }
        return search(pattern, in: text, from: text.startIndex)
    }

    /// `text.contains(pattern)` (Foundation: false for an empty pattern).
    static func contains(_ pattern: String, in text: String) -> Bool {
        guard isPlain(pattern), text.isASCII else { return text.contains(pattern) }
        return search(pattern, in: text, from: text.startIndex) != nil
    }

    /// True for a pattern of printable ASCII that is not empty: in ASCII text, it matches where its
    /// bytes do (no `\r\n` character can straddle a match).
    private static func isPlain(_ pattern: String) -> Bool {
        !pattern.isEmpty
            && (pattern.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
                ?? pattern.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F })
    }

    private static func search(_ pattern: String, in text: String, from start: String.Index) -> Range<String.Index>? {
        // Over the contiguous bytes (the usual case): offsets, turned into indices once found.
        let utf8 = text.utf8
        let offset = utf8.distance(from: utf8.startIndex, to: start)
        let found = utf8.withContiguousStorageIfAvailable { bytes in
            pattern.utf8.withContiguousStorageIfAvailable { needle in search(needle, in: bytes, from: offset) }
        }
        if let found, let found {
            guard let lower = found else { return nil }
            let lowerIndex = utf8.index(utf8.startIndex, offsetBy: lower)
            return lowerIndex..<utf8.index(lowerIndex, offsetBy: pattern.utf8.count)
        }
        return searchByIndex(pattern, in: text, from: start)
    }

    /// The offset of the first match of a non-empty needle at or after `start`, or nil.
    private static func search(_ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
        -> Int?
    {
        let count = needle.count
        guard count > 0, bytes.count >= count, start <= bytes.count - count else { return nil }
        let first = needle[0]
        var candidate = start
        while candidate <= bytes.count - count {
            if bytes[candidate] == first {
                var offset = 1
                while offset < count, bytes[candidate + offset] == needle[offset] { offset += 1 }
                if offset == count { return candidate }
            }
            candidate += 1
        }
        return nil
    }

    private static func searchByIndex(_ pattern: String, in text: String, from start: String.Index)
        -> Range<String.Index>?
    {
        let bytes = text.utf8
        let needle = pattern.utf8
        let first = needle.first!
        var candidate = start
        while let found = bytes[candidate...].firstIndex(of: first) {
            var index = found
            var rest = needle.startIndex
            while rest < needle.endIndex, index < bytes.endIndex, bytes[index] == needle[rest] {
                bytes.formIndex(after: &index)
                needle.formIndex(after: &rest)
            }
            if rest == needle.endIndex { return found..<index }
            candidate = bytes.index(after: found)
        }
        return nil
    }
}
