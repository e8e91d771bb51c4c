extension Vocabulary {
    /// The terms split into lower-case words once, for matching the start of many texts.
    struct TermIndex: Sendable {
        private let entries: [(level: Level, words: [String])]
        /// The most words a term has: that many words of a text are enough to match any term.
        let mostWords: Int
        /// The first word of every term: a text whose first word is not one of them matches no term.
        private let firstWords: Set<String>
        /// The entries by their first word, in entry order.
        private let entriesByFirstWord: [String: [Int]]
        /// Bit n set when an ASCII first word has n bytes (bit 63: 63 or more).
        private let firstWordLengths: UInt64
        /// Bit b set when an ASCII first word starts with byte b (upper case read as lower case).
        private let firstWordBytes: (low: UInt64, high: UInt64)
        /// The first words' bytes when every first word is ASCII (else nil: look-ups go through `firstWords`).
        private let asciiFirstWords: [[UInt8]]?
        /// The entries' words as bytes, in entry order, when every term is ASCII (else nil).
        let asciiEntryWords: [[[UInt8]]]?

        /// The index of the default vocabulary, built once.
        static let standard = TermIndex(.default)

        /// The index of a vocabulary: the default one is built once per process.
        static func of(_ vocabulary: Vocabulary) -> TermIndex {
            vocabulary == .default ? standard : TermIndex(vocabulary)
        }

        init(_ vocabulary: Vocabulary) {
            var entries: [(level: Level, words: [String])] = []
            for level in Level.allCases {
                for term in vocabulary.terms(for: level) {
                    entries.append((level, Vocabulary.words(of: term)))
                }
            }
            self.entries = entries
            self.mostWords = entries.map(\.words.count).max() ?? 0
            self.firstWords = Set(entries.compactMap(\.words.first))
            var byFirstWord: [String: [Int]] = [:]
            for (index, entry) in entries.enumerated() {
                if let first = entry.words.first { byFirstWord[first, default: []].append(index) }
            }
            self.entriesByFirstWord = byFirstWord
            var lengths: UInt64 = 0
            var low: UInt64 = 0
            var high: UInt64 = 0
            for word in firstWords where !word.isEmpty {
                lengths |= 1 << UInt64(min(word.utf8.count, 63))
                let first = Self.lowercase(word.utf8.first!)
                if first < 64 { low |= 1 << UInt64(first) } else { high |= 1 << UInt64(first - 64) }
            }
            // A first word that is not ASCII might equal an ASCII word canonically: no filter then.
            let allASCII = firstWords.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
            self.firstWordLengths = allASCII ? lengths : ~0
            self.firstWordBytes = allASCII ? (low, high) : (~0, ~0)
            self.asciiFirstWords = allASCII ? firstWords.sorted().map { Array($0.utf8) } : nil
            let allTermsASCII = entries.allSatisfy { $0.words.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } }
            self.asciiEntryWords = allTermsASCII ? entries.map { $0.words.map { Array($0.utf8) } } : nil
        }

        /// False when the first word of the text (as `WordCursor` splits it) is surely no term's
        /// first word; true when it is, or when it is not plain ASCII.
        func mayMatchStart(of text: some StringProtocol) -> Bool {
            if let asciiFirstWords,
                let found = text.utf8.withContiguousStorageIfAvailable({ mayMatchStart(of: $0, asciiFirstWords) })
            {
                return found
            }
            let bytes = text.utf8
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
            var start = bytes.startIndex
            while start < bytes.endIndex, isSpace(bytes[start]) { bytes.formIndex(after: &start) }
            var end = start
            while end < bytes.endIndex, !isSpace(bytes[end]) {
                if bytes[end] >= 0x80 { return true }
                bytes.formIndex(after: &end)
            }
            guard start != end else { return true }
            // An ASCII word lower-cases to as many bytes: its length and first byte must be those of
            // an ASCII first word before it is worth a lower-cased copy and a look-up.
            let length = bytes.distance(from: start, to: end)
            guard firstWordLengths & (1 << UInt64(min(length, 63))) != 0 else { return false }
            let first = Self.lowercase(bytes[start])
            let bit = first < 64 ? firstWordBytes.low >> UInt64(first) : firstWordBytes.high >> UInt64(first - 64)
            guard bit & 1 != 0 else { return false }
            guard let asciiFirstWords else { return firstWords.contains(Vocabulary.key(String(text[start..<end]))) }
            // An ASCII word and ASCII first words: equal as strings when equal as bytes, lower-cased byte by byte.
            for word in asciiFirstWords where word.count == length {
                var index = start
                var offset = 0
                while offset < length, Self.lowercase(bytes[index]) == word[offset] {
                    bytes.formIndex(after: &index)
                    offset += 1
                }
                if offset == length { return true }
            }
            return false
        }

        /// `mayMatchStart(of:)` on contiguous bytes, when every first word is ASCII.
        private func mayMatchStart(of bytes: UnsafeBufferPointer<UInt8>, _ asciiFirstWords: [[UInt8]]) -> Bool {
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
            let count = bytes.count
            var start = 0
            while start < count, isSpace(bytes[start]) { start += 1 }
            var end = start
            while end < count, !isSpace(bytes[end]) {
                if bytes[end] >= 0x80 { return true }
                end += 1
            }
            guard start != end else { return true }
            let length = end - start
            guard firstWordLengths & (1 << UInt64(min(length, 63))) != 0 else { return false }
            let first = Self.lowercase(bytes[start])
            let bit = first < 64 ? firstWordBytes.low >> UInt64(first) : firstWordBytes.high >> UInt64(first - 64)
            guard bit & 1 != 0 else { return false }
            for word in asciiFirstWords where word.count == length {
                var offset = 0
                while offset < length, Self.lowercase(bytes[start + offset]) == word[offset] { offset += 1 }
                if offset == length { return true }
            }
            return false
        }

        /// False when a text that starts with this word (of printable ASCII bytes, no space), then
        /// maybe more, surely starts no term: no term's first word starts with the word, read
        /// case-blind. True when a term's first word does, when the word holds another byte, or
        /// when a term's first word is not ASCII.
        func mayMatchStart(beginningWith word: String) -> Bool {
            guard let asciiFirstWords else { return true }
            return word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                for byte in bytes where byte &- 0x21 >= 0x5E { return true }
                let count = bytes.count
                // Most words start with a byte no first word starts with (`firstWordBytes` is exact for ASCII first words).
                guard count > 0, case let first = Self.lowercase(bytes[0]),
                    (first < 64 ? firstWordBytes.low >> UInt64(first) : firstWordBytes.high >> UInt64(first - 64)) & 1 != 0
                else { return count == 0 }
                for term in asciiFirstWords where term.count >= count {
                    var offset = 0
                    while offset < count, Self.lowercase(bytes[offset]) == term[offset] { offset += 1 }
                    if offset == count { return true }
                }
                return false
            } ?? true
        }

        /// `match(_:)` for words of ASCII bytes given by their ranges (at most `mostWords` of
        /// them): the level and word count of the longest term they spell, read case-blind. Nil
        /// when no term matches, or when a term is not ASCII (`asciiEntryWords` is nil).
        func asciiMatch(_ bytes: UnsafeBufferPointer<UInt8>, words: [Range<Int>]) -> (level: Level, wordCount: Int)? {
            guard let asciiEntryWords else { return nil }
            var best: (entry: Int, wordCount: Int)?
            for entry in asciiEntryWords.indices {
                let termWords = asciiEntryWords[entry]
                guard !termWords.isEmpty, termWords.count <= words.count,
                    best == nil || termWords.count > best!.wordCount
                else { continue }
                var spells = true
                for offset in termWords.indices {
                    let word = words[offset]
                    let termWord = termWords[offset]
                    guard word.count == termWord.count else {
                        spells = false
                        break
                    }
                    var index = 0
                    while index < termWord.count, Self.lowercase(bytes[word.lowerBound + index]) == termWord[index] {
                        index += 1
                    }
                    if index != termWord.count {
                        spells = false
                        break
                    }
                }
                if spells { best = (entry, termWords.count) }
            }
            guard let best else { return nil }
            return (entries[best.entry].level, best.wordCount)
        }

        private static func lowercase(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

        /// The longest term that the words starting at `start` spell exactly (as `Vocabulary.match`).
        func match(_ words: [String], at start: Int = 0) -> Match? {
            guard start < words.count, case let first = Vocabulary.key(words[start]), firstWords.contains(first) else {
                return nil
            }
            var best: (entry: Int, wordCount: Int)?
            var keys = [String?](repeating: nil, count: max(0, min(words.count - start, mostWords)))
            keys[0] = first
            // Only the terms whose first word the text's first word spells can match.
            for entryIndex in entriesByFirstWord[first] ?? [] {
                let termWords = entries[entryIndex].words
                guard !termWords.isEmpty, start + termWords.count <= words.count else { continue }
                var spells = true
                for (offset, termWord) in termWords.enumerated() {
                    let key = keys[offset] ?? Vocabulary.key(words[start + offset])
                    keys[offset] = key
                    if key != termWord {
                        spells = false
                        break
                    }
                }
                guard spells else { continue }
                if best == nil || termWords.count > best!.wordCount { best = (entryIndex, termWords.count) }
            }
            // The term is joined once, for the match kept.
            guard let best else { return nil }
            let term = best.wordCount == 1 ? words[start] : words[start..<(start + best.wordCount)].joined(separator: " ")
            return Match(level: entries[best.entry].level, term: term, wordCount: best.wordCount)
        }
    }
}
