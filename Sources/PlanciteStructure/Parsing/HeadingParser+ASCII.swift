/// `HeadingParser.parse(strict:)` read byte by byte, for text of printable ASCII bytes and spaces.
extension HeadingParser {
    /// What `asciiParse` found.
    enum ASCIIParse {
        case heading(Heading)
        case noHeading
        /// The text holds a byte outside ` ` … `~`, or a term is not ASCII: the word cursor reads it.
        case notASCII
    }

    /// `parse(strict:)` on the text's bytes: a byte is a character and a scalar, words are split
    /// at spaces only, and terms compare byte for byte once lower-cased.
    static func asciiParse(_ text: String, terms: Vocabulary.TermIndex, strict: Bool) -> ASCIIParse {
        guard terms.asciiEntryWords != nil else { return .notASCII }
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> ASCIIParse in
            for byte in bytes where byte &- 0x20 >= 0x5F { return .notASCII }
            return asciiParse(bytes, text: text, terms: terms, strict: strict)
        }
        return found ?? .notASCII
    }

    private static func asciiParse(
        _ bytes: UnsafeBufferPointer<UInt8>, text: String, terms: Vocabulary.TermIndex, strict: Bool
    ) -> ASCIIParse {
        let count = bytes.count
        /// The word starting at or after `position`, or nil at the end.
        func word(from position: Int) -> Range<Int>? {
            var start = position
            while start < count, bytes[start] == 0x20 { start += 1 }
            guard start < count else { return nil }
            var end = start
            while end < count, bytes[end] != 0x20 { end += 1 }
            return start..<end
        }
        // The words a term may take (at most `mostWords`), kept on the stack for the default vocabulary.
        var termWords: [Range<Int>] = []
        termWords.reserveCapacity(terms.mostWords)
        var position = 0
        while termWords.count < terms.mostWords, let next = word(from: position) {
            termWords.append(next)
            position = next.upperBound
        }
        guard let first = termWords.first, let (level, wordCount) = terms.asciiMatch(bytes, words: termWords) else {
            return .noHeading
        }
        let term = wordCount == 1
            ? String(decoding: UnsafeBufferPointer(rebasing: bytes[first]), as: UTF8.self)
            : termWords[..<wordCount].map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
                .joined(separator: " ")
        guard let numberWord = word(from: termWords[wordCount - 1].upperBound) else { return .noHeading }
        var end = numberWord.upperBound
        var separated = false
        // `:` `)` `,` `|` glued to the number.
        while end > numberWord.lowerBound,
            bytes[end - 1] == 0x3A || bytes[end - 1] == 0x29 || bytes[end - 1] == 0x2C || bytes[end - 1] == 0x7C
        {
            end -= 1
            separated = true
        }
        if end > numberWord.lowerBound, bytes[end - 1] == 0x2E { separated = true }
        let raw = Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[numberWord.lowerBound..<end]), as: UTF8.self))
        guard let number = NumberLabel.parse(raw), number.components.allSatisfy({ $0 < 1000 }) else {
            return .noHeading
        }
        let labelSpan = first.lowerBound..<numberWord.upperBound
        position = numberWord.upperBound
        var restStart = count
        // Separator words: `:` `.` `|` `-` `)` (the others are not ASCII).
        while let next = word(from: position) {
            let byte = bytes[next.lowerBound]
            if next.count == 1 && (byte == 0x3A || byte == 0x2E || byte == 0x7C || byte == 0x2D || byte == 0x29) {
                separated = true
                position = next.upperBound
                continue
            }
            restStart = next.lowerBound
            break
        }
        if strict && !separated && restStart < count { return .noHeading }
        if strict || !separated, restStart < count, bytes[restStart] >= 0x61 && bytes[restStart] <= 0x7A {
            return .noHeading
        }
        let rest = restStart < count
            ? String(decoding: UnsafeBufferPointer(rebasing: bytes[restStart...]), as: UTF8.self) : ""
        let (title, statement) = asciiSplitTitle(UnsafeBufferPointer(rebasing: bytes[min(restStart, count)...]))
        return .heading(Heading(
            level: level, term: term,
            number: number, title: title, statement: statement, text: rest, labelSpan: labelSpan))
    }
}

extension HeadingParser {
    /// `splitTitle` on bytes of ` ` … `~`: a byte is a character, white space is the space, and
    /// the searches, word counts and trims of `splitTitle` are read on offsets.
    static func asciiSplitTitle(_ bytes: UnsafeBufferPointer<UInt8>) -> (title: String, statement: String?) {
        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        func trimmed(_ range: Range<Int>) -> Range<Int> {
            var (start, end) = (range.lowerBound, range.upperBound)
            while start < end, bytes[start] == 0x20 { start += 1 }
            while start < end, bytes[end - 1] == 0x20 { end -= 1 }
            return start..<end
        }
        /// `min(TextScan.wordCount, cap)`: words are runs of bytes other than the space.
        func wordCount(_ range: Range<Int>, atMost cap: Int) -> Int {
            var count = 0
            var inWord = false
            for index in range {
                let isSpace = bytes[index] == 0x20
                if !isSpace && !inWord {
                    count += 1
                    if count >= cap { return cap }
                }
                inWord = !isSpace
            }
            return count
        }
        /// `cleanTitle`: `:`, spaces and a `.` not after another `.` cut from the end.
        func cleaned(_ range: Range<Int>) -> Range<Int> {
            var end = range.upperBound
            while end > range.lowerBound {
                let last = bytes[end - 1]
                guard last == 0x3A || last == 0x20
                    || last == 0x2E && !(end - range.lowerBound >= 2 && bytes[end - 2] == 0x2E)
                else { break }
                end -= 1
            }
            return range.lowerBound..<end
        }
        /// The first `byte` followed by a space, from `start` on inside `range`.
        func find(_ byte: UInt8, from start: Int, in range: Range<Int>) -> Int? {
            var index = start
            while index + 1 < range.upperBound {
                if bytes[index] == byte && bytes[index + 1] == 0x20 { return index }
                index += 1
            }
            return nil
        }
        let text = trimmed(0..<bytes.count)
        if let colon = find(0x3A, from: text.lowerBound, in: text) {
            let title = text.lowerBound..<colon
            if wordCount(title, atMost: 21) <= 20 {
                let statement = trimmed((colon + 2)..<text.upperBound)
                return (string(cleaned(title)), statement.isEmpty ? nil : string(statement))
            }
        }
        var searchStart = text.lowerBound
        while let stop = find(0x2E, from: searchStart, in: text) {
            let title = text.lowerBound..<stop
            guard wordCount(title, atMost: 16) <= 15 else { break }
            // The last word of the title (`split(separator: " ").last`), its letters and stops.
            var wordEnd = stop
            while wordEnd > text.lowerBound, bytes[wordEnd - 1] == 0x20 { wordEnd -= 1 }
            var wordStart = wordEnd
            var letters = 0
            var hasStop = false
            while wordStart > text.lowerBound, bytes[wordStart - 1] != 0x20 {
                wordStart -= 1
                let byte = bytes[wordStart] | 0x20
                if byte >= 0x61 && byte <= 0x7A { letters += 1 }
                if bytes[wordStart] == 0x2E { hasStop = true }
            }
            let next = stop + 2
            if letters >= 3, !hasStop, next < text.upperBound, bytes[next] >= 0x41 && bytes[next] <= 0x5A {
                return (string(cleaned(title)), string(next..<text.upperBound))
            }
            searchStart = next
        }
        return (string(cleaned(text)), nil)
    }
}
