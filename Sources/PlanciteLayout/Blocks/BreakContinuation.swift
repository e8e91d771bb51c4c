/// Marks paragraphs that carry a sentence on across a column or page break.
///
/// A body paragraph that opens a column or page continues the previous body block when that
/// block is a paragraph or list item whose text does not end in `.`, `!`, `?` or `:` (closing
/// quotes and brackets aside) and the paragraph's first word starts with a lowercase letter.
enum BreakContinuation {
    static func mark(_ pages: inout [LayoutPage]) {
        var previous: (page: Int, index: Int)?
        for pageIndex in pages.indices {
            for blockIndex in pages[pageIndex].body.indices {
                defer { previous = (pageIndex, blockIndex) }
                guard let (lastPage, lastIndex) = previous else { continue }
                // The cheap tests first, on the blocks in place: the previous block's text is
                // rendered only when needed.
                let opensColumn = lastPage != pageIndex
                    || pages[lastPage].body[lastIndex].column != pages[pageIndex].body[blockIndex].column
                guard opensColumn, pages[pageIndex].body[blockIndex].kind == .paragraph,
                    pages[lastPage].body[lastIndex].kind == .paragraph || pages[lastPage].body[lastIndex].kind == .listItem,
                    let first = firstWord(of: pages[pageIndex].body[blockIndex])?.unicodeScalars.first,
                    first.properties.isLowercase,
                    endsOpen(pages[lastPage].body[lastIndex].text)
                else { continue }
                pages[pageIndex].body[blockIndex].continuesPrevious = true
            }
        }
    }

    /// The text of the block's first word token (`block.tokens.first { $0.kind == .word }`).
    private static func firstWord(of block: Block) -> String? {
        for line in block.lines {
            if let index = line.tokens.firstIndex(where: { $0.kind == .word }) { return line.tokens[index].text }
        }
        return nil
    }

    static func endsOpen(_ text: String) -> Bool {
        let closers: Set<Character> = ["”", "’", "\"", "'", ")", "]"]
        guard let last = text.reversed().first(where: { !closers.contains($0) }) else { return false }
        return !".!?:".contains(last)
    }
}
