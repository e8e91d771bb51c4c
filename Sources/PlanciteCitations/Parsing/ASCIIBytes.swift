import Foundation

/// Byte tests behind the ASCII fast paths of the note parsers.
///
/// A fast path decides from UTF-8 bytes only where the answer cannot differ from the
/// `Character`-based slow path (for example: a string whose last byte is a letter cannot end in
/// punctuation); everything else goes the slow way.
enum ASCIIBytes {
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    static func isUppercaseLetter(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    /// A trailing byte `core` drops: `. , ; : ) ] " '`.
    static func isTrailingCorePunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x29, 0x5D, 0x22, 0x27: return true
        default: return false
        }
    }

    /// True when each Unicode scalar of the text is a `Character` of its own (a `\r\n` pair aside):
    /// no scalar from U+0300 on except the dashes, quotes and other punctuation of U+2010–U+2027
    /// and U+2030–U+205E, none of which joins a neighbour in a grapheme cluster.
    static func isGraphemeSimple(_ text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isGraphemeSimple(utf8:))
            ?? text.unicodeScalars.allSatisfy { $0.value < 0x300 || isPunctuation($0) }
    }

    /// `isGraphemeSimple` read from valid UTF-8: lead bytes below `0xCC` start scalars below U+0300;
    /// three-byte scalars are decoded for the punctuation test; longer ones are never simple.
    private static func isGraphemeSimple(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            // Eight ASCII bytes at a time (no byte with its high bit set).
            if index + 8 <= bytes.count, let base = bytes.baseAddress,
                UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0xCC {
                index += 1  // ASCII, a continuation byte, or the lead of U+0080–U+02FF
                continue
            }
            guard byte & 0xF0 == 0xE0, index + 2 < bytes.count else { return false }
            let value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            guard (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) else { return false }
            index += 3
        }
        return true
    }

    /// A scalar of U+2010–U+2027 or U+2030–U+205E: dashes, quotes, bullets and other punctuation
    /// that has no case and joins no neighbour in a grapheme cluster.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        (0x2010...0x2027).contains(scalar.value) || (0x2030...0x205E).contains(scalar.value)
    }

    /// True when an ASCII digit byte is followed by a `.` byte (`7.`), as in a label glued to text.
    static func hasDigitBeforePeriod(_ text: some StringProtocol) -> Bool {
        var afterDigit = false
        for byte in text.utf8 {
            if byte == 0x2E && afterDigit { return true }
            afterDigit = isDigit(byte)
        }
        return false
    }

    /// An ASCII text with `A`–`Z` lowercased.
    static func lowercased(_ text: String) -> String {
        guard contains(text, where: isUppercaseLetter) else { return text }
        // Read from the contiguous bytes (iterating a `String.UTF8View` costs several times more).
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for index in bytes.indices { buffer[index] = isUppercaseLetter(bytes[index]) ? bytes[index] | 0x20 : bytes[index] }
                return bytes.count
            }
        }
    }

    /// True when the text holds the byte (a search over its contiguous UTF-8 when it has one).
    static func contains(_ text: String, byte: UInt8) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { firstOffset(of: byte, in: $0) != nil } ?? text.utf8.contains(byte)
    }

    /// The offset of the first `byte` in the bytes (`firstIndex(of:)`, by `memchr`).
    static func firstOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, !bytes.isEmpty,
            let found = memchr(base, Int32(byte), bytes.count)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// True when some byte of the text passes the test (read from its contiguous UTF-8 when it has
    /// one: iterating a `String.UTF8View` costs several times more per byte).
    /// Inlined so that the test is compiled into the loop (not called once per byte).
    @inline(__always)
    static func contains(_ text: String, where test: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? text.utf8.contains(where: test)
    }

    /// True when the bytes of `needle` occur contiguously in `text`.
    static func contains(_ text: some StringProtocol, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count >= pattern.count else { return false }
            guard let first = pattern.first else { return true }
            for start in 0...(bytes.count - pattern.count) where bytes[start] == first {
                var offset = 1
                while offset < pattern.count, bytes[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(search) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(search)
    }
}

extension Substring {
    /// `firstIndex(of: Character(scalar))`; a scalar search when the text is grapheme-simple
    /// (`ASCIIBytes.isGraphemeSimple`), where each scalar other than `\r`, `\n` is a character.
    func firstIndex(ofScalar scalar: Unicode.Scalar, simple: Bool) -> String.Index? {
        guard simple else { return firstIndex(of: Character(scalar)) }
        // The first match of the scalar's UTF-8 bytes starts that scalar (UTF-8 is self-synchronising).
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            guard let offset = utf8.withContiguousStorageIfAvailable({ ASCIIBytes.firstOffset(of: byte, in: $0) }) else {
                return utf8.firstIndex(of: byte)
            }
            return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
        }
        let pattern = scalar.utf8
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            // Each lead byte found by `memchr`, then the rest compared.
            var start = 0
            while bytes.count - start >= pattern.count {
                guard let offset = ASCIIBytes.firstOffset(of: pattern[0], in: UnsafeBufferPointer(rebasing: bytes[start...]))
                else { return nil }
                let lead = start + offset
                guard bytes.count - lead >= pattern.count else { return nil }
                var matched = 1
                while matched < pattern.count, bytes[lead + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return lead }
                start = lead + 1
            }
            return nil
        }
        guard let found else { return unicodeScalars.firstIndex(of: scalar) }
        return found.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }
}
