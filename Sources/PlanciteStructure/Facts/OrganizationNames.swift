import Foundation
import PlanciteLayout

/// Reads the names of issuing bodies from one line of a plan's first pages.
///
/// A leading `Prepared by` / `Issued by` / `Published by` / `By` (and a following `the`) is
/// dropped; ` | `, `;`, `,` and `•` separate names. A name has at most 14 words, no colon, no final
/// stop, starts with a capital, names a body (see `DocumentFactsReader.organizationWords`, or
/// `White House`) and is made of capitalised words and `of the and for on &` only.
enum OrganizationNames {
    static let issuerPrefixes = ["Prepared by ", "Issued by ", "Published by ", "By "]
    static let smallWords: Set<String> = ["of", "the", "and", "for", "on", "&"]

    static func names(in line: String) -> [String] {
        var text = line
        // Every prefix starts with `P`, `I` or `B`: other lines skip the four comparisons.
        if let first = line.utf8.first, first == 0x50 || first == 0x49 || first == 0x42 {
            for prefix in issuerPrefixes where text.hasPrefix(prefix) {
                text = String(text.dropFirst(prefix.count))
                if text.hasPrefix("the ") { text = String(text.dropFirst(4)) }
            }
        }
        return asciiNames(in: text) ?? characterNames(in: text)
    }

    /// False when no line of the block, nor the block as a whole, can name a body: the text holds
    /// no body word (`DocumentFactsReader.organizationWords`) that starts with a capital, nor
    /// `whitehouse`, in its ASCII bytes with white space, control bytes and every byte outside
    /// ASCII left out (read case-blind but for the capital).
    ///
    /// A name needs a word that is a body word once lower-cased and stripped of punctuation, and
    /// all its words capitalised or small words: that word starts with the capital of the body
    /// word. Normalising removes only white space and invisible scalars (joining letter-spaced
    /// words, initials, soft hyphens), writes no ASCII letter that was not there, and no scalar
    /// outside ASCII lower-cases to a body word's letters.
    static func mayName(in block: Block) -> Bool {
        // Lines and tokens read in place, by index.
        let lines = block.lines
        var capacity = 0
        for line in lines.indices {
            let tokens = lines[line].tokens
            for token in tokens.indices { capacity += tokens[token].text.utf8.count }
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var count = 0
            for line in lines.indices {
                let tokens = lines[line].tokens
                for token in tokens.indices where tokens[token].kind != .superscript {
                    count = appendLetters(of: tokens[token].text, to: buffer, at: count)
                }
            }
            return containsBodyWord(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// `mayName(in:)` for texts: true when the texts, read one after the other, may name a body.
    static func mayName(in texts: [String]) -> Bool {
        let capacity = texts.reduce(0) { $0 + $1.utf8.count }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var count = 0
            for text in texts { count = appendLetters(of: text, to: buffer, at: count) }
            return containsBodyWord(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Writes the printable ASCII bytes of a text other than the space from `start` on; returns the new end.
    private static func appendLetters(of text: String, to buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int)
        -> Int
    {
        let written = text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            guard let out = buffer.baseAddress else { return start }
            var end = start
            // Every byte is written and kept only when it is `!` … `~` (one comparison, no branch):
            // the next write is never past the bytes read so far, which the buffer holds.
            for byte in bytes {
                out[end] = byte
                end &+= byte &- 0x21 < 0x5E ? 1 : 0
            }
            return end
        }
        if let written { return written }
        var count = start
        for byte in text.utf8 where byte > 0x20 && byte < 0x7F {
            buffer[count] = byte
            count += 1
        }
        return count
    }

    /// The body words in lower case (`services` holds `service`), and `whitehouse`.
    static let bodyWords: [[UInt8]] = (DocumentFactsReader.organizationWords.subtracting(["services"]).sorted()
        + ["whitehouse"]).map { Array($0.utf8) }

    /// Indices into `bodyWords` by the byte a match starts with: the capital of a body word, or
    /// `w` in either case.
    private static let bodyWordsByFirstByte: [[Int]] = {
        var table = [[Int]](repeating: [], count: 128)
        for (index, word) in bodyWords.enumerated() {
            if word == Array("whitehouse".utf8) {
                table[Int(word[0])].append(index)
                table[Int(word[0] - 0x20)].append(index)
            } else {
                table[Int(word[0] - 0x20)].append(index)
            }
        }
        return table
    }()

    /// Bit b set when a match may start with byte b (bytes below 0x80: low and high halves).
    private static let bodyWordStarts: (low: UInt64, high: UInt64) = {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (byte, words) in bodyWordsByFirstByte.enumerated() where !words.isEmpty {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        return (low, high)
    }()

    private static func containsBodyWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var start = 0
        // Eight bytes at a time (all printable ASCII, as `appendLetters` writes them): a match starts
        // at a capital or a `w`, so chunks without one are passed over.
        while start + 8 <= count {
            let chunk = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
            // High bit of each byte from `A` (0x41 + 0x3F reaches 0x80) and not from `[` (0x5B + 0x25);
            // bytes below 0x80 carry nothing into the next byte.
            let capitals = (chunk &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(chunk &+ 0x2525_2525_2525_2525)
            // High bit of each byte that is `w`: the byte of `chunk ^ w…` that is zero.
            let toggled = chunk ^ 0x7777_7777_7777_7777
            let ws = ~(((toggled & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | toggled)
            var candidates = (capitals | ws) & 0x8080_8080_8080_8080
            while candidates != 0 {
                if matchesBodyWord(bytes, at: start + candidates.trailingZeroBitCount >> 3) { return true }
                candidates &= candidates &- 1
            }
            start += 8
        }
        while start < count {
            if matchesBodyWord(bytes, at: start) { return true }
            start += 1
        }
        return false
    }

    /// True when a body word (read case-blind but for its first byte, see `bodyWordsByFirstByte`)
    /// starts at `start`.
    @inline(__always)
    private static func matchesBodyWord(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let byte = bytes[start]
        let (low, high) = bodyWordStarts
        guard (byte < 64 ? low >> UInt64(byte) : high >> UInt64(byte & 63)) & 1 != 0 else { return false }
        let words = bodyWords
        for index in bodyWordsByFirstByte[Int(byte)] {
            let word = words[index]
            guard start + word.count <= bytes.count else { continue }
            var offset = 1
            while offset < word.count, lowercase(bytes[start + offset]) == word[offset] { offset += 1 }
            if offset == word.count { return true }
        }
        return false
    }

    /// The names of a line, read character by character.
    static func characterNames(in text: String) -> [String] {
        var names: [String] = []
        for piece in text.split(whereSeparator: { $0 == "|" || $0 == ";" || $0 == "•" || $0 == "," }) {
            let name = piece.trimmingCharacters(in: .whitespaces)
            let words = name.split(separator: " ")
            guard !name.isEmpty, words.count <= 14, !name.hasSuffix("."), !name.contains(":"),
                let first = name.first, first.isUppercase || first == "U" else { continue }
            let keys = words.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
            let named = keys.contains { DocumentFactsReader.organizationWords.contains($0) }
                || name.lowercased().contains("white house")
            // A body's name is mostly capitalised words.
            let capitalised = words.filter { $0.first?.isUppercase == true }.count
            let small = words.filter { ["of", "the", "and", "for", "on", "&"].contains($0.lowercased()) }.count
            if named && capitalised + small == words.count { names.append(name) }
        }
        return names
    }

    /// `characterNames(in:)` byte by byte, or nil when the text is not ASCII.
    static func asciiNames(in text: String) -> [String]? {
        guard text.isASCII else { return nil }
        let bytes = Array(text.utf8)
        var names: [String] = []
        var pieceStart = 0
        for index in 0...bytes.count {
            if index < bytes.count {
                let byte = bytes[index]
                guard byte == 0x7C || byte == 0x3B || byte == 0x2C else { continue }
            }
            if let name = name(in: bytes[pieceStart..<index]) { names.append(name) }
            pieceStart = index + 1
        }
        return names
    }

    /// The name that one separated piece of an ASCII line holds, or nil.
    private static func name(in piece: ArraySlice<UInt8>) -> String? {
        var start = piece.startIndex
        var end = piece.endIndex
        while start < end, piece[start] == 0x20 || piece[start] == 0x09 { start += 1 }
        while start < end, piece[end - 1] == 0x20 || piece[end - 1] == 0x09 { end -= 1 }
        guard start < end else { return nil }
        let name = piece[start..<end]
        guard name.last != 0x2E, !name.contains(0x3A), isUpper(name.first!) else { return nil }
        // Most pieces are prose: count the words and their capitals by bytes first, and look words
        // up in the word lists only when the counts already read as a name.
        guard mayBeName(name) else { return nil }
        var wordCount = 0
        var capitalised = 0
        var small = 0
        var named = false
        var wordStart = start
        for index in start...end where index == end || name[index] == 0x20 {
            if index > wordStart {
                let word = name[wordStart..<index]
                wordCount += 1
                if isUpper(word.first!) { capitalised += 1 }
                let lower = String(decoding: word.map(lowercase), as: UTF8.self)
                if smallWords.contains(lower) { small += 1 }
                if !named { named = DocumentFactsReader.organizationWords.contains(trimmingPunctuation(lower)) }
            }
            wordStart = index + 1
        }
        guard wordCount <= 14 else { return nil }
        if !named { named = containsWhiteHouse(name) }
        guard named && capitalised + small == wordCount else { return nil }
        return String(decoding: name, as: UTF8.self)
    }

    /// False when the counts of `name(in:)` fail: more than 14 words, or capitalised words plus
    /// small words (`of the and for on &`, any case) not the number of words.
    static func mayBeName(_ name: ArraySlice<UInt8>) -> Bool {
        var wordCount = 0
        var counted = 0
        var wordStart = name.startIndex
        for index in name.startIndex...name.endIndex where index == name.endIndex || name[index] == 0x20 {
            if index > wordStart {
                wordCount += 1
                if isUpper(name[wordStart]) { counted += 1 }
                if isSmallWord(name[wordStart..<index]) { counted += 1 }
            }
            wordStart = index + 1
        }
        return wordCount <= 14 && counted == wordCount
    }

    /// `smallWords.contains(String(decoding: word.map(lowercase), as: UTF8.self))`.
    private static func isSmallWord(_ word: ArraySlice<UInt8>) -> Bool {
        let start = word.startIndex
        switch word.count {
        case 1: return word[start] == 0x26
        case 2:
            return lowercase(word[start]) == 0x6F && (lowercase(word[start + 1]) == 0x66 || lowercase(word[start + 1]) == 0x6E)
        case 3:
            let (a, b, c) = (lowercase(word[start]), lowercase(word[start + 1]), lowercase(word[start + 2]))
            return (a == 0x74 && b == 0x68 && c == 0x65) || (a == 0x61 && b == 0x6E && c == 0x64)
                || (a == 0x66 && b == 0x6F && c == 0x72)
        default: return false
        }
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    private static func lowercase(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 0x20 : byte }

    /// ASCII bytes in `CharacterSet.punctuationCharacters` (general categories P*).
    static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: true
        default: false
        }
    }

    /// `word.trimmingCharacters(in: .punctuationCharacters)` for an ASCII word.
    private static func trimmingPunctuation(_ word: String) -> String {
        let bytes = Array(word.utf8)
        var start = 0
        var end = bytes.count
        while start < end, isPunctuation(bytes[start]) { start += 1 }
        while start < end, isPunctuation(bytes[end - 1]) { end -= 1 }
        return start == 0 && end == bytes.count ? word : String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// `name.lowercased().contains("white house")` for an ASCII name.
    private static func containsWhiteHouse(_ name: ArraySlice<UInt8>) -> Bool {
        let needle = Array("white house".utf8)
        guard name.count >= needle.count else { return false }
        for start in name.startIndex...(name.endIndex - needle.count) {
            var matches = true
            for (offset, byte) in needle.enumerated() where lowercase(name[start + offset]) != byte {
                matches = false
                break
            }
            if matches { return true }
        }
        return false
    }
}
