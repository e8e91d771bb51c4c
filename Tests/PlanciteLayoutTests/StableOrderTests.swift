import Testing
import TestSupport

@testable import PlanciteLayout

/// `StableOrder.indices` gives the order of the standard library's stable sort, ties included.
@Suite struct StableOrderTests {
    /// Keys with many ties, in orders a page can hold: sorted, reversed, interleaved, shuffled.
    static let keyLists: [[Double]] = {
        var generator = SplitMix(seed: 7)
        var lists: [[Double]] = [[], [3], [2, 1], [1, 1, 1], Array(repeating: 5, count: 70)]
        for count in [7, 8, 9, 15, 16, 17, 40, 63, 64, 65, 130] {
            lists.append((0..<count).map { Double($0) })
            lists.append((0..<count).map { Double(count - $0) })
            lists.append((0..<count).map { Double($0 % 5) })
            lists.append((0..<count).map { _ in Double(generator.next() % 9) })
            lists.append((0..<count).map { _ in Double(generator.next() % 1000) / 7 })
        }
        return lists
    }()

    @Test(arguments: keyLists)
    func matchesTheStandardSort(keys: [Double]) {
        let expected = keys.indices.sorted { keys[$0] < keys[$1] }
        #expect(StableOrder.indices(count: keys.count) { keys[$0] < keys[$1] } == expected)
    }

    @Test(arguments: keyLists)
    func matchesTheStandardSortOnPairs(keys: [Double]) {
        let seconds = keys.indices.map { Double(($0 * 7) % 3) }
        let expected = keys.indices.sorted { (keys[$0], seconds[$0]) < (keys[$1], seconds[$1]) }
        #expect(StableOrder.indices(count: keys.count) { (keys[$0], seconds[$0]) < (keys[$1], seconds[$1]) } == expected)
    }

    @Test(arguments: keyLists)
    func keyedOrdersMatchTheComparedOnes(keys: [Double]) {
        let seconds = keys.indices.map { Double(($0 * 7) % 3) }
        #expect(StableOrder.indices(byKeys: keys) == StableOrder.indices(count: keys.count) { keys[$0] < keys[$1] })
        #expect(
            StableOrder.indices(byKeys: keys, then: seconds)
                == StableOrder.indices(count: keys.count) { (keys[$0], seconds[$0]) < (keys[$1], seconds[$1]) })
    }
}
