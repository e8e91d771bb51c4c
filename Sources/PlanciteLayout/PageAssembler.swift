import PlanciteCore

/// Lays out one page's body: footnote zone, tables, columns, reading order, blocks.
struct PageAssembler {
    let options: LayoutOptions
    let bodySize: Double
    let page: Int
    let width: Double
    let height: Double
    var isLastPage = false

    struct Result {
        var body: [Block]
        var footnotes: [Block]
        var columns: Int
    }

    /// Lays out the page's non-furniture lines; table ids are taken from `nextTableID`, and
    /// `lastNoteNumber` carries the note numbering from page to page.
    func assemble(_ input: [Line], nextTableID: inout Int, lastNoteNumber: inout Int?) -> Result {
        var lines = input
        // Lines taken by footnotes and tables, by index.
        // (Lists made by `map` over a range: `Array(repeating:count:)` allocates through unspecialised generic code.)
        var taken = input.indices.map { _ in false }
        let detector = ColumnDetector(options: options, pageWidth: width)

        // Columns of the whole page, for finding footnote zones and telling tables from text columns.
        let boxes = lines.indices.map { lines[$0].bbox }  // (read in place: `map(\.bbox)` copies each line)
        let pageColumns = detector.columns(of: boxes)
        // The gutters between the page's columns (constants: closures capturing them need no access checks).
        let pageGutters = Self.gutters(between: pageColumns)

        // Footnote zone; on a page of text columns, per column (spanning lines form a group of their own).
        let textColumns = detector.areTextColumns(pageColumns, boxes: boxes)
        let footnotes = footnoteBlocks(
            lines, columnGutters: textColumns ? pageGutters : nil, lastNoteNumber: &lastNoteNumber, taken: &taken)
        // Markers set side by side without a separator (`8182` for notes 81 and 82) become one token each.
        let labels = Set(footnotes.compactMap { $0.listMarker.flatMap { Int($0) } })
        if !labels.isEmpty {
            for index in lines.indices where !taken[index] { JoinedMarkers.split(&lines[index], labels: labels) }
        }

        // Tables, among the lines left; then the columns again without them.
        // On a page of text columns, tables are looked for inside each column (and among spanning lines).
        let unplaced = lines.indices.filter { !taken[$0] }
        let regions = textColumns
            ? Self.grouped(unplaced) { Self.column(of: lines[$0].bbox, gutters: pageGutters) } : Self.oneGroup(unplaced)
        let tableDetector = TableDetector(options: options, pageWidth: width, textColumns: textColumns ? pageColumns : [])
        var tables: [TableDetector.Table] = []
        for region in regions.indices.sorted(by: { regions[$0].key < regions[$1].key }) {
            let members = regions[region].members
            // (A region of all the page's lines has the members `lines.indices` in order: the lines
            // are passed as they are, not gathered into a copy.)
            for var table in tableDetector.tables(in: members.count == lines.count ? lines : members.map { lines[$0] }) {
                table.rows = table.rows.map { $0.map { members[$0] } }
                tables.append(table)
            }
        }
        for table in tables { for row in table.rows { for index in row { taken[index] = true } } }
        // The columns again without the tables, and their gutters.
        let columns = tables.isEmpty ? pageColumns : detector.columns(of: lines.indices.filter { !taken[$0] }.map { lines[$0].bbox })
        let gutters = tables.isEmpty ? pageGutters : Self.gutters(between: columns)
        func column(of box: Rect) -> Int { Self.column(of: box, gutters: gutters) }
        let textIndices = lines.indices.filter { !taken[$0] }

        // Reading order: sections split by spanning units; inside a section, column by column.
        var units: [Placed] = textIndices.map {
            Placed(unit: .line($0), column: column(of: lines[$0].bbox), top: lines[$0].baseline, x0: lines[$0].bbox.x0)
        }
        for (index, table) in tables.enumerated() {
            let box = Rect.union(table.rows.flatMap { $0.map { lines[$0].bbox } })
            let firstBaseline = table.rows.first.flatMap { $0.map { lines[$0].baseline }.min() } ?? box.y0
            units.append(Placed(unit: .table(index), column: column(of: box), top: firstBaseline, x0: box.x0))
        }
        let unitOrder = StableOrder.indices(byKeys: units.indices.map { units[$0].top }, then: units.indices.map { units[$0].x0 })
        units = unitOrder.map { units[$0] }
        var ordered: [Placed] = []
        ordered.reserveCapacity(units.count)
        var section: [Placed] = []
        for unit in units {
            if unit.column < 0 {
                Self.appendByColumn(section, to: &ordered)
                section = []
                ordered.append(unit)
            } else {
                section.append(unit)
            }
        }
        Self.appendByColumn(section, to: &ordered)

        // Merge fragments that share a band inside one column (right-aligned numbers, split lines).
        var result: [Block] = []
        var chunks: [Either] = []
        enum Either { case lines([BlockBuilder.Placed]), table(Int) }
        var pending: [BlockBuilder.Placed] = []
        pending.reserveCapacity(ordered.count)
        for unit in ordered {
            switch unit.unit {
            case .line(let index):
                let right = unit.column >= 0 && columns.count > 1 ? columns[unit.column].upperBound : (columns.last?.upperBound ?? width)
                // (The last pending line is read and changed in place: copying it would retain its tokens.)
                let last = pending.count - 1
                if last >= 0, pending[last].column == unit.column,
                    abs(pending[last].line.baseline - lines[index].baseline)
                        <= 0.35 * max(lines[index].bodySize, pending[last].line.bodySize),
                    lines[index].bbox.x0 >= pending[last].line.bbox.x1 - 1
                {
                    var tokens = lines[index].tokens
                    if !tokens.isEmpty, tokens[0].kind == .word { tokens[0].spaceBefore = true }
                    pending[last].line.tokens += tokens
                    pending[last].line.bbox = pending[last].line.bbox.union(lines[index].bbox)
                } else {
                    pending.append(BlockBuilder.Placed(line: lines[index], column: unit.column, columnRight: right))
                }
            case .table(let index):
                chunks.append(.lines(pending))
                pending = []
                chunks.append(.table(index))
            }
        }
        chunks.append(.lines(pending))

        // (A page without tables has one chunk of lines: it is read as it is, not gathered into a copy.)
        let allPlaced: [BlockBuilder.Placed]
        if chunks.count == 1, case .lines(let placed) = chunks[0] {
            allPlaced = placed
        } else {
            allPlaced = chunks.flatMap { chunk -> [BlockBuilder.Placed] in
                if case .lines(let placed) = chunk { return placed } else { return [] }
            }
        }
        let builder = BlockBuilder(options: options, bodySize: bodySize, page: page, usualGap: Self.usualGap(allPlaced))
        for chunk in chunks {
            switch chunk {
            case .lines(let placed):
                // (The usual single chunk is taken as it is, not copied block by block.)
                if result.isEmpty { result = builder.blocks(placed) } else { result += builder.blocks(placed) }
            case .table(let index):
                let table = tables[index]
                let id = nextTableID
                nextTableID += 1
                let tableColumn = max(0, column(of: Rect.union(table.rows.flatMap { $0.map { lines[$0].bbox } })))
                for (rowIndex, row) in table.rows.enumerated() {
                    result.append(tableRow(
                        row.map { lines[$0] }, columns: table.columns, id: id, column: tableColumn,
                        isHeader: rowIndex == 0 && table.firstRowIsBold))
                }
            }
        }
        return Result(body: result, footnotes: footnotes, columns: columns.count)
    }

    private enum Unit { case line(Int), table(Int) }

    /// A line or table placed in reading order: its column (-1 when it spans columns) and position.
    private struct Placed { var unit: Unit; var column: Int; var top: Double; var x0: Double }

    /// Appends a section's units column by column, keeping their order within a column (a stable
    /// sort by column; a section holds no spanning unit, so columns are 0 or more).
    private static func appendByColumn(_ section: [Placed], to ordered: inout [Placed]) {
        var lastColumn = 0
        for unit in section where unit.column > lastColumn { lastColumn = unit.column }
        for column in 0...lastColumn {
            for unit in section where unit.column == column { ordered.append(unit) }
        }
    }

    /// The column a box sits in, by the gutters between columns; -1 when it spans a gutter.
    private static func column(of box: Rect, gutters: [Double]) -> Int {
        guard !gutters.isEmpty else { return 0 }
        if gutters.contains(where: { box.x0 < $0 - 4 && box.x1 > $0 + 4 }) { return -1 }
        return gutters.firstIndex { box.midX < $0 } ?? gutters.count
    }

    /// The page's footnote blocks, in column then top-to-bottom order; their lines join `taken`.
    /// Lines are grouped by the column they sit in when `columnGutters` are given (spanning lines
    /// form a group of their own), else all form one group.
    private func footnoteBlocks(
        _ lines: [Line], columnGutters: [Double]?, lastNoteNumber: inout Int?, taken: inout [Bool]
    ) -> [Block] {
        let groups = columnGutters.map { gutters in
            Self.grouped(Array(lines.indices)) { Self.column(of: lines[$0].bbox, gutters: gutters) }
        } ?? Self.oneGroup(Array(lines.indices))
        let zone = FootnoteZone(options: options, bodySize: bodySize)
        var notes: [(column: Int, top: Double, note: FootnoteZone.Note)] = []
        for (group, members) in groups {
            // A zone is made of small lines low on the page: without one, `notes` finds none.
            guard members.contains(where: {
                lines[$0].bodySize <= bodySize * options.footnoteSizeRatio && lines[$0].bbox.y0 >= height * options.footnoteZoneTop
            })
            else { continue }
            let found = zone.notes(in: lines, members: members, pageHeight: height, isLastPage: isLastPage)
            if found.isEmpty { continue }
            let zoneLines = Set(found.flatMap { $0.lines.map { members[$0] } })
            let zoneBox = Rect.union(zoneLines.map { lines[$0].bbox })
            // A zone has no body-size text below its top in its own width (else it is a small-type list).
            // (Lines are read in place, the geometry tested before the set.)
            let bodyBelow = lines.indices.contains { index in
                lines[index].bbox.y0 > zoneBox.y0
                    && lines[index].bodySize > bodySize * options.footnoteSizeRatio
                    && lines[index].bbox.horizontalOverlap(with: zoneBox) > 0 && !zoneLines.contains(index)
            }
            if bodyBelow { continue }
            for var note in found {
                note.lines = note.lines.map { members[$0] }
                let top = lines[note.lines[0]].bbox.y0
                // Notes only below some body text of the page.
                guard lines.indices.contains(where: {
                    lines[$0].bbox.y1 <= top + 1 && lines[$0].bodySize > bodySize * options.footnoteSizeRatio
                })
                else { continue }
                notes.append((group, top, note))
            }
        }
        notes.sort { (max(0, $0.column), $0.top, $0.note.lines[0]) < (max(0, $1.column), $1.top, $1.note.lines[0]) }
        // Numbered notes continue the document's numbering or restart at 1: a zone going back
        // (`11.` after note 14) is a list set in small type, and a lone number far ahead
        // (`99` after note 57) is a line of note text.
        // Both checks are waived when every number is also a superscript marker in the page's body
        // text: notes cited out of order (marker 97 on one page, 96 on the next) are still notes.
        let numbers = notes.compactMap { Int($0.note.label) }
        if let first = numbers.first, let last = lastNoteNumber, first != 1,
            first <= last || (numbers.count == 1 && first > last + 10),
            !Self.allCited(numbers, byMarkersIn: lines, outside: Set(notes.flatMap(\.note.lines)))
        {
            return []
        }
        if let highest = numbers.max() { lastNoteNumber = highest }
        return notes.map { _, _, note in
            var noteLines = note.lines.map { lines[$0] }
            LineJoiner.join(&noteLines)
            for index in note.lines { taken[index] = true }
            return Block(
                kind: .footnote, lines: noteLines, page: page, bbox: Rect.union(noteLines.map(\.bbox)),
                range: BlockBuilder.range(of: noteLines), listMarker: note.label)
        }
    }

    /// True when each number appears as a superscript marker (alone or in a list such as `3,4`)
    /// in a line not in `excluded`.
    static func allCited(_ numbers: [Int], byMarkersIn lines: [Line], outside excluded: Set<Int>) -> Bool {
        var cited = Set<Int>()
        for index in lines.indices where !excluded.contains(index) {
            for token in lines[index].tokens where token.kind == .superscript {
                for part in token.text.split(whereSeparator: { ",–-".contains($0) }) {
                    if let number = Int(part) { cited.insert(number) }
                }
            }
        }
        return !numbers.isEmpty && numbers.allSatisfy(cited.contains)
    }

    private func tableRow(_ rowLines: [Line], columns: [ClosedRange<Double>], id: Int, column: Int, isHeader: Bool) -> Block {
        var cells: [TableCell] = []
        var ordered: [Line] = []
        func overlap(_ line: Line, _ extent: ClosedRange<Double>) -> Double {
            min(line.bbox.x1, extent.upperBound) - max(line.bbox.x0, extent.lowerBound)
        }
        let home = rowLines.map { line in columns.indices.max { overlap(line, columns[$0]) < overlap(line, columns[$1]) } ?? 0 }
        for index in columns.indices {
            let cellLines = rowLines.indices.filter { home[$0] == index }.map { rowLines[$0] }.sorted { $0.baseline < $1.baseline }
            guard !cellLines.isEmpty else { continue }
            let joined = LineJoiner.join(cellLines)
            ordered += joined
            cells.append(TableCell(tokens: joined.flatMap(\.tokens), bbox: Rect.union(cellLines.map(\.bbox)), column: index))
        }
        return Block(
            kind: .tableRow, lines: ordered, page: page, bbox: Rect.union(rowLines.map(\.bbox)),
            range: BlockBuilder.range(of: ordered), column: column, tableID: id, isHeaderRow: isHeader, cells: cells)
    }

    /// The indices grouped by a key taking few values (a column), in order of the keys' first use.
    static func grouped(_ indices: [Int], by key: (Int) -> Int) -> [(key: Int, members: [Int])] {
        // (The usual page has one group: its keys are read first and the indices taken as they are.)
        let keys = indices.map(key)
        guard let firstKey = keys.first else { return [] }
        if !keys.contains(where: { $0 != firstKey }) { return [(firstKey, indices)] }
        var groups: [(key: Int, members: [Int])] = []
        for (position, index) in indices.enumerated() {
            let value = keys[position]
            if let found = groups.firstIndex(where: { $0.key == value }) {
                groups[found].members.append(index)
            } else {
                groups.append((value, [index]))
            }
        }
        return groups
    }

    /// `grouped(indices) { _ in 0 }`: the indices as one group, or none when there are none.
    static func oneGroup(_ indices: [Int]) -> [(key: Int, members: [Int])] {
        indices.isEmpty ? [] : [(0, indices)]
    }

    /// The x of the middle of each gap between consecutive columns.
    static func gutters(between columns: [ClosedRange<Double>]) -> [Double] {
        zip(columns, columns.dropFirst()).map { ($0.upperBound + $1.lowerBound) / 2 }
    }

    /// The median gap between consecutive lines of one column that are close to each other.
    static func usualGap(_ placed: [BlockBuilder.Placed]) -> Double {
        var gaps: [Double] = []
        gaps.reserveCapacity(placed.count)
        // (Lines are read in place: copying one would retain its tokens.)
        for index in placed.indices.dropFirst() where placed[index - 1].column == placed[index].column {
            let gap = placed[index].line.bbox.y0 - placed[index - 1].line.bbox.y1
            let size = max(placed[index].line.bodySize, 1)
            if gap > -size, gap < size { gaps.append(gap) }
        }
        guard !gaps.isEmpty else { return 0.2 * 11 }
        gaps.sort()
        return gaps[gaps.count / 2]
    }
}
