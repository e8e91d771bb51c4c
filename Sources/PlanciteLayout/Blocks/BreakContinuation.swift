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
                    endsOpen(pages[lastPage].body[lastIndex])
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

    /// `endsOpen(block.text)`, rendering only the text from the block's last word space on.
    ///
    /// The rendered text is `head + " " + tail` there. The backward scan stops at the latest at the
    /// character holding that space, which is neither a closer nor closing punctuation, and grapheme
    /// breaking never joins characters across a space but for a prepended mark before it (which
    /// leaves that character neither too). So `" " + tail` gives the same answer.
    static func endsOpen(_ block: Block) -> Bool {
        // The last non-superscript token with a space before it and rendered text before it.
        var cut: (line: Int, token: Int)?
        var seenText = false  // a non-superscript token with text before the candidate
        for lineIndex in block.lines.indices {
            for tokenIndex in block.lines[lineIndex].tokens.indices {
                let token = (block.lines[lineIndex].tokens[tokenIndex].kind, block.lines[lineIndex].tokens[tokenIndex].spaceBefore)
                guard token.0 != .superscript else { continue }
                if token.1 && seenText { cut = (lineIndex, tokenIndex) }
                if !block.lines[lineIndex].tokens[tokenIndex].text.isEmpty { seenText = true }
            }
        }
        guard let cut else { return endsOpen(block.text) }
        var tail = " "
        for lineIndex in cut.line..<block.lines.count {
            let tokens = block.lines[lineIndex].tokens
            for tokenIndex in (lineIndex == cut.line ? cut.token : 0)..<tokens.count where tokens[tokenIndex].kind != .superscript {
                if tokens[tokenIndex].spaceBefore && !(lineIndex == cut.line && tokenIndex == cut.token) { tail += " " }
                tail += tokens[tokenIndex].text
            }
        }
        return endsOpen(tail)
    }

    /// True for the closing quotes and brackets skipped at the end of the text (a switch: no set is
    /// built or hashed).
    private static func isCloser(_ character: Character) -> Bool {
        switch character {
        case "”", "’", "\"", "'", ")", "]": true
        default: false
        }
    }

    static func endsOpen(_ text: String) -> Bool {
        guard let last = text.reversed().first(where: { !isCloser($0) }) else { return false }
        return !".!?:".contains(last)
    }
}
