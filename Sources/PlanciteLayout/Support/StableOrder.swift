/// The order a stable sort gives, found by merge sort.
///
/// The standard library's sort is stable but sorts lists shorter than 64 elements by insertion,
/// which costs about n²/4 comparisons on a page's lines or fragments in an unrelated order; a
/// merge sort needs about n log₂ n. Both give the one stable order of a strict weak ordering, so
/// the result is the same.
enum StableOrder {
    /// The indices `0..<count` sorted stably by `areInIncreasingOrder` (which compares indices).
    static func indices(count: Int, by areInIncreasingOrder: (Int, Int) -> Bool) -> [Int] {
        var order = Array(0..<count)
        guard count > 1 else { return order }
        var spare = order
        // Runs of `run` indices sorted by insertion, then merged in rounds of doubling width.
        let run = 8
        var start = 0
        while start < count {
            let end = min(start + run, count)
            var next = start + 1
            while next < end {
                let moving = order[next]
                var slot = next
                while slot > start, areInIncreasingOrder(moving, order[slot - 1]) {
                    order[slot] = order[slot - 1]
                    slot -= 1
                }
                order[slot] = moving
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
                var target = low
                // Equal elements: the left one first, which keeps the sort stable.
                while left < middle && right < high {
                    if areInIncreasingOrder(order[right], order[left]) {
                        spare[target] = order[right]
                        right += 1
                    } else {
                        spare[target] = order[left]
                        left += 1
                    }
                    target += 1
                }
                while left < middle { spare[target] = order[left]; left += 1; target += 1 }
                while right < high { spare[target] = order[right]; right += 1; target += 1 }
                low = high
            }
            swap(&order, &spare)
            width *= 2
        }
        return order
    }
}
