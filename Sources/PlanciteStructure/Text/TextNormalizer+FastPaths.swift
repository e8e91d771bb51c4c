/// Byte-level pre-checks that let `TextNormalizer` skip passes that would leave a text unchanged.
///
/// Each check is conservative: it answers `false` only when the pass it guards is sure to return
/// its input (or, for initials, a text that tidies to the same result); any byte outside ASCII
/// counts as a possible match.
extension TextNormalizer {
    /// False when the text has nothing the scalar mapping of `normalize` rewrites.
    static func needsScalarMapping(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0x80 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// False when the text holds no en dash (U+2013) or em dash (U+2014).
    static func mayHaveDash(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count >= 3 else { return false }
            for index in 2..<bytes.count where bytes[index] == 0x93 || bytes[index] == 0x94 {
                if bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2 { return true }
            }
            return false
        }
        if let found { return found }
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if (byte == 0x93 || byte == 0x94) && previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// False when no word ending in `.` is followed by a word of a capital and `.` (`U. S.`).
    static func mayHaveSpacedInitials(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            mayHaveSpacedInitials(bytes)
        } ?? mayHaveSpacedInitials(Array(text.utf8))
    }

    private static func mayHaveSpacedInitials<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let count = bytes.endIndex
        var index = bytes.startIndex
        while index + 1 < count {
            defer { index += 1 }
            guard bytes[index] == 0x2E, bytes[index + 1] == 0x20 else { continue }
            var next = index + 1
            while next < count && bytes[next] == 0x20 { next += 1 }
            guard next < count else { return false }
            let first = bytes[next]
            let second: UInt8 = next + 1 < count ? bytes[next + 1] : 0x20
            if first >= 0x80 || second >= 0x80 || (first >= 0x41 && first <= 0x5A && second == 0x2E) { return true }
        }
        return false
    }

    /// False when the text cannot hold two letter-spaced words (`S TRATEGIC O BJECTIVE`): fewer
    /// than two spaces follow a lone capital (after a start, space, `-`, `(`, `"` or `'`).
    static func mayHaveLetterSpacing(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            mayHaveLetterSpacing(bytes)
        } ?? mayHaveLetterSpacing(Array(text.utf8))
    }

    private static func mayHaveLetterSpacing<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var heads = 0
        var index = bytes.startIndex + 1
        while index < bytes.endIndex {
            defer { index += 1 }
            guard bytes[index] == 0x20 else { continue }
            let last = index - 1
            let byte = bytes[last]
            if byte >= 0x80 {
                if mayBeCapitalHead(bytes, endingBefore: index) { heads += 1 }
            } else if byte >= 0x41 && byte <= 0x5A {
                if last == bytes.startIndex {
                    heads += 1
                } else {
                    let before = bytes[last - 1]
                    if before >= 0x80 || before == 0x20 || before == 0x2D || before == 0x28 || before == 0x22
                        || before == 0x27
                    {
                        heads += 1
                    }
                }
            }
            if heads >= 2 { return true }
        }
        return false
    }

    /// False when the character before `end` (a space) is surely no lone capital: a scalar that
    /// is its own character, no letter and not cased (punctuation such as `—` `•` `…`), or a
    /// letter after anything but a start, space, `-`, `(`, `"` or `'`.
    private static func mayBeCapitalHead<Bytes: RandomAccessCollection>(_ bytes: Bytes, endingBefore end: Int) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var start = end - 1
        while start > bytes.startIndex && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let scalar = decodeScalar(bytes, from: start, to: end), isOwnCharacter(scalar) else { return true }
        if start > bytes.startIndex && bytes[start - 1] >= 0x80 {
            // A scalar before it that is not its own character (a prepended one, a joiner) may join it.
            var previous = start - 1
            while previous > bytes.startIndex && bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
            guard let joined = decodeScalar(bytes, from: previous, to: start), isOwnCharacter(joined) else { return true }
        }
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.isCased || properties.isUppercase else { return false }
        guard start > bytes.startIndex else { return true }
        let before = bytes[start - 1]
        return before >= 0x80 || before == 0x20 || before == 0x2D || before == 0x28 || before == 0x22 || before == 0x27
    }

    private static func decodeScalar<Bytes: RandomAccessCollection>(_ bytes: Bytes, from start: Int, to end: Int)
        -> Unicode.Scalar?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var iterator = bytes[start..<end].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        guard case .emptyInput = decoder.decode(&iterator) else { return nil }
        return scalar
    }

    /// `tidySpaces` for ASCII text, byte by byte; nil when the text is not ASCII.
    static func tidyASCIISpaces(_ text: String) -> String? {
        switch asciiTidiness(text) {
        case .notASCII: return nil
        case .tidy: return text
        case .untidy: break
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                let closes = byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x2E || byte == 0x29
                    || byte == 0x5D || byte == 0x21 || byte == 0x3F
                if !closes && out.last != 0x28 && out.last != 0x5B { out.append(0x20) }
                pendingSpace = false
            }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension TextNormalizer {
    enum ASCIITidiness { case notASCII, tidy, untidy }

    /// True for ASCII text that every pass of `normalize` leaves as it is, read in one pass: tidy
    /// (see `asciiTidiness`), with no spaced initials and no letter spacing by the pre-checks'
    /// rules (which, on single spaces, look only at the bytes around each space).
    ///
    /// Only the bytes outside `!` … DEL need a look (a space checks the bytes around it): eight
    /// bytes at a time are tested for one, and each one found is checked where it stands.
    static func isNormalASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let count = bytes.count
            guard let base = bytes.baseAddress else { return true }
            var heads = 0
            var index = 0
            while index + 8 <= count {
                let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // High bit of each byte that is not `!` … DEL: set in the chunk (0x80 and up) or
                // not carried by adding 0x5F to its low seven bits (below 0x21). No carry crosses bytes.
                var outside = (~((chunk & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x5F5F_5F5F_5F5F_5F5F) | chunk)
                    & 0x8080_8080_8080_8080
                while outside != 0 {
                    let at = index + outside.trailingZeroBitCount >> 3
                    if !isNormalAround(at, in: bytes, heads: &heads) { return false }
                    outside &= outside &- 1
                }
                index += 8
            }
            while index < count {
                if bytes[index] &- 0x21 >= 0x5F, !isNormalAround(index, in: bytes, heads: &heads) { return false }
                index += 1
            }
            return true
        } ?? false
    }

    /// The check of `isNormalASCII` on a byte outside `!` … DEL: false when the text is not normal
    /// by that byte (not ASCII, a tab or line break, or a space with untidy or joinable neighbours);
    /// `heads` counts the lone capitals before spaces (`S TRATEGIC`).
    @inline(__always)
    private static func isNormalAround(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, heads: inout Int) -> Bool {
        let byte = bytes[index]
        if byte >= 0x80 || (byte >= 0x09 && byte <= 0x0D) { return false }
        guard byte == 0x20 else { return true }
        guard index > 0 else { return false }
        let count = bytes.count
        let previous = bytes[index - 1]
        if previous == 0x20 || previous == 0x28 || previous == 0x5B { return false }
        // A lone capital before the space (`S TRATEGIC`): at the start or after ` - ( " '`.
        if previous >= 0x41 && previous <= 0x5A {
            let before: UInt8 = index >= 2 ? bytes[index - 2] : 0x20
            if before == 0x20 || before == 0x2D || before == 0x28 || before == 0x22 || before == 0x27 {
                heads += 1
                if heads >= 2 { return false }
            }
        }
        guard index + 1 < count else { return false }
        let next = bytes[index + 1]
        // Spaced initials (`U. S.`): a stop, the space, a capital and a stop.
        if previous == 0x2E, next >= 0x41 && next <= 0x5A {
            let second: UInt8 = index + 2 < count ? bytes[index + 2] : 0x20
            if second == 0x2E { return false }
        }
        // Closing punctuation after the space (a second space fails at its own turn).
        return !(next == 0x2C || next == 0x3B || next == 0x3A || next == 0x2E || next == 0x29 || next == 0x5D
            || next == 0x21 || next == 0x3F)
    }

    /// Whether a text is ASCII and, if so, whether `tidySpaces` would leave it as it is: no white
    /// space but single spaces between words, none before closing punctuation or after `(` `[`.
    static func asciiTidiness(_ text: String) -> ASCIITidiness {
        let result = text.utf8.withContiguousStorageIfAvailable { bytes -> ASCIITidiness in
            var tidy = true
            var previous: UInt8?
            for byte in bytes {
                if byte >= 0x80 { return .notASCII }
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    if byte != 0x20 || previous == nil || previous == 0x20 || previous == 0x28 || previous == 0x5B {
                        tidy = false
                    }
                } else if previous == 0x20 {
                    let closes = byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x2E || byte == 0x29
                        || byte == 0x5D || byte == 0x21 || byte == 0x3F
                    if closes { tidy = false }
                }
                previous = byte
            }
            if previous == 0x20 { tidy = false }
            return tidy ? .tidy : .untidy
        }
        if let result { return result }
        return text.utf8.contains(where: { $0 >= 0x80 }) ? .notASCII : .untidy
    }

    /// `tidySpaces` scalar by scalar, when every scalar is its own character: ASCII, or in blocks
    /// with no combining marks or joiners (Latin-1 to IPA, Greek, Cyrillic letters, general
    /// punctuation, currency, arrows and technical signs); nil otherwise.
    static func tidySimpleSpaces(_ text: String) -> String? {
        guard text.unicodeScalars.allSatisfy(isOwnCharacter) else { return nil }
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar?
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if SpannedWord.isWhitespace(scalar) {
                pendingSpace = last != nil
                continue
            }
            if pendingSpace {
                // U+037E is canonically equivalent to `;`, so it compares equal as a character.
                let closes = ",;:.)]!?".unicodeScalars.contains(scalar) || scalar == "\u{037E}"
                if !closes && last != "(" && last != "[" { out.append(" ") }
                pendingSpace = false
            }
            out.append(scalar)
            last = scalar
        }
        return String(out)
    }

    static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x0C, 0x0E...0x7F: true  // not CR, which joins a following LF
        case 0xA0...0x2FF, 0x370...0x482, 0x48A...0x52F: true
        case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF, 0x2190...0x23FF: true
        default: false
        }
    }
}
