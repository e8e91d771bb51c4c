import PlanciteCore
import PlanciteExtract

/// Runs printed on one line with no wide gap between them: a line of a column, a table cell's line.
struct Fragment {
    /// The runs, a slice of the page's runs until changed (indices start at `runs.startIndex`);
    /// changing them updates `bodySize`.
    var runs: ArraySlice<TextRun> {
        didSet { bodySize = Fragment.dominantSize(runs) }
    }
    var bbox: Rect
    /// The size set in the most characters.
    private(set) var bodySize: Double

    init(runs: ArraySlice<TextRun>) {
        self.runs = runs
        self.bbox = Fragment.bounds(of: runs)
        self.bodySize = Fragment.dominantSize(runs)
    }

    /// A fragment whose box, `Fragment.bounds(of: runs)`, is known already; `sameSize` says that
    /// every run has the first run's size (then that size, rounded, is the body size, uncounted).
    init(runs: ArraySlice<TextRun>, bounds: Rect, sameSize: Bool = false) {
        self.runs = runs
        self.bbox = bounds
        self.bodySize = sameSize && !runs.isEmpty
            ? (runs[runs.startIndex].size * 2).rounded() / 2 : Fragment.dominantSize(runs)
    }

    init(runs: [TextRun]) {
        self.init(runs: runs[...])
    }

    /// The first run (a fragment has one or more).
    var firstRun: TextRun {
        get { runs[runs.startIndex] }
        set { runs[runs.startIndex] = newValue }
    }

    var characterCount: Int { runs.reduce(0) { $0 + $1.range.count } }

    mutating func absorb(_ other: Fragment) {
        var merged = Array(runs)
        merged.append(contentsOf: other.runs)
        merged.sort { $0.bbox.x0 < $1.bbox.x0 }
        runs = merged[...]
        bbox = bbox.union(other.bbox)
    }

    /// The union of the runs' boxes (`Rect.union`), or `.zero` when there are none.
    static func bounds(of runs: ArraySlice<TextRun>) -> Rect {
        guard !runs.isEmpty else { return .zero }
        var box = runs[runs.startIndex].bbox
        for index in runs.indices.dropFirst() { box = box.uniting(runs[index].bbox) }
        return box
    }

    /// The size set in the most characters of the runs (ties go to the larger size).
    ///
    /// Sizes are rounded to half points; a line holds few of them, so they are counted in a list.
    static func dominantSize(_ runs: ArraySlice<TextRun>) -> Double {
        // Most fragments are set in one size: that size, without counting.
        guard !runs.isEmpty else { return 0 }
        // Equal sizes round alike: rounding waits for the first size that differs.
        let firstRaw = runs[runs.startIndex].size
        var same = runs.startIndex + 1
        while same < runs.endIndex, runs[same].size == firstRaw { same += 1 }
        let firstSize = (firstRaw * 2).rounded() / 2
        var index = same
        while index < runs.endIndex, (runs[index].size * 2).rounded() / 2 == firstSize { index += 1 }
        if index == runs.endIndex { return firstSize }
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

extension Rect {
    /// `union(_:)` (an empty box at the origin is ignored), inlined for per-run loops.
    @inline(__always)
    func uniting(_ other: Rect) -> Rect {
        if (x1 - x0 <= 0 || y1 - y0 <= 0) && x0 == 0 && y0 == 0 { return other }
        if (other.x1 - other.x0 <= 0 || other.y1 - other.y0 <= 0) && other.x0 == 0 && other.y0 == 0 { return self }
        return Rect(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }
}
