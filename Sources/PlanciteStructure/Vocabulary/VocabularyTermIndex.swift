extension Vocabulary {
    /// The terms split into lower-case words once, for matching the start of many texts.
    struct TermIndex: Sendable {
        private let entries: [(level: Level, words: [String])]
        /// The most words a term has: that many words of a text are enough to match any term.
        let mostWords: Int
        /// The first word of every term: a text whose first word is not one of them matches no term.
        private let firstWords: Set<String>

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
        }

        /// False when the first word of the text (as `WordCursor` splits it) is surely no term's
        /// first word; true when it is, or when it is not plain ASCII.
        func mayMatchStart(of text: String) -> Bool {
            let bytes = text.utf8
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
            var start = bytes.startIndex
            while start < bytes.endIndex, isSpace(bytes[start]) { bytes.formIndex(after: &start) }
            var end = start
            while end < bytes.endIndex, !isSpace(bytes[end]) {
                if bytes[end] >= 0x80 { return true }
                bytes.formIndex(after: &end)
            }
            return start == end || firstWords.contains(Vocabulary.key(String(text[start..<end])))
        }

        /// The longest term that the words starting at `start` spell exactly (as `Vocabulary.match`).
        func match(_ words: [String], at start: Int = 0) -> Match? {
            guard start < words.count, case let first = Vocabulary.key(words[start]), firstWords.contains(first) else {
                return nil
            }
            var best: Match?
            var keys = [String?](repeating: nil, count: max(0, min(words.count - start, mostWords)))
            keys[0] = first
            for entry in entries {
                let termWords = entry.words
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
                if best == nil || termWords.count > best!.wordCount {
                    best = Match(
                        level: entry.level, term: words[start..<(start + termWords.count)].joined(separator: " "),
                        wordCount: termWords.count)
                }
            }
            return best
        }
    }
}
