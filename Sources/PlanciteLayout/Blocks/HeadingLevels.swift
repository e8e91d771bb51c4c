/// Ranks heading styles across the document: larger size first, bold before regular at one size.
enum HeadingLevels {
    static func assign(_ pages: inout [LayoutPage]) {
        struct Style: Hashable { var size: Double; var bold: Bool }
        func style(_ block: Block) -> Style {
            let size = ((block.lines.map(\.bodySize).max() ?? 0) * 2).rounded() / 2
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
        var styles = Set<Style>()
        for page in pages { for block in page.body where block.kind == .heading { styles.insert(style(block)) } }
        let ranked = styles.sorted { ($0.size, $0.bold ? 1 : 0) > ($1.size, $1.bold ? 1 : 0) }
        var level: [Style: Int] = [:]
        for (rank, style) in ranked.enumerated() { level[style] = rank + 1 }
        for pageIndex in pages.indices {
            for blockIndex in pages[pageIndex].body.indices where pages[pageIndex].body[blockIndex].kind == .heading {
                pages[pageIndex].body[blockIndex].headingLevel = level[style(pages[pageIndex].body[blockIndex])]
            }
        }
    }
}
