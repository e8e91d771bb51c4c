import PlanciteCore
import PlanciteExtract

/// Runs printed on one line with no wide gap between them: a line of a column, a table cell's line.
struct Fragment {
    /// The runs; changing them updates `bodySize`.
    var runs: [TextRun] {
        didSet { bodySize = Fragment.dominantSize(runs) }
    }
    var bbox: Rect
    /// The size set in the most characters.
    private(set) var bodySize: Double

    init(runs: [TextRun]) {
        self.runs = runs
        self.bbox = Fragment.bounds(of: runs)
        self.bodySize = Fragment.dominantSize(runs)
    }

    var characterCount: Int { runs.reduce(0) { $0 + $1.range.count } }

    mutating func absorb(_ other: Fragment) {
        var merged = runs
        merged.append(contentsOf: other.runs)
        merged.sort { $0.bbox.x0 < $1.bbox.x0 }
        runs = merged
        bbox = bbox.union(other.bbox)
    }

    /// The union of the runs' boxes (`Rect.union`), or `.zero` when there are none.
    static func bounds(of runs: [TextRun]) -> Rect {
        guard !runs.isEmpty else { return .zero }
        var box = runs[0].bbox
        for index in runs.indices.dropFirst() { box = box.union(runs[index].bbox) }
        return box
    }

    /// The size set in the most characters of the runs (ties go to the larger size).
    ///
    /// Sizes are rounded to half points; a line holds few of them, so they are counted in a list.
    static func dominantSize(_ runs: [TextRun]) -> Double {
        var sizes: [(size: Double, count: Int)] = []
        for index in runs.indices {
            let size = (runs[index].size * 2).rounded() / 2
            let count = runs[index].range.count
            if let found = sizes.firstIndex(where: { $0.size == size }) {
                sizes[found].count += count
            } else {
                sizes.append((size, count))
            }
        }
        return sizes.max { ($0.count, $0.size) < ($1.count, $1.size) }?.size ?? 0
    }
}
