import PlanciteCore

/// A human-readable dump of the layout model, for `plancite inspect`.
///
/// Per page: a title line, body blocks in reading order (`[heading 1]`, `[paragraph]`,
/// `[list •]`, `[table 3 row]`, `[table 3 header]`, `[toc]`), then furniture (`[header]`,
/// `[footer]`, `[page-number]`) and footnote zone blocks (`[footnote 1]`). Each block shows
/// its box as `@x0,y0–x1,y1` in whole points and its text with superscripts as `^ii`; table
/// cells are separated by ` | `.
public enum LayoutInspector {
    public static func render(_ document: LayoutDocument, page: Int? = nil) -> String {
        var output = ""
        for layoutPage in document.pages where page == nil || layoutPage.number == page {
            output += "=== page \(layoutPage.number) (\(whole(layoutPage.width))×\(whole(layoutPage.height))"
            output += layoutPage.columns > 1 ? ", \(layoutPage.columns) columns) ===\n" : ") ===\n"
            for block in layoutPage.body { output += line(for: block, columns: layoutPage.columns) }
            for block in layoutPage.furniture { output += line(for: block, columns: 1) }
            for block in layoutPage.footnotes { output += line(for: block, columns: 1) }
        }
        let shown = document.diagnostics.filter { page == nil || $0.page == page }
        for diagnostic in shown {
            output += "! \(diagnostic.severity) \(diagnostic.code): \(diagnostic.message)\n"
        }
        return output
    }

    static func label(for block: Block) -> String {
        switch block.kind {
        case .heading: "[heading \(block.headingLevel ?? 0)]"
        case .paragraph: "[paragraph]"
        case .listItem: "[list \(block.listMarker ?? "")]"
        case .tableRow: "[table \(block.tableID ?? 0) \(block.isHeaderRow ? "header" : "row")]"
        case .tocEntry: "[toc]"
        case .header: "[header]"
        case .footer: "[footer]"
        case .pageNumber: "[page-number]"
        case .footnote: "[footnote \(block.listMarker ?? "")]"
        }
    }

    private static func line(for block: Block, columns: Int) -> String {
        let box = block.bbox
        var result = label(for: block)
        if columns > 1 { result += " col \(block.column + 1)" }
        result += " @\(whole(box.x0)),\(whole(box.y0))–\(whole(box.x1)),\(whole(box.y1)) "
        if block.kind == .tableRow {
            result += block.cells.map { Block.render($0.tokens, superscripts: .caret) }.joined(separator: " | ")
        } else {
            result += block.markedText
        }
        return result + "\n"
    }

    private static func whole(_ value: Double) -> Int { Int(value.rounded()) }
}
