/// Lays out a table: columns sized to their content, wrapped cells, the header row repeated after a page break.
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
        let widths = columnWidths(header: header, rows: rows, count: count, headerStyle: headerStyle)
        let headerRow = typeset(header, widths: widths, style: headerStyle)
        var needsHeader = true
        for cells in rows {
            let row = typeset(cells, widths: widths, style: settings)
            let labels = row.flatMap { $0.flatMap(\.superscriptLabels) }
            let notes = notesFor(labels)
            let headerHeight = needsHeader ? height(of: headerRow) : 0
            flow.makeRoom(height: headerHeight + height(of: row), notes: notes)
            if !flow.fits(height: height(of: row), notes: notes) || flow.atColumnTop { needsHeader = true }
            if needsHeader {
                drawRule(width: 0.8)
                draw(headerRow, widths: widths, style: headerStyle)
                drawRule(width: 0.6)
                needsHeader = false
            }
            draw(row, widths: widths, style: settings)
            drawRule(width: 0.3)
            flow.addFootnotes(notes)
            if !flow.fits(height: 0) { needsHeader = true }
        }
        if rows.isEmpty {
            flow.makeRoom(height: height(of: headerRow))
            drawRule(width: 0.8)
            draw(headerRow, widths: widths, style: headerStyle)
            drawRule(width: 0.6)
        }
    }

    private var columnWidth: Double { flow.columnWidth }

    /// Column widths: each column gets at least its longest word; the rest of the width goes to
    /// columns in proportion to how much more their longest cell needs.
    private func columnWidths(header: [[InlineRun]], rows: [[[InlineRun]]], count: Int, headerStyle: TextSettings) -> [Double] {
        let total = columnWidth
        var minimum = Array(repeating: 2 * padding, count: count)
        var natural = Array(repeating: 2 * padding, count: count)
        for (cells, style) in [(header, headerStyle)] + rows.map({ ($0, settings) }) {
            for (index, runs) in cells.enumerated() where index < count {
                let words = typesetter.words(runs, settings: style)
                let longest = words.map(\.width).max() ?? 0
                let space = typesetter.makeFragment(" ", style: InlineStyle(), settings: style).width
                let full = words.reduce(0) { $0 + $1.width } + space * Double(max(0, words.count - 1))
                minimum[index] = max(minimum[index], longest + 2 * padding)
                natural[index] = max(natural[index], full + 2 * padding)
            }
        }
        let spare = total - minimum.reduce(0, +)
        guard spare > 0 else { return Array(repeating: total / Double(count), count: count) }
        var widths = minimum
        var left = spare
        var open = Array(0..<count)
        // Satisfy the columns that want less than an even share of what is left, then share the rest by need.
        // Arrays, not sets: summing in a fixed order keeps the output byte-identical between runs.
        while !open.isEmpty {
            let share = left / Double(open.count)
            let satisfied = open.filter { natural[$0] - widths[$0] <= share }
            if satisfied.isEmpty {
                let wanted = open.reduce(0) { $0 + natural[$1] - widths[$1] }
                for index in open { widths[index] += left * (natural[index] - widths[index]) / wanted }
                return widths
            }
            for index in satisfied {
                left -= natural[index] - widths[index]
                widths[index] = natural[index]
            }
            open.removeAll { satisfied.contains($0) }
        }
        // Everything fits on one line: share what is left equally.
        return widths.map { $0 + left / Double(count) }
    }

    private func typeset(_ cells: [[InlineRun]], widths: [Double], style: TextSettings) -> [[SetLine]] {
        widths.indices.map { index in
            let runs = index < cells.count ? cells[index] : []
            return typesetter.lines(
                typesetter.words(runs, settings: style), width: widths[index] - 2 * padding, settings: style)
        }
    }

    private func height(of row: [[SetLine]]) -> Double {
        Double(max(1, row.map(\.count).max() ?? 1)) * settings.lineHeight + 2 * padding
    }

    private func draw(_ row: [[SetLine]], widths: [Double], style: TextSettings) {
        let top = flow.y + padding
        var x = flow.columnX
        for (column, lines) in row.enumerated() {
            for (index, line) in lines.enumerated() {
                let baseline = top + Double(index) * style.lineHeight + style.baselineOffset
                flow.draw(line, x: x + padding, baseline: baseline)
            }
            x += widths[column]
        }
        flow.advance(height(of: row))
    }

    private func drawRule(width: Double) {
        flow.draw(.line(x1: flow.columnX, y1: flow.y, x2: flow.columnX + columnWidth, y2: flow.y, width: width))
    }
}
