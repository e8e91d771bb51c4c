/// Lays out a table: equal-width columns, wrapped cells, the header row repeated after a page break.
struct TableComposer {
    let typesetter: Typesetter
    let flow: PageFlow
    let settings: TextSettings
    private let padding = 4.0

    init(typesetter: Typesetter, flow: PageFlow, settings: TextSettings) {
        self.typesetter = typesetter
        self.flow = flow
        self.settings = settings
    }

    /// Draws the table; `notesFor` returns the footnotes cited by labels in a row.
    func compose(header: [[InlineRun]], rows: [[[InlineRun]]], notesFor: ([String]) -> [FootnoteBox]) {
        let count = max(header.count, rows.map(\.count).max() ?? 0)
        var headerStyle = settings
        headerStyle.bold = true
        let headerRow = typeset(header, count: count, style: headerStyle)
        var needsHeader = true
        for cells in rows {
            let row = typeset(cells, count: count, style: settings)
            let labels = row.flatMap { $0.flatMap(\.superscriptLabels) }
            let notes = notesFor(labels)
            let headerHeight = needsHeader ? height(of: headerRow) : 0
            flow.makeRoom(height: headerHeight + height(of: row), notes: notes)
            if !flow.fits(height: height(of: row), notes: notes) || flow.atColumnTop { needsHeader = true }
            if needsHeader {
                drawRule(width: 0.8)
                draw(headerRow, style: headerStyle)
                drawRule(width: 0.6)
                needsHeader = false
            }
            draw(row, style: settings)
            drawRule(width: 0.3)
            flow.addFootnotes(notes)
            if !flow.fits(height: 0) { needsHeader = true }
        }
        if rows.isEmpty {
            flow.makeRoom(height: height(of: headerRow))
            drawRule(width: 0.8)
            draw(headerRow, style: headerStyle)
            drawRule(width: 0.6)
        }
    }

    private var columnWidth: Double { flow.columnWidth }

    private func typeset(_ cells: [[InlineRun]], count: Int, style: TextSettings) -> [[SetLine]] {
        let cellWidth = columnWidth / Double(count) - 2 * padding
        return (0..<count).map { index in
            let runs = index < cells.count ? cells[index] : []
            return typesetter.lines(typesetter.words(runs, settings: style), width: cellWidth, settings: style)
        }
    }

    private func height(of row: [[SetLine]]) -> Double {
        Double(max(1, row.map(\.count).max() ?? 1)) * settings.lineHeight + 2 * padding
    }

    private func draw(_ row: [[SetLine]], style: TextSettings) {
        let cellWidth = columnWidth / Double(row.count)
        let top = flow.y + padding
        for (column, lines) in row.enumerated() {
            for (index, line) in lines.enumerated() {
                let baseline = top + Double(index) * style.lineHeight + style.baselineOffset
                flow.draw(line, x: flow.columnX + Double(column) * cellWidth + padding, baseline: baseline)
            }
        }
        flow.advance(height(of: row))
    }

    private func drawRule(width: Double) {
        flow.draw(.line(x1: flow.columnX, y1: flow.y, x2: flow.columnX + columnWidth, y2: flow.y, width: width))
    }
}
