/// Finds the sentence around a position in a block's text.
enum SentenceContext {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "no", "nos", "st", "inc", "vs", "v", "fig", "figs", "e.g", "i.e", "etc", "al",
        "p", "pp", "vol", "ed", "eds", "jr", "sr", "co", "corp", "ltd", "sec", "art", "ch", "approx", "dept",
        "gov", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// The text of a sentence range, trimmed; `bytes`, when given, are the characters as ASCII bytes.
    static func text(of range: Range<Int>, in characters: [Character], bytes: [UInt8]?) -> String {
        if let bytes { return String(decoding: bytes[range], as: UTF8.self).trimmingWhiteSpace() }
        return String(characters[range]).trimmingWhiteSpace()
    }

    /// The character range of the sentence that holds `position` (an index into `characters`), untrimmed.
    static func range(in characters: [Character], at position: Int) -> Range<Int> {
        let position = max(0, min(characters.count, position))
        var before = position
        while before > 0, characters[before - 1] == " " { before -= 1 }
        var end: Int
        var ownTerminator: Int
        let previous = lastTerminator(characters, before: before)
        if before > 0, endsSentence(characters, terminatorAt: previous) {
            end = before
            ownTerminator = previous
        } else {
            ownTerminator = position
            while ownTerminator < characters.count,
                !(isTerminator(characters[ownTerminator]) && isBoundary(characters, after: ownTerminator))
            {
                ownTerminator += 1
            }
            end = min(characters.count, ownTerminator + 1)
            while end < characters.count, "”\"’')".contains(characters[end]) { end += 1 }
        }
        var start = min(ownTerminator, characters.count)
        while start > 0 {
            let index = start - 1
            if isTerminator(characters[index]) && isBoundary(characters, after: index) { break }
            start -= 1
        }
        return start..<end
    }

    private static func lastTerminator(_ characters: [Character], before: Int) -> Int {
        var index = before - 1
        while index > 0, "”\"’')".contains(characters[index]) { index -= 1 }
        return index
    }

    private static func endsSentence(_ characters: [Character], terminatorAt index: Int) -> Bool {
        guard index >= 0, isTerminator(characters[index]) else { return false }
        return !isAbbreviation(characters, periodAt: index)
    }

    private static func isTerminator(_ character: Character) -> Bool { ".?!".contains(character) }

    /// True when the terminator at `index` ends a sentence: white space then a capital, digit or the end.
    private static func isBoundary(_ characters: [Character], after index: Int) -> Bool {
        guard !isAbbreviation(characters, periodAt: index) else { return false }
        var next = index + 1
        while next < characters.count, "”\"’')".contains(characters[next]) { next += 1 }
        guard next < characters.count else { return true }
        guard characters[next] == " " else { return false }
        while next < characters.count, characters[next] == " " { next += 1 }
        guard next < characters.count else { return true }
        let following = characters[next]
        return following.isUppercase || following.isNumber || "“\"‘(".contains(following)
    }

    private static func isAbbreviation(_ characters: [Character], periodAt index: Int) -> Bool {
        guard characters[index] == "." else { return false }
        var start = index
        while start > 0, characters[start - 1] != " " { start -= 1 }
        let word = String(characters[start..<index])
        if word.count == 1, word.first!.isUppercase { return true }  // an initial
        if word.contains(".") { return true }  // U.S., e.g.
        return abbreviations.contains(word.lowercased())
    }
}

extension String {
    func trimmingWhiteSpace() -> String {
        var result = Substring(self)
        while result.first?.isWhitespace == true { result = result.dropFirst() }
        while result.last?.isWhitespace == true { result = result.dropLast() }
        return String(result)
    }
}
