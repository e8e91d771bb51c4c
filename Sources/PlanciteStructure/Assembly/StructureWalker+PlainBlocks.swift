import PlanciteLayout

/// Blocks that the walk can pass over from their first and last bytes, without their text.
extension StructureWalker {
    /// Takes a block whose first and last bytes show that it starts no level heading, no numbered
    /// or listed action item and ends no intro sentence; true when it did, with the effects a visit
    /// of its text has (a heading closes contexts; the last table item, a title continuation and
    /// an intro term are forgotten). False leaves the block to the full visit.
    ///
    /// Normalising keeps a first or last byte that is printable ASCII other than the space: it
    /// rewrites only white space, bytes outside ASCII and the spacing between words. So the text
    /// starts with the first byte (a term's first word cannot start there, nor a number unless it
    /// is a digit) and ends with the last (`:` alone ends an intro sentence). Blocks that a pending
    /// title or statement, a title continuation, an intro sentence or a `Contents` page may take,
    /// and blocks with a list marker other than the bullet, get the full visit.
    mutating func visitPlain(_ block: Block) -> Bool {
        guard pending == nil, contentsPage != block.page,
            block.kind != .heading || titleContinuation == nil,
            block.kind != .listItem || introTerm == nil,
            let (first, last) = TokenText.edgeBytes(of: block.lines),
            first &- 0x21 < 0x5E, last &- 0x21 < 0x5E, last != 0x3A,
            !terms.mayMatchStart(firstByte: first)
        else { return false }
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
        if block.kind == .heading || block.lines.count <= 1 {
            let lower = first | 0x20
            guard lower != 0x63 && lower != 0x74 else { return false }
        }
        if StructureWalker.halfShowLeaders(block.lines) { return true }
        lastTableAction = nil
        if titleContinuation != nil { titleContinuation = nil }
        introTerm = nil
        if block.kind == .heading { closeContexts(at: block.headingLevel) }
        return true
    }

    /// `•` (U+2022), the marker the layout stage gives a bulleted list item.
    static let bulletBytes: [UInt8] = [0xE2, 0x80, 0xA2]
}
