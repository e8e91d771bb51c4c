import PlanciteCore

/// Finds running headers, footers and page numbers.
///
/// A line is furniture when it lies wholly in the top or bottom `furnitureBand` of its page and
/// either is a bare page number (`12`, `xiv`, `Page 3`, `- 3 -`, `Page 3 of 9`) with no line
/// beyond it towards the page edge, or its text,
/// with every number replaced by `#`, recurs on at least `furnitureMinPages` pages within
/// `furnitureYTolerance` points of the same height. A line further in, inside `furnitureWideBand`,
/// is furniture only when it is the outermost line of its page, alone at its height but for a page
/// number (not a table row), set apart from the body by a gap of most of its height, and recurs on
/// at least `furnitureWideMinPages` pages (running heads set low, as at 15% of the page).
struct FurnitureDetector {
    let options: LayoutOptions

    struct Candidate {
        var page: Int  // index into the pages array
        var line: Int
        var key: String
        var midY: Double
        var isTop: Bool
        var isWide: Bool
    }

    /// For each page, the furniture kind of each line index found.
    func detect(pages: [(lines: [Line], height: Double)]) -> [[Int: BlockKind]] {
        var result = [[Int: BlockKind]](repeating: [:], count: pages.count)
        var candidates: [Candidate] = []
        for (pageIndex, page) in pages.enumerated() {
            let band = page.height * options.furnitureBand
            let wideBand = page.height * max(options.furnitureBand, options.furnitureWideBand)
            // (Fields read in place: `page.lines.map(\.bbox.y1)` would copy each line.)
            let highestBottom = page.lines.indices.map { page.lines[$0].bbox.y1 }.min() ?? 0
            let lowestTop = page.lines.indices.map { page.lines[$0].bbox.y0 }.max() ?? 0
            // (Lines are read in place: most are tested on their box alone, and a copy would retain their tokens.)
            for lineIndex in page.lines.indices {
                let box = page.lines[lineIndex].bbox
                let isTop = box.y1 <= band
                let isBottom = box.y0 >= page.height - band
                guard !isTop, !isBottom else {
                    let text = page.lines[lineIndex].text
                    // A bare number is a page number only when no line lies beyond it (else a note label).
                    let outermost = isTop ? box.y0 <= highestBottom : box.y1 >= lowestTop
                    if outermost, Self.isPageNumber(text) {
                        result[pageIndex][lineIndex] = .pageNumber
                        continue
                    }
                    candidates.append(Candidate(
                        page: pageIndex, line: lineIndex, key: Self.key(text), midY: box.midY, isTop: isTop,
                        isWide: false))
                    continue
                }
                let isWideTop = box.y1 <= wideBand && box.y0 <= highestBottom
                let isWideBottom = box.y0 >= page.height - wideBand && box.y1 >= lowestTop
                guard isWideTop || isWideBottom else { continue }
                // Alone at its height but for a page number (else a table row or body text).
                let isNumber = Self.isPageNumber(page.lines[lineIndex].text)
                let alone = !page.lines.indices.contains { other in
                    other != lineIndex && page.lines[other].bbox.y0 < box.y1 && page.lines[other].bbox.y1 > box.y0
                        && !isNumber && !Self.isPageNumber(page.lines[other].text)
                }
                // Set apart from the body by a clear gap (at least 0.8 of its own height).
                let height = box.y1 - box.y0
                let gap = isWideTop
                    ? (page.lines.map(\.bbox.y0).filter { $0 >= box.y1 - 1 }.min() ?? .infinity) - box.y1
                    : box.y0 - (page.lines.map(\.bbox.y1).filter { $0 <= box.y0 + 1 }.max() ?? -.infinity)
                guard alone, gap >= 0.8 * height else { continue }
                candidates.append(Candidate(
                    page: pageIndex, line: lineIndex, key: Self.key(page.lines[lineIndex].text), midY: box.midY, isTop: isWideTop,
                    isWide: true))
            }
        }
        let groups = Dictionary(grouping: candidates.indices) { candidates[$0].key }
        for (key, members) in groups where !key.isEmpty {
            // Cluster members by height; a cluster seen on enough distinct pages is furniture.
            let sorted = members.sorted { candidates[$0].midY < candidates[$1].midY }
            var cluster: [Int] = []
            func close() {
                let pagesSeen = Set(cluster.map { candidates[$0].page })
                if pagesSeen.count >= options.furnitureMinPages {
                    let wideAccepted = pagesSeen.count >= options.furnitureWideMinPages
                    for member in cluster where wideAccepted || !candidates[member].isWide {
                        let candidate = candidates[member]
                        result[candidate.page][candidate.line] = candidate.isTop ? .header : .footer
                    }
                }
                cluster = []
            }
            for member in sorted {
                if let last = cluster.last,
                    candidates[member].midY - candidates[last].midY > options.furnitureYTolerance
                {
                    close()
                }
                cluster.append(member)
            }
            close()
        }
        return result
    }

    /// The text with numbers (arabic, or roman standing alone) replaced by `#`, case and spacing folded.
    static func key(_ text: String) -> String {
        if let key = asciiKey(text) { return key }
        var words: [String] = []
        for word in text.lowercased().split(whereSeparator: { $0 == " " }) {
            if QuickChecks.romanValue(of: word) != nil { words.append("#"); continue }
            var folded = ""
            var inNumber = false
            for character in word {
                if character.isNumber {
                    if !inNumber { folded.append("#") }
                    inNumber = true
                } else {
                    folded.append(character)
                    inNumber = false
                }
            }
            words.append(folded)
        }
        return words.joined(separator: " ")
    }

    private static let pageNumberWrappers: Set<Character> = ["-", "–", "—", "(", ")", "[", "]"]

    /// `key(_:)` on bytes, for ASCII text that may hold the punctuation of `isInertPunctuation`
    /// (a CR LF pair is copied as it is, as the general path does); nil for other text.
    private static func asciiKey(_ text: String) -> String? {
        let key = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x20 { index += 1; continue }
                var end = index
                while end < bytes.count, bytes[end] != 0x20 {
                    if bytes[end] < 0x80 {
                        end += 1
                    } else {
                        guard end + 2 < bytes.count, isInertPunctuation(bytes[end], bytes[end + 1], bytes[end + 2])
                        else { return nil }
                        end += 3
                    }
                }
                if !out.isEmpty { out.append(0x20) }
                // (Lowercasing leaves the Roman-letter test unchanged: it folds case itself.)
                func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
                if bytes[index..<end].allSatisfy(QuickChecks.isRomanLetter),
                    RomanNumeral.value(of: String(decoding: bytes[index..<end].map(lower), as: UTF8.self)) != nil
                {
                    out.append(UInt8(ascii: "#"))
                } else {
                    var inNumber = false
                    for byte in bytes[index..<end].lazy.map(lower) {
                        if (0x30...0x39).contains(byte) {
                            if !inNumber { out.append(UInt8(ascii: "#")) }
                            inNumber = true
                        } else {
                            out.append(byte)
                            inNumber = false
                        }
                    }
                }
                index = end
            }
            return String(decoding: out, as: UTF8.self)
        }
        return key ?? nil
    }

    /// True for the UTF-8 of U+2010...U+2027 (dashes, quotes, daggers, bullets, ellipsis): no case,
    /// no number, and a character of its own next to any ASCII character.
    private static func isInertPunctuation(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        first == 0xE2 && second == 0x80 && (0x90...0xA7).contains(third)
    }

    /// True for a bare page number: `12`, `xiv`, `Page 3`, `page 3 of 9`, `- 3 -`.
    static func isPageNumber(_ text: String) -> Bool {
        guard mayBePageNumber(text) else { return false }
        if let answer = asciiIsPageNumber(text) { return answer }
        var words = text.lowercased().split(separator: " ").map(String.init)
        words.removeAll { $0 == "-" || $0 == "–" || $0 == "—" || $0 == "|" }
        if words.first == "page" || words.first == "p." { words.removeFirst() }
        if words.count == 3, words[1] == "of" { words.removeLast(2) }
        guard words.count == 1, let first = words.first else { return false }
        let word = String(first.drop { pageNumberWrappers.contains($0) }.reversed().drop { pageNumberWrappers.contains($0) }.reversed())
        if !word.isEmpty, word.count <= 4, word.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        return QuickChecks.romanValue(of: word) != nil
    }

    /// `isPageNumber(_:)` on bytes for ASCII text (one character per byte but for CR LF, which is
    /// neither a space, a separator, a wrapper nor a digit either way); nil for other text.
    private static func asciiIsPageNumber(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            // Words between spaces, lowercased; lone `-` and `|` dropped.
            var words: [ArraySlice<UInt8>] = []
            var start = 0
            let lowered = bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
            for end in 0...lowered.count where end == lowered.count || lowered[end] == 0x20 {
                let word = lowered[start..<end]
                start = end + 1
                if word.isEmpty || (word.count == 1 && (word.first == UInt8(ascii: "-") || word.first == UInt8(ascii: "|"))) {
                    continue
                }
                words.append(word)
            }
            if let first = words.first, first.elementsEqual("page".utf8) || first.elementsEqual("p.".utf8) {
                words.removeFirst()
            }
            if words.count == 3, words[1].elementsEqual("of".utf8) { words.removeLast(2) }
            guard words.count == 1, var word = words.first else { return false }
            func isWrapper(_ byte: UInt8) -> Bool {
                switch byte {
                case UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"): true
                default: false
                }
            }
            while let first = word.first, isWrapper(first) { word.removeFirst() }
            while let last = word.last, isWrapper(last) { word.removeLast() }
            if !word.isEmpty, word.count <= 4, word.allSatisfy({ (0x30...0x39).contains($0) }) { return true }
            guard !word.isEmpty, word.allSatisfy(QuickChecks.isRomanLetter) else { return false }
            return RomanNumeral.value(of: String(decoding: word, as: UTF8.self)) != nil
        }
    }

    /// True when the bytes spell `-`, `–`, `—` or `|` (compared byte by byte, no list of strings made).
    private static func isSeparator(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        switch word.count {
        case 1:
            return word.first == UInt8(ascii: "-") || word.first == UInt8(ascii: "|")
        case 3:
            // U+2013 and U+2014 are E2 80 93 and E2 80 94.
            let start = word.startIndex
            return word[start] == 0xE2 && word[start + 1] == 0x80 && (word[start + 2] == 0x93 || word[start + 2] == 0x94)
        default:
            return false
        }
    }

    /// False when the text has more than four words besides dash and bar separators, which no
    /// page number (`page 3 of 9` at most) has. Only words between spaces that are characters of
    /// their own (ASCII on both sides) are counted, so the count never exceeds the true one.
    private static func mayBePageNumber(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var words = 0
            var start = 0  // the current stretch between sure spaces
            var hasSpace = false  // it holds a space that may join its neighbours
            func close(_ end: Int) {
                guard end > start, !hasSpace else { return }
                if !isSeparator(bytes[start..<end]) { words += 1 }
            }
            for index in bytes.indices where bytes[index] == 0x20 {
                let before = index == 0 ? 0 : bytes[index - 1]
                let after = index + 1 == bytes.count ? 0 : bytes[index + 1]
                guard before < 0x80, after < 0x80 else { hasSpace = true; continue }
                close(index)
                if words > 4 { return false }
                start = index + 1
                hasSpace = false
            }
            close(bytes.count)
            return words <= 4
        } ?? true
    }
}
