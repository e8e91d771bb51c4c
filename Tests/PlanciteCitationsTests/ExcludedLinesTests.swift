@testable import PlanciteCitations
import Testing

// `ExcludedLines` keeps, per block, the first line left out; these cases compare it with the set of
// line references it replaced, for blocks taken whole or from a line on, on pages out of order.

@Suite struct ExcludedLinesAgainstSets {
    /// Block exclusions: (page, block, first line); each leaves out the block's lines from there on.
    static let cases: [[(Int, Int, Int)]] = [
        [],
        [(0, 0, 0)],
        [(2, 3, 1)],
        [(1, 0, 0), (1, 1, 0), (1, 2, 2)],
        [(3, 1, 4), (0, 5, 0), (3, 1, 2)],
        [(2, 0, 3), (2, 0, 5), (4, 7, 0)],
    ]

    static func excluded(_ blocks: [(Int, Int, Int)]) -> ExcludedLines {
        var excluded = ExcludedLines()
        for (page, index, line) in blocks { excluded.exclude(BlockRef(page: page, index: index), from: line) }
        return excluded
    }

    /// The same exclusions as a set, for blocks of up to 8 lines.
    static func lineSet(_ blocks: [(Int, Int, Int)]) -> Set<LineRef> {
        Set(blocks.flatMap { page, index, first in
            (first..<max(first, 8)).map { LineRef(block: BlockRef(page: page, index: index), line: $0) }
        })
    }

    static func allLines() -> [LineRef] {
        (0..<6).flatMap { page in
            (0..<9).flatMap { index in (0..<8).map { LineRef(block: BlockRef(page: page, index: index), line: $0) } }
        }
    }

    @Test(arguments: cases)
    func containsTheSameLines(blocks: [(Int, Int, Int)]) {
        let excluded = Self.excluded(blocks)
        let set = Self.lineSet(blocks)
        for line in Self.allLines() { #expect(excluded.contains(line) == set.contains(line)) }
    }

    @Test(arguments: cases.indices, cases.indices)
    func unionContainsTheSameLines(first: Int, second: Int) {
        let union = Self.excluded(Self.cases[first]).union(Self.excluded(Self.cases[second]))
        let set = Self.lineSet(Self.cases[first]).union(Self.lineSet(Self.cases[second]))
        for line in Self.allLines() { #expect(union.contains(line) == set.contains(line)) }
    }

    @Test func blockWithoutExclusionKeepsAllLines() {
        let excluded = Self.excluded([(1, 2, 0)])
        #expect(excluded.firstExcludedLine(of: BlockRef(page: 1, index: 1)) == Int.max)
        #expect(excluded.firstExcludedLine(of: BlockRef(page: 0, index: 2)) == Int.max)
        #expect(excluded.firstExcludedLine(of: BlockRef(page: 1, index: 2)) == 0)
    }
}
