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
        let (title, statement) = HeadingParser.splitTitle(rest)
        return .heading(Heading(
            level: level, term: term,
            number: number, title: title, statement: statement, text: rest, labelSpan: labelSpan))
    }
}
