/// Joins a table that runs over a page break into one.
///
/// When a page's body opens with a table and the previous page's body ends with one of the same
/// column count, the new rows take the earlier table's id; a first row whose text equals the
/// earlier table's header row (the repeated header) is dropped.
enum TableContinuation {
    static func join(_ pages: inout [LayoutPage]) {
        guard pages.count > 1 else { return }
        for index in 1..<pages.count {
            guard let previous = pages[index - 1].body.last, previous.kind == .tableRow,
                let oldID = previous.tableID,
                let first = pages[index].body.first, first.kind == .tableRow, let newID = first.tableID,
                columnCount(oldID, in: pages[index - 1].body) == columnCount(newID, in: pages[index].body)
            else { continue }
            let header = headerRow(oldID, in: pages[..<index])
            var body = pages[index].body
            for rowIndex in body.indices where body[rowIndex].tableID == newID { body[rowIndex].tableID = oldID }
            if let header, body[0].text == header.text {
                body.removeFirst()
            }
            pages[index].body = body
        }
    }

    private static func columnCount(_ id: Int, in blocks: [Block]) -> Int {
        blocks.filter { $0.tableID == id }.map { ($0.cells.map(\.column).max() ?? 0) + 1 }.max() ?? 0
    }

    private static func headerRow(_ id: Int, in pages: ArraySlice<LayoutPage>) -> Block? {
        for page in pages {
            if let row = page.body.first(where: { $0.tableID == id }) { return row }
        }
        return nil
    }
}
