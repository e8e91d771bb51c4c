import PlanciteCore
import PlanciteLayout

/// Cuts a run of lines into label-first notes.
///
/// A line opens a note when it starts with a label: a superscript token, a word `1`, `1.`, `1)`,
/// `[1]`, `i.`, `*`, a label glued to the first word (`1.Ibid.`), a label drawn in two digit pieces
/// (`1` `14` when 114 is due, or two touching superscripts), or the block's list marker. The
/// first line of a block may open any label. A later line of the same block opens only the label
/// that follows the current note's, or — when the label is set off clearly (superscript, `4.`, `4)`,
/// `[4]`) — a higher label of the same style up to ten further on (so a wrapped line that starts
/// with a number stays in its note). Lines that open nothing continue the current note; lines
/// before the first note are kept in `leading`.
struct NoteSegmenter {
    /// A label that opens a line.
    struct Opening {
        var label: NoteLabel
        /// The tokens after the label.
        var rest: ArraySlice<Token>
        /// True when the label is set off by more than a space (superscript, `.`, `)`, brackets).
        var isDistinct: Bool
    }

    let isFootnote: Bool
    private(set) var drafts: [NoteDraft] = []
    /// Text of lines fed before any note opened (a continuation of a note collected earlier).
    private(set) var leading: [String] = []
    /// Set by the caller; the next note opened gets `startsGroup`.
    var pendingGroupBreak = false

    init(isFootnote: Bool) { self.isFootnote = isFootnote }

    /// Feeds the lines of a block from `firstLine` on; `firstLine` counts as the block's first line.
    mutating func feed(_ block: Block, from firstLine: Int = 0) {
        for index in block.lines.indices where index >= firstLine {
            let line = block.lines[index]
            let opening = NoteSegmenter.leadingLabel(
                of: line.tokens, listMarker: index == 0 ? block.listMarker : nil,
                expected: drafts.last?.label.successor)
            if let opening, index == firstLine || accepts(opening) {
                drafts.append(
                    NoteDraft(
                        label: opening.label, page: line.page, bbox: line.bbox, text: "",
                        isFootnote: isFootnote, startsGroup: pendingGroupBreak))
                pendingGroupBreak = false
                append(LineText.text(of: opening.rest), bbox: line.bbox, page: line.page)
            } else {
                append(LineText.text(of: line.tokens[...]), bbox: line.bbox, page: line.page)
            }
        }
    }

    private func accepts(_ opening: Opening) -> Bool {
        guard let current = drafts.last?.label else { return true }
        if opening.label == current.successor { return true }
        return opening.isDistinct && opening.label.style == current.style
            && opening.label.value > current.value && opening.label.value <= current.value + 10
    }

    /// Appends continuation text to the current note (or to `leading`), opening new notes at labels
    /// glued inside the text (`…/briefs/07. 4.Rural`, `guide.7.Accessibility`) when they continue the
    /// numbering (the current label up to ten further on).
    mutating func append(_ text: String, bbox: Rect, page: Int) {
        // Most lines hold no glued label: their text goes in as it is, without a list of pieces.
        guard NoteSegmenter.mayCut(text, after: drafts.last?.label) else {
            appendPlain(NoteSegmenter.droppingLeadingSpaces(text), bbox: bbox, page: page)
            return
        }
        var pieces = NoteSegmenter.gluedPieces(text, after: drafts.last?.label)
        appendPlain(pieces.removeFirst().text, bbox: bbox, page: page)
        for piece in pieces {
            drafts.append(
                NoteDraft(
                    label: piece.label!, page: page, bbox: bbox, text: piece.text, isFootnote: isFootnote,
                    startsGroup: false))
        }
    }

    /// Splits text at glued labels `N.Word` that continue the numbering from `current`.
    static func gluedPieces(_ text: String, after current: NoteLabel?) -> [(label: NoteLabel?, text: String)] {
        guard mayCut(text, after: current) else {
            // No glued label opens: the words joined again, as below, are the text without leading spaces.
            return [(nil, droppingLeadingSpaces(text))]
        }
        var pieces: [(label: NoteLabel?, text: String)] = [(nil, "")]
        var current = current
        // In grapheme-simple text every space byte is a character of its own: split the bytes.
        let words: [Substring] = ASCIIBytes.isGraphemeSimple(text)
            ? text.utf8.split(separator: 0x20, omittingEmptySubsequences: false).map { Substring($0) }
            : text.split(separator: " ", omittingEmptySubsequences: false)
        for word in words {
            var cut: (label: NoteLabel, head: String, text: String)?
            // A glued label is ASCII digits then `.`.
            if let label = current, label.style == .arabic, ASCIIBytes.hasDigitBeforePeriod(word) {
                cut = gluedCut(in: word, after: label, mayOpenWord: pieces.count > 1 || !pieces[0].text.isEmpty)
            }
            let last = pieces.count - 1
            if let cut {
                let head = cut.head
                if !head.isEmpty {
                    if !pieces[last].text.isEmpty { pieces[last].text.append(" ") }
                    pieces[last].text.append(head)
                }
                pieces.append((cut.label, cut.text))
                current = cut.label
            } else {
                if !pieces[last].text.isEmpty { pieces[last].text.append(" ") }
                pieces[last].text.append(contentsOf: word)
            }
        }
        return pieces
    }

    /// False when `gluedPieces` surely does not cut the text (its one piece is the text without
    /// leading spaces).
    static func mayCut(_ text: String, after current: NoteLabel?) -> Bool {
        guard let label = current, label.style == .arabic else { return false }
        // Grapheme-simple text is split at space bytes: look for a cut before building pieces
        // (none without a digit before a period).
        return ASCIIBytes.isGraphemeSimple(text) ? opensGluedLabel(text, after: label) : ASCIIBytes.hasDigitBeforePeriod(text)
    }

    /// The text without leading spaces.
    static func droppingLeadingSpaces(_ text: String) -> String {
        text.utf8.first == 0x20 ? String(text.drop { $0 == " " }) : text
    }

    /// True when `gluedPieces` cuts grapheme-simple text at least once: some word holding a digit,
    /// `.` and a byte that may open the text after a glued label has a glued cut after `label`,
    /// given whether text comes before it.
    private static func opensGluedLabel(_ text: String, after label: NoteLabel) -> Bool {
        let utf8 = text.utf8
        func hasCut(_ word: Range<Int>, seenText: Bool) -> Bool {
            let start = utf8.index(utf8.startIndex, offsetBy: word.lowerBound)
            let end = utf8.index(utf8.startIndex, offsetBy: word.upperBound)
            return gluedCut(in: Substring(utf8[start..<end]), after: label, mayOpenWord: seenText) != nil
        }
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            // A cut needs digits, `.` and then a capital, `"`, `(` or (not ASCII) an uppercase letter
            // or `“`: look at the `.` bytes, then at the word around each such one.
            var checkedWordEnd = 0
            // Each `.` found by `memchr` (most lines hold few).
            var searchStart = 0
            while searchStart < bytes.count,
                let offset = ASCIIBytes.firstOffset(of: 0x2E, in: UnsafeBufferPointer(rebasing: bytes[searchStart...]))
            {
                let period = searchStart + offset
                searchStart = period + 1
                guard period > 0, ASCIIBytes.isDigit(bytes[period - 1]), period + 1 < bytes.count else { continue }
                let next = bytes[period + 1]
                guard ASCIIBytes.isUppercaseLetter(next) || next == 0x22 || next == 0x28 || next >= 0x80,
                    period >= checkedWordEnd
                else { continue }
                var wordStart = period
                while wordStart > 0, bytes[wordStart - 1] != 0x20 { wordStart -= 1 }
                var wordEnd = period
                while wordEnd < bytes.count, bytes[wordEnd] != 0x20 { wordEnd += 1 }
                checkedWordEnd = wordEnd
                // Text comes before the word when a byte before it is not a space.
                let seenText = bytes[..<wordStart].contains { $0 != 0x20 }
                if hasCut(wordStart..<wordEnd, seenText: seenText) { return true }
            }
            return false
        }
        return utf8.withContiguousStorageIfAvailable(scan) ?? Array(utf8).withUnsafeBufferPointer(scan)
    }

    /// The first label glued in a word that continues the numbering from `label` (up to ten on), with
    /// the text before it and after its `.`; at the word's start only when `mayOpenWord`.
    private static func gluedCut(
        in word: Substring, after label: NoteLabel, mayOpenWord: Bool
    ) -> (label: NoteLabel, head: String, text: String)? {
        if word.hasOneCharacterPerByte {
            // ASCII without `\r`: each byte is a character.
            let bytes = Array(word.utf8)
            for index in bytes.indices {
                let boundary = index == 0 || bytes[index - 1] == 0x2E || bytes[index - 1] == 0x29 || bytes[index - 1] == 0x22
                guard boundary, ASCIIBytes.isDigit(bytes[index]) else { continue }
                var end = index
                while end < bytes.count, end - index < 4, ASCIIBytes.isDigit(bytes[end]) { end += 1 }
                if end + 1 < bytes.count, bytes[end] == 0x2E,
                    ASCIIBytes.isUppercaseLetter(bytes[end + 1]) || bytes[end + 1] == 0x22 || bytes[end + 1] == 0x28,
                    let found = NoteLabel(String(decoding: bytes[index..<end], as: UTF8.self)), found.style == .arabic,
                    found.value >= label.value, found.value <= label.value + 10, index > 0 || mayOpenWord
                {
                    return (found, String(decoding: bytes[..<index], as: UTF8.self), String(decoding: bytes[(end + 1)...], as: UTF8.self))
                }
            }
            return nil
        }
        let characters = Array(word)
        for index in characters.indices {
            let boundary = index == 0 || ".)”\"".contains(characters[index - 1])
            guard boundary, characters[index].isASCII, characters[index].isNumber else { continue }
            var end = index
            while end < characters.count, end - index < 4, characters[end].isASCII, characters[end].isNumber { end += 1 }
            if end + 1 < characters.count, characters[end] == ".",
                characters[end + 1].isUppercase || "“\"(".contains(characters[end + 1]),
                let found = NoteLabel(String(characters[index..<end])), found.style == .arabic,
                found.value >= label.value, found.value <= label.value + 10, index > 0 || mayOpenWord
            {
                return (found, String(characters[..<index]), String(characters[(end + 1)...]))
            }
        }
        return nil
    }

    private mutating func appendPlain(_ text: String, bbox: Rect, page: Int) {
        guard !text.isEmpty else { return }
        guard var last = drafts.popLast() else {
            leading.append(text)
            return
        }
        if last.text.isEmpty {
            last.text = text
        } else {
            last.text.append(" ")
            last.text.append(text)
        }
        if page == last.page { last.bbox = last.bbox.union(bbox) }
        drafts.append(last)
    }

    /// The label that opens a line, and the tokens after it.
    static func leadingLabel(of tokens: [Token], listMarker: String?, expected: NoteLabel? = nil) -> Opening? {
        // A label of several digits drawn in pieces (`1` `14` for 114).
        // (Characters that are ASCII numbers are ASCII digit bytes: `\r\n` is no number.)
        if tokens.count >= 3, tokens[0].kind == tokens[1].kind, tokens[0].kind == .superscript || tokens[0].kind == .word,
            tokens[0].text.utf8.allSatisfy(ASCIIBytes.isDigit), tokens[1].text.utf8.allSatisfy(ASCIIBytes.isDigit),
            let joined = NoteLabel(tokens[0].text + tokens[1].text),
            joined == expected || (tokens[0].kind == .superscript && !tokens[1].spaceBefore)
        {
            return Opening(label: joined, rest: tokens.dropFirst(2), isDistinct: true)
        }
        if let listMarker, let label = NoteLabel.normalising(listMarker) {
            if let first = tokens.first, first.text == listMarker || NoteLabel.normalising(first.text) == label {
                return Opening(label: label, rest: tokens.dropFirst(), isDistinct: true)
            }
            return Opening(label: label, rest: tokens[...], isDistinct: true)
        }
        guard let first = tokens.first else { return nil }
        switch first.kind {
        case .superscript:
            guard tokens.count > 1, let label = NoteLabel.normalising(first.text) else { return nil }
            return Opening(label: label, rest: tokens.dropFirst(), isDistinct: true)
        case .word:
            let text = first.text
            guard let label = NoteLabel.normalising(text) else { return gluedLabel(tokens) }
            guard tokens.count > 1 else { return nil }
            let isDistinct = text.hasSuffix(".") || text.hasSuffix(")") || text.hasPrefix("[")
            // A bare roman or symbol word must be followed by a capitalised word, a number or a quote.
            let followedWell = tokens[1].text.first.map { $0.isUppercase || $0.isNumber || "“\"‘(".contains($0) } ?? false
            if label.style != .arabic && !isDistinct && !followedWell { return nil }
            return Opening(label: label, rest: tokens.dropFirst(), isDistinct: isDistinct)
        default:
            return nil
        }
    }

    /// A label glued to the first word, as in `1.Ibid.` or `iv.Jane`.
    /// True for a word of one character per byte with no `.` or `)` in its first five bytes (so in
    /// its first five characters): no glued label. Read from the contiguous bytes in one pass.
    static func hasNoGluedCut(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var cutByte = false
            for index in 0..<min(5, bytes.count) where bytes[index] == 0x2E || bytes[index] == 0x29 { cutByte = true }
            return !cutByte && bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        } ?? (text.hasOneCharacterPerByte && !text.utf8.prefix(5).contains(where: { $0 == 0x2E || $0 == 0x29 }))
    }

    private static func gluedLabel(_ tokens: [Token]) -> Opening? {
        let text = tokens[0].text
        if hasNoGluedCut(text) { return nil }
        guard let cut = text.prefix(5).firstIndex(where: { $0 == "." || $0 == ")" }) else { return nil }
        let remainder = text[text.index(after: cut)...]
        guard let next = remainder.first, next.isUppercase || "“\"‘".contains(next),
            let label = NoteLabel(text[..<cut]), label.style != .symbol
        else { return nil }
        var first = tokens[0]
        first.text = String(remainder)
        return Opening(label: label, rest: ([first] + tokens.dropFirst())[...], isDistinct: true)
    }
}
