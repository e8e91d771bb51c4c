import PlanciteLayout

/// Blocks that the walk can pass over from their first and last bytes, without their text.
extension StructureWalker {
    /// Takes a block whose first token and last byte show that it starts no level heading, no
    /// numbered or listed action item and ends no intro sentence; true when it did, with the
    /// effects a visit of its text has (a heading closes contexts; the last table item, a title
    /// continuation and an intro term are forgotten). False leaves the block to the full visit.
    ///
    /// Normalising keeps printable ASCII other than the space where it is: it rewrites only white
    /// space, bytes outside ASCII and the spacing between words, and joins words. So when the first
    /// token is printable ASCII, the text's first word starts with it (a term's first word must
    /// start with it too, `Contents` or `Table` too, and a number must start with a digit); when
    /// the last byte is printable ASCII, the text ends with it (`:` alone ends an intro sentence).
    /// Blocks that a pending title or statement, a title continuation, an intro sentence or a
    /// `Contents` page may take, and blocks with a list marker other than the bullet, get the full visit.
    mutating func visitPlain(_ block: Block) -> Bool {
        guard pending == nil, contentsPage != block.page,
            block.kind != .heading || titleContinuation == nil,
            block.kind != .listItem || introTerm == nil,
            let (firstToken, last) = TokenText.edges(of: block.lines),
            last &- 0x21 < 0x5E, last != 0x3A,
            !terms.mayMatchStart(beginningWith: firstToken)
        else { return false }
        // (`mayMatchStart` has checked that the first token is printable ASCII.)
        let first = firstToken.utf8.first!
        if let marker = block.listMarker, !marker.isEmpty {
            // The bullet is not in the text, which starts in ASCII: the text is the body, and a
            // bullet starts no number.
            guard marker.utf8.elementsEqual(StructureWalker.bulletBytes) else { return false }
        } else if first >= 0x30 && first <= 0x39, block.kind != .heading,
            currentGoal != nil || currentObjective != nil || currentHeadingAction != nil
        {
            return false
        }
        // `contents` or `table of contents`, in any case, in a heading or a block of one line.
        if block.kind == .heading || block.lines.count <= 1,
            StructureWalker.beginsCaseBlind("contents", with: firstToken)
                || StructureWalker.beginsCaseBlind("table", with: firstToken)
        {
            return false
        }
        if StructureWalker.halfShowLeaders(block.lines) { return true }
        lastTableAction = nil
        if titleContinuation != nil { titleContinuation = nil }
        introTerm = nil
        if block.kind == .heading { closeContexts(at: block.headingLevel) }
        return true
    }

    /// True when the lower-case ASCII `word` starts with the ASCII `prefix`, read case-blind.
    static func beginsCaseBlind(_ word: StaticString, with prefix: String) -> Bool {
        let count = word.utf8CodeUnitCount
        guard prefix.utf8.count <= count else { return false }
        let start = word.utf8Start
        var offset = 0
        for byte in prefix.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            guard lower == start[offset] else { return false }
            offset += 1
        }
        return true
    }

    /// `•` (U+2022), the marker the layout stage gives a bulleted list item.
    static let bulletBytes: [UInt8] = [0xE2, 0x80, 0xA2]
}
