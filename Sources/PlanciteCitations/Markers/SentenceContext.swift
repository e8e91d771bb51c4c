/// Finds the sentence around a position in a block's text.
enum SentenceContext {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "no", "nos", "st", "inc", "vs", "v", "fig", "figs", "e.g", "i.e", "etc", "al",
        "p", "pp", "vol", "ed", "eds", "jr", "sr", "co", "corp", "ltd", "sec", "art", "ch", "approx", "dept",
        "gov", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// The byte count of the longest of `abbreviations`.
    static let longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0

    /// The sentence that holds `position` (an index into `characters`), trimmed.
    static func sentence<C: SentenceCharacter>(in characters: [C], at position: Int) -> String {
        C.trimmedString(characters[range(in: characters, at: position)])
    }

    /// The character range of the sentence that holds `position`, untrimmed.
    static func range<C: SentenceCharacter>(in characters: [C], at position: Int) -> Range<Int> {
        let position = max(0, min(characters.count, position))
        var before = position
        while before > 0, characters[before - 1].isSpace { before -= 1 }
        var end: Int
        var ownTerminator: Int
        let previous = lastTerminator(characters, before: before)
        if before > 0, endsSentence(characters, terminatorAt: previous) {
            end = before
            ownTerminator = previous
        } else {
            ownTerminator = position
            while ownTerminator < characters.count,
                !(characters[ownTerminator].isTerminator && isBoundary(characters, after: ownTerminator))
            {
                ownTerminator += 1
            }
            end = min(characters.count, ownTerminator + 1)
            while end < characters.count, characters[end].isCloser { end += 1 }
        }
        var start = min(ownTerminator, characters.count)
        while start > 0 {
            let index = start - 1
            if characters[index].isTerminator && isBoundary(characters, after: index) { break }
            start -= 1
        }
        return start..<end
    }

    private static func lastTerminator<C: SentenceCharacter>(_ characters: [C], before: Int) -> Int {
        var index = before - 1
        while index > 0, characters[index].isCloser { index -= 1 }
        return index
    }

    private static func endsSentence<C: SentenceCharacter>(_ characters: [C], terminatorAt index: Int) -> Bool {
        guard index >= 0, characters[index].isTerminator else { return false }
        return !isAbbreviation(characters, periodAt: index)
    }

    /// True when the terminator at `index` ends a sentence: white space then a capital, digit or the end.
    private static func isBoundary<C: SentenceCharacter>(_ characters: [C], after index: Int) -> Bool {
        guard !isAbbreviation(characters, periodAt: index) else { return false }
        var next = index + 1
        while next < characters.count, characters[next].isCloser { next += 1 }
        guard next < characters.count else { return true }
        guard characters[next].isSpace else { return false }
        while next < characters.count, characters[next].isSpace { next += 1 }
        guard next < characters.count else { return true }
        return characters[next].opensSentence
    }

    private static func isAbbreviation<C: SentenceCharacter>(_ characters: [C], periodAt index: Int) -> Bool {
        guard characters[index].isPeriod else { return false }
        var start = index
        while start > 0, !characters[start - 1].isSpace { start -= 1 }
        return C.isAbbreviation(characters[start..<index])
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
