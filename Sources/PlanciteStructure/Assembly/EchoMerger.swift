/// Groups repeated occurrences of one numbered item into echoes of the same item or true duplicates.
///
/// Occurrences with the same key are an echo when their titles agree (one is empty, one's words
/// begin the other's, or they share at least half their words), or when exactly one of them has
/// children (a summary names a goal in other words than the body that holds its objectives). The winner of a group of echoes
/// is the occurrence with the most children, then the longest text, then the latest. Occurrences
/// that disagree form separate groups; every group after the first gets the suffix `-2`, `-3`….
struct EchoMerger {
    struct Occurrence {
        var index: Int
        var key: String
        var title: String
        /// Counted with the title into `length`, only when a rank needs it.
        var statement: String?
        var children: Int
        private var knownLength: Int?

        init(index: Int, key: String, title: String, length: Int, children: Int) {
            self.index = index
            self.key = key
            self.title = title
            self.children = children
            self.knownLength = length
        }

        /// An occurrence whose length (title and statement, in characters) is counted when needed:
        /// most occurrences are never ranked.
        init(index: Int, key: String, title: String, statement: String?, children: Int) {
            self.index = index
            self.key = key
            self.title = title
            self.statement = statement
            self.children = children
        }

        var length: Int {
            knownLength ?? TextScan.characterCount(title) + (statement.map(TextScan.characterCount) ?? 0)
        }
    }

    struct Group {
        var key: String
        /// 1 for the first group of a key, 2 for the next…
        var ordinal: Int
        var members: [Int]
        var winner: Int
    }

    static func group(_ occurrences: [Occurrence]) -> [Group] {
        var groups: [Group] = []
        groups.reserveCapacity(occurrences.count)
        /// The groups of each key, in order.
        var groupsByKey: [String: [Int]] = [:]
        groupsByKey.reserveCapacity(occurrences.count)
        /// The winning occurrence of each group, by group.
        var winners: [Occurrence] = []
        winners.reserveCapacity(occurrences.count)
        for occurrence in occurrences {
            // The key is hashed once: its slot is kept for the append below.
            let slot = groupsByKey.index(forKey: occurrence.key)
            let sameKey = slot.map { groupsByKey.values[$0] } ?? []
            if let found = sameKey.first(where: {
                let representative = winners[$0]
                // The child test first: it spares splitting both titles into words.
                return (representative.children == 0) != (occurrence.children == 0)
                    || similar(representative.title, occurrence.title)
            }) {
                groups[found].members.append(occurrence.index)
                if outranks(occurrence, winners[found]) {
                    groups[found].winner = occurrence.index
                    winners[found] = occurrence
                }
            } else {
                let ordinal = sameKey.count + 1
                if let slot {
                    groupsByKey.values[slot].append(groups.count)
                } else {
                    groupsByKey[occurrence.key] = [groups.count]
                }
                groups.append(Group(
                    key: occurrence.key, ordinal: ordinal, members: [occurrence.index],
                    winner: occurrence.index))
                winners.append(occurrence)
            }
        }
        return groups
    }

    /// `(children, length, index)` of `a` above that of `b`; lengths counted only on a tie in children.
    private static func outranks(_ a: Occurrence, _ b: Occurrence) -> Bool {
        if a.children != b.children { return a.children > b.children }
        let (left, right) = (a.length, b.length)
        if left != right { return left > right }
        return a.index > b.index
    }

    static func similar(_ a: String, _ b: String) -> Bool {
        let left = words(a)
        let right = words(b)
        if left.isEmpty || right.isEmpty { return true }
        let shorter = left.count <= right.count ? left : right
        let longer = left.count <= right.count ? right : left
        if Array(longer.prefix(shorter.count)) == shorter { return true }
        let shared = Set(left).intersection(right).count
        return shared * 2 >= Set(left).union(right).count
    }

    static func words(_ text: String) -> [String] {
        if text.isASCII {
            // ASCII letters and digits are the only ASCII characters that are letters or numbers.
            return text.utf8.split(whereSeparator: { !isAlphanumeric($0) }).map {
                String(decoding: $0.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
            }
        }
        return text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
