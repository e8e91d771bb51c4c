import PlanciteCore
import PlanciteLayout

/// A marker found in body text, before linking.
struct MarkerCandidate: Sendable, Equatable {
    var label: NoteLabel
    var page: Int
    var bbox: Rect
    var context: String
    var style: MarkerStyle
    var anchor: TextAnchor
    var block: BlockRef
    var blockKind: BlockKind
    /// Words in the block, for telling title-page lines from running text.
    var blockWordCount: Int
    /// True when the block's text ends like a sentence (`.`, `?`, `!`).
    var blockEndsSentence: Bool
}

/// Finds note markers in body blocks.
///
/// Grammar of a marker:
/// ```
/// superscript-marker := superscript token whose text is label ([,–-] label)*   -- `3`, `ii`, `*`, `1,2`, `4–6`
/// bracket-marker     := "[" arabic ([,–-] " "? arabic)* "]" inside a word token  -- `[12]`, `text[3].`, `[4, 5]`
/// ```
/// Exponent tokens (after a digit or variable) are not markers, except right after a year (`in 2023⁷`). Bracket markers are read only when
/// the document uses them consistently: at least two in the body, more than its superscript markers,
/// and never in a token that holds a URL (`://`, `www.`, `/`) or math (`=`, `+`, `^`).
struct MarkerDetector {
    var bracketMode: CitationOptions.BracketMarkers

    /// What a pass over one block's tokens counted; a block with no candidate is skipped.
    private struct BlockTally {
        var ref: BlockRef
        /// The block's lines that are not excluded (notes take a block's lines from one on).
        var lines: Range<Int>
        /// Superscripts that read as labels.
        var superscriptMarkers = 0
        /// Bracket groups in words (counted unless brackets are never markers).
        var bracketGroups = 0
        /// True when an exponent reads as a label (a marker when it follows a year).
        var hasExponentLabel = false
    }

    /// Markers in body lines other than `excluded` (the lines of notes), in reading order.
    func detect(in document: LayoutDocument, excluding excluded: ExcludedLines) -> [MarkerCandidate] {
        var tallies: [BlockTally] = []
        tallies.reserveCapacity(document.pages.reduce(0) { $0 + $1.body.count })
        for pageIndex in document.pages.indices {
            let body = document.pages[pageIndex].body
            for index in body.indices {
                let ref = BlockRef(page: pageIndex, index: index)
                let lineCount = body[index].lines.count
                var tally = BlockTally(ref: ref, lines: 0..<min(lineCount, excluded.firstExcludedLine(of: ref)))
                for line in tally.lines {
                    // Indexing reads only the fields used, instead of copying each token.
                    body[index].lines[line].tokens.withUnsafeBufferPointer { tokens in
                        for token in tokens.indices {
                            switch tokens[token].kind {
                            case .superscript:
                                if !MarkerDetector.labels(inSuperscript: tokens[token].text).isEmpty { tally.superscriptMarkers += 1 }
                            case .exponent:
                                if !tally.hasExponentLabel, !MarkerDetector.labels(inSuperscript: tokens[token].text).isEmpty {
                                    tally.hasExponentLabel = true
                                }
                            case .word:
                                // A bracket group needs a `[` byte.
                                if bracketMode != .never, ASCIIBytes.contains(tokens[token].text, byte: 0x5B) {
                                    tally.bracketGroups += MarkerDetector.bracketGroups(in: tokens[token].text).count
                                }
                            case .subscript:
                                break
                            }
                        }
                    }
                }
                tallies.append(tally)
            }
        }
        let useBrackets: Bool
        switch bracketMode {
        case .never: useBrackets = false
        case .always: useBrackets = true
        case .auto:
            let superscripts = tallies.reduce(0) { $0 + $1.superscriptMarkers }
            let brackets = tallies.reduce(0) { $0 + $1.bracketGroups }
            useBrackets = brackets >= 2 && brackets > superscripts
        }
        var candidates: [MarkerCandidate] = []
        for tally in tallies {
            // Most blocks hold no marker: skip them before building their text.
            guard tally.superscriptMarkers > 0 || tally.hasExponentLabel || (useBrackets && tally.bracketGroups > 0)
            else { continue }
            let block = document.pages[tally.ref.page].body[tally.ref.index]
            // Bytes when every token is ASCII without `\r`, characters otherwise.
            candidates += markers(in: block, lines: tally.lines, ref: tally.ref, brackets: useBrackets, as: UInt8.self)
                ?? markers(in: block, lines: tally.lines, ref: tally.ref, brackets: useBrackets, as: Character.self) ?? []
        }
        return candidates
    }

    /// A marker found in a block's text, before its sentence is cut out.
    private struct Found {
        var labels: [NoteLabel]
        var page: Int
        var bbox: Rect
        /// Index into the block's characters.
        var position: Int
        var offset: Int
        var style: MarkerStyle
    }

    /// Markers in the given lines of a block, whose text is read as `C`; nil when some token's text
    /// cannot be (`C.canRead`).
    private func markers<C: SentenceCharacter>(
        in block: Block, lines: Range<Int>, ref: BlockRef, brackets: Bool, as _: C.Type
    ) -> [MarkerCandidate]? {
        // The block's characters are written in place: `storage` is made large enough for each line
        // before it is read (a token gives at most one character per UTF-8 byte, and a space before
        // it), and its first `length` are the text so far. Appending to an array token by token
        // cost more than the rest of the pass.
        // The block's span of page text (scalars, spaces included) is about its length here.
        var storage = [C](repeating: C.space, count: max(0, block.range.count) + lines.count)
        var length = 0
        var found: [Found] = []
        var wordCount = 0
        for line in lines {
            // Indexing the buffer reads only the fields used, instead of copying each token.
            let readable = block.lines[line].tokens.withUnsafeBufferPointer { tokens -> Bool in
                var room = 0
                for index in tokens.indices { room += tokens[index].text.utf8.count + 1 }
                if storage.count - length < room { storage += repeatElement(C.space, count: max(room, storage.count)) }
                return storage.withUnsafeMutableBufferPointer { characters -> Bool in
                    for index in tokens.indices {
                        let kind = tokens[index].kind
                        if kind != .word || (brackets && ASCIIBytes.contains(tokens[index].text, byte: 0x5B)) {
                            guard C.canRead(tokens[index].text) else { return false }
                        }
                        switch kind {
                        case .superscript:
                            let labels = MarkerDetector.labels(inSuperscript: tokens[index].text)
                            if !labels.isEmpty {
                                found.append(Found(
                                    labels: labels, page: tokens[index].page, bbox: tokens[index].bbox, position: length,
                                    offset: tokens[index].range.start, style: .superscript))
                            }
                            continue
                        case .word where brackets && ASCIIBytes.contains(tokens[index].text, byte: 0x5B):
                            let groups = MarkerDetector.bracketGroups(in: tokens[index].text)
                            if groups.isEmpty { break }
                            let token = tokens[index]
                            var text = token.text
                            var removed = 0
                            var positions: [Int] = []
                            for group in groups {
                                let lower = group.range.lowerBound - removed
                                let start = text.index(text.startIndex, offsetBy: lower)
                                text.removeSubrange(start..<text.index(start, offsetBy: group.range.count))
                                removed += group.range.count
                                positions.append(lower)
                            }
                            let gluesToPrevious = token.text.hasPrefix("[") && (text.first.map { ".,;:)".contains($0) } ?? true)
                            if token.spaceBefore && length > 0 && !gluesToPrevious {
                                characters[length] = C.space
                                length += 1
                            }
                            for (group, lower) in zip(groups, positions) {
                                found.append(Found(
                                    labels: group.labels, page: token.page, bbox: token.bbox, position: length + lower,
                                    offset: token.range.start + group.scalarOffset, style: .bracket))
                            }
                            C.write(text, to: characters, at: &length)
                            if !text.isEmpty { wordCount += 1 }
                            continue
                        case .exponent where MarkerDetector.endsWithYear(UnsafeBufferPointer(rebasing: characters[..<length])):
                            // `in 2023⁷`: raised after a digit, so the layout calls it an exponent, but no one squares a year.
                            let labels = MarkerDetector.labels(inSuperscript: tokens[index].text)
                            if labels.isEmpty { break }
                            found.append(Found(
                                labels: labels, page: tokens[index].page, bbox: tokens[index].bbox, position: length,
                                offset: tokens[index].range.start, style: .superscript))
                            continue
                        case .exponent, .subscript, .word:
                            break
                        }
                        if tokens[index].spaceBefore && length > 0 {
                            characters[length] = C.space
                            length += 1
                        }
                        C.write(tokens[index].text, to: characters, at: &length)
                        wordCount += 1
                    }
                    return true
                }
            }
            guard readable else { return nil }
        }
        storage.removeSubrange(length...)
        let characters = storage
        // The words appended are checked here at once (the other tokens were checked above).
        guard C.canRead(characters) else { return nil }
        let ending = characters.last { !($0.isCloser || $0.isSpace) }
        let endsSentence = ending.map(\.isTerminator) ?? false
        var candidates: [MarkerCandidate] = []
        for entry in found {
            let context = SentenceContext.sentence(in: characters, at: entry.position)
            for label in entry.labels {
                candidates.append(MarkerCandidate(
                    label: label, page: entry.page, bbox: entry.bbox, context: context,
                    style: entry.style, anchor: TextAnchor(page: entry.page, offset: entry.offset),
                    block: ref, blockKind: block.kind, blockWordCount: wordCount,
                    blockEndsSentence: endsSentence))
            }
        }
        return candidates
    }

    /// True when the text so far ends with a year (1800–2099) standing alone.
    static func endsWithYear<C: SentenceCharacter>(_ characters: UnsafeBufferPointer<C>) -> Bool {
        guard characters.count >= 4 else { return false }
        let tail = characters.suffix(4)
        guard tail.allSatisfy(\.isASCIIDigit), let year = Int(C.string(ArraySlice(tail))), (1800...2099).contains(year)
        else { return false }
        let before = characters.count > 4 ? characters[characters.count - 5] : C.space
        return !(before.isNumeral || before.isPeriodOrComma)
    }

    /// The labels in a superscript's text: `3`, `3,` `1,2`, `4–6` (ranges expanded up to 20 labels).
    static func labels(inSuperscript text: String) -> [NoteLabel] {
        if let label = singleArabicLabel(text) { return [label] }
        let trimmed = text.trimming(" ,;.()")
        guard !trimmed.isEmpty else { return [] }
        var labels: [NoteLabel] = []
        for part in trimmed.split(separator: ",").map({ String($0).trimming(" ") }) {
            if let label = NoteLabel(part) {
                labels.append(label)
                continue
            }
            let ends = part.split(whereSeparator: { "-–".contains($0) })
            guard ends.count == 2, let low = NoteLabel(ends[0]), let high = NoteLabel(ends[1]),
                low.style == high.style, low.style != .symbol, high.value > low.value, high.value - low.value < 20
            else { return [] }
            for value in low.value...high.value {
                if let label = NoteLabel.label(style: low.style, value: value) { labels.append(label) }
            }
        }
        return labels
    }

    /// `labels(inSuperscript:)` of the common case, an ASCII number of one to three digits (not
    /// starting with `0`) between any of ` ,;.()`; nil for every other text.
    static func singleArabicLabel(_ text: String) -> NoteLabel? {
        var text = text
        return text.withUTF8 { bytes -> NoteLabel? in
            var start = 0
            var end = bytes.count
            while start < end, isTrimmed(bytes[start]) { start += 1 }
            while end > start, isTrimmed(bytes[end - 1]) { end -= 1 }
            guard end - start >= 1, end - start <= 3, bytes[start] != 0x30 else { return nil }
            var value = 0
            for offset in start..<end {
                guard ASCIIBytes.isDigit(bytes[offset]) else { return nil }
                value = value * 10 + Int(bytes[offset] &- 0x30)
            }
            return NoteLabel(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
                             style: .arabic, value: value)
        }
    }

    /// The bytes `labels(inSuperscript:)` trims: ` ,;.()`.
    private static func isTrimmed(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2C || byte == 0x3B || byte == 0x2E || byte == 0x28 || byte == 0x29
    }

    struct BracketGroup {
        var labels: [NoteLabel]
        /// Character offsets of `[…]` in the token text.
        var range: Range<Int>
        /// Unicode scalar offset of `[` in the token text.
        var scalarOffset: Int
    }

    /// Bracketed arabic markers in a word token, none when the token looks like a URL or math.
    static func bracketGroups(in text: String) -> [BracketGroup] {
        guard ASCIIBytes.contains(text, byte: 0x5B), text.contains("["), !text.contains("://"), !text.lowercased().contains("www."), !text.contains("/"),
            !text.contains(where: { "=+^<>".contains($0) })
        else { return [] }
        let characters = Array(text)
        var groups: [BracketGroup] = []
        var index = 0
        while index < characters.count {
            guard characters[index] == "[", let close = characters[index...].firstIndex(of: "]") else {
                index += 1
                continue
            }
            let inside = String(characters[(index + 1)..<close])
            let labels = labels(inSuperscript: inside)
            if !inside.isEmpty, inside.allSatisfy({ $0.isNumber || ",–- ".contains($0) }), !labels.isEmpty,
                labels.allSatisfy({ $0.style == .arabic })
            {
                let scalarOffset = String(characters[..<index]).unicodeScalars.count
                groups.append(BracketGroup(labels: labels, range: index..<(close + 1), scalarOffset: scalarOffset))
            }
            index = close + 1
        }
        return groups
    }
}

extension String {
    func trimming(_ set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
