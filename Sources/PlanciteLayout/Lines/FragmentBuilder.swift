import PlanciteCore
import PlanciteExtract

/// Cuts a page's runs into fragments and mends what poppler splits apart.
///
/// Runs are grouped by poppler line and cut where the gap between two runs exceeds
/// `fragmentGapRatio` times the size, or both `cellGapRatio` times the size and
/// `cellGapToWordSpace` times the line's narrowest word space; a lone list marker keeps its text
/// up to 4 × size away. Then small fragments standing next to a line on the same
/// band (a superscript poppler put on a line of its own) are merged into it, and a one-letter
/// drop cap is glued in front of the first body line to its right.
struct FragmentBuilder {
    let options: LayoutOptions
    /// The body size of the whole document.
    let bodySize: Double

    func fragments(of page: ExtractedPage) -> [Fragment] {
        let runs = page.runs
        var fragments: [Fragment] = []
        fragments.reserveCapacity(runs.count)
        // (Runs are read through a buffer; fragments are slices of `runs`.)
        runs.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                // The line's runs end at `end`; its narrowest word space, found on the way, tells
                // cells apart: a gap well beyond it separates them.
                var end = start + 1
                var wordSpace = Double.infinity
                while end < buffer.count, buffer[end].line == buffer[start].line {
                    if buffer[end].spaceBefore {
                        wordSpace = min(wordSpace, max(0, buffer[end].bbox.x0 - buffer[end - 1].bbox.x1))
                    }
                    end += 1
                }
                // The current fragment is runs[fragmentStart..<index]; `box` is its `Fragment.bounds`.
                var fragmentStart = start
                var box = buffer[start].bbox
                // Whether every run of the current fragment has its first run's size.
                var sameSize = true
                for index in (start + 1)..<end {
                    let gap = buffer[index].bbox.x0 - buffer[index - 1].bbox.x1
                    let size = max(buffer[index].size, buffer[index - 1].size)
                    let cellGap = min(
                        options.fragmentGapRatio * size,
                        max(options.cellGapRatio * size, options.cellGapToWordSpace * wordSpace))
                    guard gap > cellGap || gap < -size else {
                        box = box.uniting(buffer[index].bbox)
                        if buffer[index].size != buffer[fragmentStart].size { sameSize = false }
                        continue
                    }
                    let afterMarker = index - fragmentStart == 1 && gap < 4 * size && Self.isListMarker(buffer[index - 1])
                    if afterMarker {
                        box = box.uniting(buffer[index].bbox)
                        if buffer[index].size != buffer[fragmentStart].size { sameSize = false }
                    } else {
                        fragments.append(Fragment(runs: runs[fragmentStart..<index], bounds: box, sameSize: sameSize))
                        fragmentStart = index
                        box = buffer[index].bbox
                        sameSize = true
                    }
                }
                fragments.append(Fragment(runs: runs[fragmentStart..<end], bounds: box, sameSize: sameSize))
                start = end
            }
        }
        fragments = mergeNeighbours(fragments)
        return attachDropCaps(fragments)
    }

    /// A bullet or list number, which may stand well apart from its item's text.
    static func isListMarker(_ run: TextRun) -> Bool {
        // (`LineFeatures.marker(_:)` of a token of the run, without making the token.)
        LineFeatures.marker(text: run.text, font: run.font) != nil
    }

    /// Merges fragments that sit on the same band a hair apart, and small raised orphans into their host.
    private func mergeNeighbours(_ input: [Fragment]) -> [Fragment] {
        // Sorted through their keys (the same comparisons, so the same order as sorting the fragments).
        // (The fragments' fields are read in place: `input.map` would copy each fragment.)
        let order = StableOrder.indices(byKeys: input.indices.map { input[$0].bbox.x0 }, then: input.indices.map { input[$0].bbox.y0 })
        var fragments = order.map { input[$0] }
        // The boxes and sizes the tests read, kept in step with `fragments` (which change only when
        // two merge): the tests read no fragment, so none is copied.
        var boxes = order.map { input[$0].bbox }
        var sizes = order.map { input[$0].bodySize }
        var merged = fragments.indices.map { _ in false }
        var anyMerged = false
        // Index fragments by their vertical middle so each looks only at near neighbours.
        // `tops` follows the fragments' tops as hosts grow.
        var tops = boxes.map(\.y0)
        let byTop = StableOrder.indices(byKeys: tops)
        var position = fragments.indices.map { _ in 0 }
        for (rank, index) in byTop.enumerated() { position[index] = rank }
        for index in fragments.indices where !merged[index] {
            var changed = true
            while changed {
                changed = false
                let size = max(sizes[index], 1)
                var rank = position[index]
                // Walk up and down the top-sorted list while fragments may still overlap: the
                // candidates are `byTop[first..<rank]`.
                while rank > 0, tops[byTop[rank - 1]] > boxes[index].y0 - 2 * size { rank -= 1 }
                let first = rank
                while rank < byTop.count, tops[byTop[rank]] < boxes[index].y1 + size { rank += 1 }
                // The host's box and size, kept in step with `boxes` and `sizes` as it absorbs guests.
                // (Candidates are read by position: a slice of `byTop` would be retained per pass.)
                var hostBox = boxes[index]
                var hostSize = max(sizes[index], 1)
                for candidate in first..<rank {
                    let other = byTop[candidate]
                    guard other != index, !merged[other] else { continue }
                    // What `joins` needs of the gap, tested first.
                    let guestBox = boxes[other]
                    let gap = guestBox.x0 >= hostBox.x0 ? guestBox.x0 - hostBox.x1 : hostBox.x0 - guestBox.x1
                    guard gap < 4 * hostSize, gap > -0.5 * hostSize || guestBox.x0 > hostBox.x1 else { continue }
                    guard joins(host: index, guest: other, fragments: fragments, boxes: boxes, sizes: sizes) else { continue }
                    var guest = fragments[other]
                    // A visible gap between the two pieces is a word space.
                    if guestBox.x0 >= hostBox.x1 {
                        guest.firstRun.spaceBefore = guestBox.x0 - hostBox.x1 > 0.2 * hostSize
                    } else if hostBox.x0 >= guestBox.x1 {
                        fragments[index].firstRun.spaceBefore = hostBox.x0 - guestBox.x1 > 0.2 * hostSize
                    }
                    fragments[index].absorb(guest)
                    boxes[index] = fragments[index].bbox
                    sizes[index] = fragments[index].bodySize
                    hostBox = boxes[index]
                    hostSize = max(sizes[index], 1)
                    merged[other] = true
                    anyMerged = true
                    changed = true
                }
            }
            tops[index] = boxes[index].y0
        }
        guard anyMerged else { return fragments }
        return fragments.indices.filter { !merged[$0] }.map { fragments[$0] }
    }

    /// True when fragment `guest` continues fragment `host` on its right on the same band, or is a
    /// small raised or lowered piece right next to it.
    @inline(__always)
    private func joins(host: Int, guest: Int, fragments: [Fragment], boxes: [Rect], sizes: [Double]) -> Bool {
        let hostBox = boxes[host]
        let guestBox = boxes[guest]
        let hostSize = max(sizes[host], 1)
        let guestSize = sizes[guest]
        // The guest stands right of the host, or (a note label) just left of it.
        let gap = guestBox.x0 >= hostBox.x0 ? guestBox.x0 - hostBox.x1 : hostBox.x0 - guestBox.x1
        // A lone list marker or note label (`12.`, `•`) takes the text beside it.
        if fragments[host].runs.count == 1, guestBox.x0 > hostBox.x1, gap < 4 * hostSize,
            hostBox.verticalOverlap(with: guestBox) > 0.5, Self.isListMarker(fragments[host].firstRun)
        {
            return true
        }
        guard gap > -0.5 * hostSize, gap < 0.6 * hostSize else { return false }
        if guestSize <= hostSize * options.superscriptSizeRatio && fragments[guest].characterCount <= 8 {
            // A superscript: overlapping the host's band, top not far above it.
            return guestBox.y1 > hostBox.y0 && guestBox.y0 < hostBox.y1
                && guestBox.y0 > hostBox.y0 - 0.6 * hostSize
        }
        return hostBox.verticalOverlap(with: guestBox) > 0.6 && abs(guestSize - hostSize) < 0.3 * hostSize
    }

    /// Glues a one-letter drop cap to the first word of the body line to its right.
    private func attachDropCaps(_ input: [Fragment]) -> [Fragment] {
        var fragments = input
        var removed = Set<Int>()
        for index in fragments.indices {
            // (Cheap tests on the fragment in place before it is copied.)
            guard fragments[index].runs.count == 1,
                fragments[index].runs[fragments[index].runs.startIndex].range.count <= 2
            else { continue }
            let cap = fragments[index]
            guard let run = cap.runs.first,
                run.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
                run.size >= options.dropCapRatio * bodySize
            else { continue }
            var best: Int?
            for other in fragments.indices where other != index && !removed.contains(other) {
                let line = fragments[other].bbox
                guard line.x0 >= cap.bbox.x1 - 2, line.x0 <= cap.bbox.x1 + 2 * bodySize,
                    line.y0 >= cap.bbox.y0 - bodySize, line.y0 <= cap.bbox.y1,
                    fragments[other].bodySize < run.size
                else { continue }
                if best.map({ line.y0 < fragments[$0].bbox.y0 }) ?? true { best = other }
            }
            guard let host = best else { continue }
            var glued = run
            glued.line = fragments[host].firstRun.line
            fragments[host].firstRun.spaceBefore = false
            fragments[host].runs.insert(glued, at: fragments[host].runs.startIndex)
            fragments[host].bbox = fragments[host].bbox.union(glued.bbox)
            removed.insert(index)
        }
        guard !removed.isEmpty else { return fragments }
        return fragments.indices.filter { !removed.contains($0) }.map { fragments[$0] }
    }
}
