/// The order a stable sort gives, found by merge sort.
///
/// The standard library's sort is stable but sorts lists shorter than 64 elements by insertion,
/// which costs about n²/4 comparisons on a page's lines or fragments in an unrelated order; a
/// merge sort needs about n log₂ n. Both give the one stable order of a strict weak ordering, so
/// the result is the same.
enum StableOrder {
    /// The indices of `keys` sorted stably by key: `indices(count:by:)` comparing `keys[$0] < keys[$1]`,
    /// with the keys read through a buffer (no bounds check per comparison).
    static func indices(byKeys keys: [Double]) -> [Int] {
        keys.withUnsafeBufferPointer { keys in indices(count: keys.count) { keys[$0] < keys[$1] } }
    }

    /// The indices of the pairs sorted stably by `(first, second)` compared as tuples: `indices(count:by:)`
    /// comparing `(first[$0], second[$0]) < (first[$1], second[$1])`, the keys read through buffers.
    static func indices(byKeys first: [Double], then second: [Double]) -> [Int] {
        precondition(first.count == second.count)
        return first.withUnsafeBufferPointer { first in
            second.withUnsafeBufferPointer { second in
                indices(count: first.count) { (first[$0], second[$0]) < (first[$1], second[$1]) }
            }
        }
    }

    /// The indices `0..<count` sorted stably by `areInIncreasingOrder` (which compares indices).
    /// (Inlined into each caller, so the comparison is inlined into the sort rather than called per pair.)
    @inline(__always)
    static func indices(count: Int, by areInIncreasingOrder: (Int, Int) -> Bool) -> [Int] {
        guard count > 1 else { return Array(0..<count) }
        var order = Array(0..<count)
        var spare = order
        order.withUnsafeMutableBufferPointer { orderBuffer in
            spare.withUnsafeMutableBufferPointer { spareBuffer in
                // `source` holds the sorted runs; each round merges pairs of them into `target`.
                var source = orderBuffer.baseAddress!
                var target = spareBuffer.baseAddress!
                // Runs of `run` indices sorted by insertion, then merged in rounds of doubling width.
                let run = 8
                var start = 0
                while start < count {
                    let end = min(start + run, count)
                    var next = start + 1
                    while next < end {
                        let moving = source[next]
                        var slot = next
                        while slot > start, areInIncreasingOrder(moving, source[slot - 1]) {
                            source[slot] = source[slot - 1]
                            slot -= 1
                        }
                        source[slot] = moving
                        next += 1
                    }
                    start = end
                }
                var width = run
                while width < count {
                    var low = 0
                    while low < count {
                        let middle = min(low + width, count)
                        let high = min(low + 2 * width, count)
                        var left = low
                        var right = middle
                        var slot = low
                        // Runs already in order (the right run's first element not before the left
                        // run's last) merge to the left run then the right one: copied without comparing.
                        if middle < high, !areInIncreasingOrder(source[middle], source[middle - 1]) {
                            (target + low).update(from: source + low, count: high - low)
                            low = high
                            continue
                        }
                        // Equal elements: the left one first, which keeps the sort stable.
                        while left < middle && right < high {
                            if areInIncreasingOrder(source[right], source[left]) {
                                target[slot] = source[right]
                                right += 1
                            } else {
                                target[slot] = source[left]
                                left += 1
                            }
                            slot += 1
                        }
                        while left < middle { target[slot] = source[left]; left += 1; slot += 1 }
                        while right < high { target[slot] = source[right]; right += 1; slot += 1 }
                        low = high
                    }
                    swap(&source, &target)
                    width *= 2
                }
                // The result is in `source`: copied into `order` when that is the spare list.
                if source != orderBuffer.baseAddress! {
                    orderBuffer.baseAddress!.update(from: source, count: count)
                }
            }
        }
        return order
    }
}
