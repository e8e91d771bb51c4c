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
            // (The body is changed in place: a copy taken out and put back would copy every block.)
            for rowIndex in pages[index].body.indices where pages[index].body[rowIndex].tableID == newID {
                pages[index].body[rowIndex].tableID = oldID
            }
            if let header, pages[index].body[0].text == header.text {
                pages[index].body.removeFirst()
            }
        }
    }

    /// The largest cell column + 1 of the table's rows (0 without rows), read in place.
    private static func columnCount(_ id: Int, in blocks: [Block]) -> Int {
        var result = 0
        for index in blocks.indices where blocks[index].tableID == id {
            var largest = 0
            for cell in blocks[index].cells.indices where largest < blocks[index].cells[cell].column {
                largest = blocks[index].cells[cell].column
            }
            result = max(result, largest + 1)
        }
        return result
    }

    private static func headerRow(_ id: Int, in pages: ArraySlice<LayoutPage>) -> Block? {
        for pageIndex in pages.indices {
            if let row = pages[pageIndex].body.first(where: { $0.tableID == id }) { return row }
        }
        return nil
    }
}
