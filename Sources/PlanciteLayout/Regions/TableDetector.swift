import PlanciteCore

/// Finds tables among a page's lines: bands of two or more fragments whose x extents line up.
///
/// Lines are grouped into bands (baselines within 0.35 × size). A table is a run of bands in
/// which each band has two or more fragments of sizes within 15% of each other, or one fragment that fits a single column and
/// follows the band above at a line pitch of at most 1.5 × size (a wrapped cell), with columns that never overlap; it needs `minTableRows` bands of two or more
/// fragments. Unless its first band is all bold (a header row), a region with a column that is
/// wide (≥ `minColumnWidthRatio` of the page), filled (median line width ≥ `columnFillRatio` of
/// the column) and holds 2 × `minColumnLines` lines or more is running text, not a table; so is
/// a region whose columns are the page's own columns of running text. Bands start a new row when the gap above them is larger than the table's usual
/// line pitch, when all pitches are alike and the band has a first-column cell, or when
/// boldness changes (header row).
struct TableDetector {
    let options: LayoutOptions
    let pageWidth: Double
    /// The page's text columns, when it is set in columns of running text: a candidate whose
    /// columns are these is the page's columns, not a table.
    var textColumns: [ClosedRange<Double>] = []

    struct Table {
        /// Column x extents, left to right.
        var columns: [ClosedRange<Double>]
        /// Rows of line indices.
        var rows: [[Int]]
        var firstRowIsBold: Bool
    }

    private struct Band {
        /// Line indices sorted by x0: a slice of one list shared by the page's bands.
        var lines: ArraySlice<Int>
        var baseline: Double
        var size: Double
        var top: Double
    }

    func tables(in lines: [Line]) -> [Table] {
        let bands = makeBands(lines)
        var tables: [Table] = []
        var region: [Band] = []
        var columns: [ClosedRange<Double>] = []

        // (Callers skip the call when there is no region, the usual case on pages of running text.)
        func close() {
            guard !region.isEmpty else { return }
            defer { region = []; columns = [] }
            var multi = 0
            for band in region where band.lines.count >= 2 { multi += 1 }
            guard multi >= options.minTableRows, columns.count >= 2 else { return }
            if columns.count == textColumns.count,
                zip(columns, textColumns).allSatisfy({ $0.lowerBound >= $1.lowerBound - 4 && $0.upperBound <= $1.upperBound + 4 })
            {
                return
            }
            let boldHeader = region[0].lines.count >= 2
                && region[0].lines.allSatisfy { lines[$0].tokens.allSatisfy(\.isBold) }
            if !boldHeader, columns.contains(where: { isRunningText(region, column: $0, lines: lines) }) { return }
            tables.append(makeTable(region, columns: columns, lines: lines))
        }

        for band in bands {
            // (Extents are made only where they are needed; sizes are compared without a list.)
            func extents() -> [ClosedRange<Double>] { band.lines.map { lines[$0].bbox.x0...lines[$0].bbox.x1 } }
            if let previous = region.last, band.baseline - previous.baseline > 3.2 * max(band.size, previous.size) {
                if !region.isEmpty { close() }
            }
            // As `max()` and `min()` of the sizes (a band has one line or more).
            var largest = lines[band.lines[band.lines.startIndex]].bodySize
            var smallest = largest
            for index in band.lines.dropFirst() {
                let size = lines[index].bodySize
                if largest < size { largest = size }
                if size < smallest { smallest = size }
            }
            let similarSizes = largest <= smallest * 1.15
            if band.lines.count >= 2 && similarSizes {
                if !region.isEmpty, let merged = Self.merge(columns, with: extents()) {
                    region.append(band)
                    columns = merged
                } else {
                    if !region.isEmpty { close() }
                    region = [band]
                    columns = Self.merge([], with: extents()) ?? []
                }
            } else if let previous = region.last, let first = band.lines.first,
                Self.overlapCount(columns, lines[first].bbox.x0...lines[first].bbox.x1) == 1,
                band.baseline - previous.baseline <= 1.5 * max(band.size, previous.size)
            {
                region.append(band)
                columns = Self.merge(columns, with: extents()) ?? columns
            } else {
                if !region.isEmpty { close() }
            }
        }
        if !region.isEmpty { close() }
        return tables
    }

    private func makeBands(_ lines: [Line]) -> [Band] {
        // A band is a stretch of the lines in baseline order, each line within reach of the band's
        // first line; its stretch is then sorted by x0 in place, and every band is a slice of the
        // one list (no list per band).
        // (Fields read in place: `lines.map(\.baseline)` would copy each line.)
        let baselines = lines.indices.map { lines[$0].baseline }
        var order = StableOrder.indices(byKeys: baselines)
        var stretches: [(start: Int, end: Int, baseline: Double, size: Double, top: Double)] = []
        stretches.reserveCapacity(lines.count)
        for position in order.indices {
            let index = order[position]
            let last = stretches.count - 1
            if last >= 0, abs(lines[index].baseline - stretches[last].baseline) <= 0.35 * max(stretches[last].size, lines[index].bodySize) {
                stretches[last].end = position + 1
                stretches[last].top = min(stretches[last].top, lines[index].bbox.y0)
            } else {
                stretches.append((position, position + 1, lines[index].baseline, lines[index].bodySize, lines[index].bbox.y0))
            }
        }
        // Without a band of two lines no region starts, so `tables(in:)` finds none: no bands are made.
        // (The usual page of running text, one line per band.)
        guard stretches.contains(where: { $0.end - $0.start > 1 }) else { return [] }
        let lefts = lines.indices.map { lines[$0].bbox.x0 }
        for stretch in stretches where stretch.end - stretch.start > 1 {
            order[stretch.start..<stretch.end].sort { lefts[$0] < lefts[$1] }
        }
        return stretches.map {
            Band(lines: order[$0.start..<$0.end], baseline: $0.baseline, size: $0.size, top: $0.top)
        }
    }

    /// How many of the columns overlap the extent.
    private static func overlapCount(_ columns: [ClosedRange<Double>], _ extent: ClosedRange<Double>) -> Int {
        var count = 0
        for column in columns where column.overlaps(extent) { count += 1 }
        return count
    }

    /// The column extents with the new ones merged in, or nil when a new extent would join two columns.
    static func merge(_ columns: [ClosedRange<Double>], with extents: [ClosedRange<Double>]) -> [ClosedRange<Double>]? {
        var result = columns
        for extent in extents {
            let touching = result.indices.filter { result[$0].overlaps(extent) }
            if touching.count > 1 { return nil }
            if let hit = touching.first {
                result[hit] = min(result[hit].lowerBound, extent.lowerBound)...max(result[hit].upperBound, extent.upperBound)
            } else {
                result.append(extent)
            }
        }
        result.sort { $0.lowerBound < $1.lowerBound }
        for index in result.indices.dropFirst() where result[index].overlaps(result[index - 1]) { return nil }
        return result
    }

    /// True when the column is wide and its lines fill it, as running text does.
    private func isRunningText(_ region: [Band], column: ClosedRange<Double>, lines: [Line]) -> Bool {
        let width = column.upperBound - column.lowerBound
        guard width >= options.minColumnWidthRatio * pageWidth else { return false }
        var fills: [Double] = []
        for band in region {
            for index in band.lines where column.overlaps(lines[index].bbox.x0...lines[index].bbox.x1) {
                fills.append(lines[index].bbox.width / width)
            }
        }
        fills.sort()
        return fills.count >= 2 * options.minColumnLines && fills[fills.count / 2] >= options.columnFillRatio
    }

    private func makeTable(_ region: [Band], columns: [ClosedRange<Double>], lines: [Line]) -> Table {
        let pitches = zip(region.dropFirst(), region).map { $0.baseline - $1.baseline }
        let minPitch = pitches.min() ?? 0
        let limit = minPitch * 1.2 + 0.5
        let uniform = (pitches.max() ?? 0) <= limit
        func isBold(_ band: Band) -> Bool {
            band.lines.allSatisfy { lines[$0].tokens.allSatisfy(\.isBold) }
        }
        var rows: [[Int]] = []
        for (index, band) in region.enumerated() {
            let startsRow: Bool
            if index == 0 {
                startsRow = true
            } else {
                let pitch = band.baseline - region[index - 1].baseline
                let hasFirstColumn = band.lines.contains { columns[0].overlaps(lines[$0].bbox.x0...lines[$0].bbox.x1) }
                startsRow = pitch > limit || (uniform && hasFirstColumn) || isBold(band) != isBold(region[index - 1])
            }
            if startsRow { rows.append([]) }
            rows[rows.count - 1].append(contentsOf: band.lines)
        }
        return Table(columns: columns, rows: rows, firstRowIsBold: region.first.map(isBold) ?? false)
    }
}
