/// Ranks heading styles across the document: larger size first, bold before regular at one size.
enum HeadingLevels {
    static func assign(_ pages: inout [LayoutPage]) {
        struct Style: Hashable { var size: Double; var bold: Bool }
        // (Given the block's lines, not the block: passing a block out of `pages` would copy it.)
        func style(_ lines: [Line]) -> Style {
            let size = (BlockBuilder.largestBodySize(of: lines) * 2).rounded() / 2
            // Bold when the block has words and all are bold (tokens read in place).
            var hasWords = false
            var allBold = true
            for line in lines {
                for index in line.tokens.indices where line.tokens[index].kind == .word {
                    hasWords = true
                    if !line.tokens[index].isBold { allBold = false }
                }
            }
            return Style(size: size, bold: hasWords && allBold)
        }
        // A document has few heading styles: kept in a list, each once, and found by a linear search.
        var styles: [Style] = []
        // (Blocks are read in place: copying one would retain its lines.)
        for pageIndex in pages.indices {
            for blockIndex in pages[pageIndex].body.indices where pages[pageIndex].body[blockIndex].kind == .heading {
                let found = style(pages[pageIndex].body[blockIndex].lines)
                if !styles.contains(found) { styles.append(found) }
            }
        }
        let ranked = styles.sorted { ($0.size, $0.bold ? 1 : 0) > ($1.size, $1.bold ? 1 : 0) }
        for pageIndex in pages.indices {
            for blockIndex in pages[pageIndex].body.indices where pages[pageIndex].body[blockIndex].kind == .heading {
                let found = style(pages[pageIndex].body[blockIndex].lines)
                pages[pageIndex].body[blockIndex].headingLevel = ranked.firstIndex(of: found).map { $0 + 1 }
            }
        }
    }
}
