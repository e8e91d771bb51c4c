import PlanciteCore
import PlanciteExtract

/// Runs printed on one line with no wide gap between them: a line of a column, a table cell's line.
struct Fragment {
    var runs: [TextRun]
    var bbox: Rect

    init(runs: [TextRun]) {
        self.runs = runs
        self.bbox = Rect.union(runs.map(\.bbox))
    }

    /// The size set in the most characters.
    var bodySize: Double { Fragment.dominantSize(runs) }

    var characterCount: Int { runs.reduce(0) { $0 + $1.range.count } }

    mutating func absorb(_ other: Fragment) {
        runs.append(contentsOf: other.runs)
        runs.sort { $0.bbox.x0 < $1.bbox.x0 }
        bbox = bbox.union(other.bbox)
    }

    /// The size set in the most characters of the runs (ties go to the larger size).
    static func dominantSize(_ runs: [TextRun]) -> Double {
        var counts: [Double: Int] = [:]
        for run in runs { counts[(run.size * 2).rounded() / 2, default: 0] += run.range.count }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
    }
}
