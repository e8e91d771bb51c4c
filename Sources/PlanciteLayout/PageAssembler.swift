import PlanciteCore

/// Lays out one page's body: footnote zone, tables, columns, reading order, blocks.
struct PageAssembler {
    let options: LayoutOptions
    let bodySize: Double
    let page: Int
    let width: Double
    let height: Double

    struct Result {
        var body: [Block]
        var footnotes: [Block]
        var columns: Int
        /// Tables made on this page, in order, with their column count.
        var tables: [(id: Int, columns: Int)]
    }

    /// Lays out the page's non-furniture lines; table ids are taken from `nextTableID`.
    func assemble(_ input: [Line], nextTableID: inout Int) -> Result {
        var lines = input
        // Footnote zone.
        let notes = FootnoteZone(options: options, bodySize: bodySize).notes(in: lines, pageHeight: height)
        var footnotes: [Block] = []
        var taken = Set<Int>()
        for note in notes {
            let noteLines = LineJoiner.join(note.lines.map { lines[$0] })
            taken.formUnion(note.lines)
            footnotes.append(Block(
                kind: .footnote, lines: noteLines, page: page, bbox: Rect.union(noteLines.map(\.bbox)),
                range: BlockBuilder.range(of: noteLines), listMarker: note.label))
        }
        lines = lines.indices.filter { !taken.contains($0) }.map { lines[$0] }

        // Tables.
        let tables = TableDetector(options: options, pageWidth: width).tables(in: lines)
        var inTable = Set<Int>()
        for table in tables { for row in table.rows { inTable.formUnion(row) } }
        let textIndices = lines.indices.filter { !inTable.contains($0) }

        // Columns.
        let columns = ColumnDetector(options: options, pageWidth: width).columns(of: textIndices.map { lines[$0].bbox })
        func column(of box: Rect) -> Int {
            guard columns.count > 1 else { return 0 }
            return columns.firstIndex { box.x0 >= $0.lowerBound - 2 && box.x1 <= $0.upperBound + 2 } ?? -1
        }

        // Reading order: sections split by spanning units; inside a section, column by column.
        enum Unit { case line(Int), table(Int) }
        struct Placed { var unit: Unit; var column: Int; var top: Double; var x0: Double }
        var units: [Placed] = textIndices.map {
            Placed(unit: .line($0), column: column(of: lines[$0].bbox), top: lines[$0].baseline, x0: lines[$0].bbox.x0)
        }
        for (index, table) in tables.enumerated() {
            let box = Rect.union(table.rows.flatMap { $0.map { lines[$0].bbox } })
            let firstBaseline = table.rows.first.flatMap { $0.map { lines[$0].baseline }.min() } ?? box.y0
            units.append(Placed(unit: .table(index), column: column(of: box), top: firstBaseline, x0: box.x0))
        }
        units.sort { ($0.top, $0.x0) < ($1.top, $1.x0) }
        var ordered: [Placed] = []
        var section: [Placed] = []
        func flushSection() {
            ordered += section.enumerated().sorted { ($0.element.column, $0.offset) < ($1.element.column, $1.offset) }.map(\.element)
            section = []
        }
        for unit in units {
            if unit.column < 0 {
                flushSection()
                ordered.append(unit)
            } else {
                section.append(unit)
            }
        }
        flushSection()

        // Merge fragments that share a band inside one column (right-aligned numbers, split lines).
        var result: [Block] = []
        var pageTables: [(id: Int, columns: Int)] = []
        var chunks: [Either] = []
        enum Either { case lines([BlockBuilder.Placed]), table(Int) }
        var pending: [BlockBuilder.Placed] = []
        for unit in ordered {
            switch unit.unit {
            case .line(let index):
                let line = lines[index]
                let right = unit.column >= 0 && columns.count > 1 ? columns[unit.column].upperBound : (columns.last?.upperBound ?? width)
                if var last = pending.last, last.column == unit.column,
                    abs(last.line.baseline - line.baseline) <= 0.35 * max(line.bodySize, last.line.bodySize),
                    line.bbox.x0 >= last.line.bbox.x1 - 1
                {
                    var tokens = line.tokens
                    if !tokens.isEmpty, tokens[0].kind == .word { tokens[0].spaceBefore = true }
                    last.line.tokens += tokens
                    last.line.bbox = last.line.bbox.union(line.bbox)
                    pending[pending.count - 1] = last
                } else {
                    pending.append(BlockBuilder.Placed(line: line, column: unit.column, columnRight: right))
                }
            case .table(let index):
                chunks.append(.lines(pending))
                pending = []
                chunks.append(.table(index))
            }
        }
        chunks.append(.lines(pending))

        let builder = BlockBuilder(
            options: options, bodySize: bodySize, page: page,
            usualGap: Self.usualGap(chunks.flatMap { chunk -> [BlockBuilder.Placed] in
                if case .lines(let placed) = chunk { return placed } else { return [] }
            }))
        for chunk in chunks {
            switch chunk {
            case .lines(let placed):
                result += builder.blocks(placed)
            case .table(let index):
                let table = tables[index]
                let id = nextTableID
                nextTableID += 1
                pageTables.append((id, table.columns.count))
                let tableColumn = max(0, column(of: Rect.union(table.rows.flatMap { $0.map { lines[$0].bbox } })))
                for (rowIndex, row) in table.rows.enumerated() {
                    result.append(tableRow(
                        row.map { lines[$0] }, columns: table.columns, id: id, column: tableColumn,
                        isHeader: rowIndex == 0 && table.firstRowIsBold))
                }
            }
        }
        return Result(body: result, footnotes: footnotes, columns: columns.count, tables: pageTables)
    }

    private func tableRow(_ rowLines: [Line], columns: [ClosedRange<Double>], id: Int, column: Int, isHeader: Bool) -> Block {
        var cells: [TableCell] = []
        var ordered: [Line] = []
        for (index, extent) in columns.enumerated() {
            let cellLines = rowLines
                .filter { extent.overlaps($0.bbox.x0...$0.bbox.x1) }
                .sorted { $0.baseline < $1.baseline }
            guard !cellLines.isEmpty else { continue }
            let joined = LineJoiner.join(cellLines)
            ordered += joined
            cells.append(TableCell(tokens: joined.flatMap(\.tokens), bbox: Rect.union(cellLines.map(\.bbox)), column: index))
        }
        return Block(
            kind: .tableRow, lines: ordered, page: page, bbox: Rect.union(rowLines.map(\.bbox)),
            range: BlockBuilder.range(of: ordered), column: column, tableID: id, isHeaderRow: isHeader, cells: cells)
    }

    /// The median gap between consecutive lines of one column that are close to each other.
    static func usualGap(_ placed: [BlockBuilder.Placed]) -> Double {
        var gaps: [Double] = []
        for (previous, next) in zip(placed, placed.dropFirst()) where previous.column == next.column {
            let gap = next.line.bbox.y0 - previous.line.bbox.y1
            let size = max(next.line.bodySize, 1)
            if gap > -size, gap < size { gaps.append(gap) }
        }
        guard !gaps.isEmpty else { return 0.2 * 11 }
        gaps.sort()
        return gaps[gaps.count / 2]
    }
}
