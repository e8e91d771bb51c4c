/// Ranks heading styles across the document: larger size first, bold before regular at one size.
enum HeadingLevels {
    static func assign(_ pages: inout [LayoutPage]) {
        struct Style: Hashable { var size: Double; var bold: Bool }
        func style(_ block: Block) -> Style {
            let size = (BlockBuilder.largestBodySize(of: block.lines) * 2).rounded() / 2
            // Bold when the block has words and all are bold (tokens read in place).
            var hasWords = false
            var allBold = true
            for line in block.lines {
                for index in line.tokens.indices where line.tokens[index].kind == .word {
                    hasWords = true
                    if !line.tokens[index].isBold { allBold = false }
                }
            }
            return Style(size: size, bold: hasWords && allBold)
        }
        // A document has few heading styles: kept in a list, each once, and found by a linear search.
        var styles: [Style] = []
        for page in pages {
            for block in page.body where block.kind == .heading {
                let found = style(block)
                if !styles.contains(found) { styles.append(found) }
            }
        }
        let ranked = styles.sorted { ($0.size, $0.bold ? 1 : 0) > ($1.size, $1.bold ? 1 : 0) }
        for pageIndex in pages.indices {
            for blockIndex in pages[pageIndex].body.indices where pages[pageIndex].body[blockIndex].kind == .heading {
                let found = style(pages[pageIndex].body[blockIndex])
                pages[pageIndex].body[blockIndex].headingLevel = ranked.firstIndex(of: found).map { $0 + 1 }
            }
        }
    }
}
