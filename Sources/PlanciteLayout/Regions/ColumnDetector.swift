import PlanciteCore

/// Finds text columns on a page from gutters in the x-distribution of its lines.
///
/// Lines narrower than 60% of the text's full width are projected onto the x axis; a gutter is a
/// strip at least `minGutterWidth` points wide that (almost) no such line crosses, strictly
/// inside the text. Each column between gutters must be at least `minColumnWidthRatio` of the
/// page wide and hold at least `minColumnLines` lines, else the gutter beside it is dropped.
/// Wide lines (headings, full-width paragraphs) span the columns.
struct ColumnDetector {
    let options: LayoutOptions
    let pageWidth: Double

    /// Column x extents, left to right; one extent covering everything when there is one column.
    func columns(of boxes: [Rect]) -> [ClosedRange<Double>] {
        // The smallest x0 and largest x1 (the comparisons of `min()` and `max()`, without their lists).
        guard var left = boxes.first?.x0, var right = boxes.first?.x1 else { return [0...pageWidth] }
        for index in boxes.indices.dropFirst() {
            if boxes[index].x0 < left { left = boxes[index].x0 }
            if right < boxes[index].x1 { right = boxes[index].x1 }
        }
        guard right > left else { return [0...pageWidth] }
        let full = right - left
        let narrow = boxes.filter { $0.width <= 0.6 * full }
        guard narrow.count >= 2 * options.minColumnLines else { return [left...right] }
        let origin = Int(left.rounded(.down))
        let binCount = Int(right.rounded(.up)) - origin + 1
        var delta = [Int](repeating: 0, count: binCount + 1)
        for box in narrow {
            let start = max(0, Int(box.x0.rounded(.down)) - origin)
            let end = min(binCount, Int(box.x1.rounded(.up)) - origin)
            delta[start] += 1
            delta[end] -= 1
        }
        let allowance = narrow.count / 25
        var gutters: [(start: Double, end: Double)] = []
        var coverage = 0
        var runStart: Int?
        for bin in 0..<binCount {
            coverage += delta[bin]
            if coverage <= allowance {
                if runStart == nil { runStart = bin }
            } else if let start = runStart {
                if start > 0, Double(bin - start) >= options.minGutterWidth {
                    gutters.append((Double(origin + start), Double(origin + bin)))
                }
                runStart = nil
            }
        }
        // Drop gutters beside columns that are too narrow or too empty, narrowest first.
        while !gutters.isEmpty {
            let bounds = [left] + gutters.flatMap { [$0.start, $0.end] } + [right]
            var columns: [ClosedRange<Double>] = []
            for index in stride(from: 0, to: bounds.count, by: 2) { columns.append(bounds[index]...bounds[index + 1]) }
            let bad = columns.indices.first { index in
                let column = columns[index]
                let count = narrow.filter { $0.x0 >= column.lowerBound - 1 && $0.x1 <= column.upperBound + 1 }.count
                return column.upperBound - column.lowerBound < options.minColumnWidthRatio * pageWidth
                    || count < options.minColumnLines
            }
            guard let bad else { return columns }
            let candidates = [bad - 1, bad].filter { gutters.indices.contains($0) }
            let victim = candidates.min { gutters[$0].end - gutters[$0].start < gutters[$1].end - gutters[$1].start }!
            gutters.remove(at: victim)
        }
        return [left...right]
    }

    /// True when there are several columns and each is filled by running text: at least
    /// 2 × `minColumnLines` lines whose median width is `columnFillRatio` of the column or more.
    func areTextColumns(_ columns: [ClosedRange<Double>], boxes: [Rect]) -> Bool {
        guard columns.count > 1 else { return false }
        return columns.allSatisfy { column in
            let width = column.upperBound - column.lowerBound
            var fills = boxes.filter { $0.x0 >= column.lowerBound - 2 && $0.x1 <= column.upperBound + 2 }
                .map { $0.width / width }
            fills.sort()
            return fills.count >= 2 * options.minColumnLines && fills[fills.count / 2] >= options.columnFillRatio
        }
    }
}
