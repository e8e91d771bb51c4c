import Foundation

/// Repairs a word's characters: ligatures expanded, compatibility forms folded (NFKC) except for
/// quotes, dashes and other punctuation that later stages normalise themselves, and superscript
/// digits that mark notes.
enum TextRepair {
    static let ligatures: [Unicode.Scalar: String] = [
        "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi", "\u{FB04}": "ffl",
        "\u{FB05}": "st", "\u{FB06}": "st",
    ]

    /// `ligatures[scalar]`, by a switch: no dictionary is built or hashed.
    static func ligature(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0xFB00: "ff"
        case 0xFB01: "fi"
        case 0xFB02: "fl"
        case 0xFB03: "ffi"
        case 0xFB04: "ffl"
        case 0xFB05, 0xFB06: "st"
        default: nil
        }
    }

    /// The cleaned text; ASCII text is returned as is without copying.
    static func clean(_ text: String) -> String {
        if isPlainASCII(text) { return text }
        var result = ""
        // The pending scalars as UTF-8 (appended byte by byte, not scalar by scalar to a string).
        var pending: [UInt8] = []
        pending.reserveCapacity(text.utf8.count)
        // NFKC leaves ASCII as it is: pending ASCII text is appended without normalising.
        var pendingIsASCII = true
        func flushPending() {
            guard !pending.isEmpty else { return }
            let piece = String(decoding: pending, as: UTF8.self)
            result += pendingIsASCII ? piece : piece.precomposedStringWithCompatibilityMapping
            pending.removeAll(keepingCapacity: true)
            pendingIsASCII = true
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                // ASCII white space is 0x09...0x0D and the space; no ASCII scalar is a ligature or protected.
                if scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) { continue }
                pending.append(UInt8(truncatingIfNeeded: scalar.value))
            } else if let expansion = ligature(scalar) {
                flushPending()
                result += expansion
            } else if scalar.properties.isWhitespace {
                continue
            } else if isProtected(scalar) {
                flushPending()
                result.unicodeScalars.append(scalar)
            } else {
                if let encoded = UTF8.encode(scalar) { pending.append(contentsOf: encoded) }
                pendingIsASCII = false
            }
        }
        flushPending()
        return result
    }

    /// True when every byte is printable ASCII other than the space.
    static func isPlainASCII(_ text: String) -> Bool {
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }
            var index = 0
            // Eight bytes at a time: a byte of 0x80 or more has its top bit set; once none has, a
            // byte below 0x21 is one whose top bit `word - 0x2121…21` sets.
            let high: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & high != 0 || (word &- 0x2121_2121_2121_2121) & ~word & high != 0 { return false }
                index += 8
            }
            while index < bytes.count {
                if base[index] >= 0x80 || base[index] <= 0x20 { return false }
                index += 1
            }
            return true
        }
        return plain ?? text.utf8.allSatisfy { $0 < 0x80 && $0 > 0x20 }
    }

    /// Punctuation, dashes, quotes and superscript digits keep their code points.
    private static func isProtected(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x00B2, 0x00B3, 0x00B9: true
        case 0x2010...0x205E: true  // dashes, quotes, ellipsis, primes
        case 0x2070...0x209F: true  // superscript and subscript digits
        case 0x00A0...0x00BF: true  // Latin-1 punctuation and signs (§, ¶, «, »)
        default: false
        }
    }
}
