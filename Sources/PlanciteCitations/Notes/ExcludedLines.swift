/// Lines of body blocks that marker detection leaves out: the lines of notes.
///
/// Notes take whole blocks, or a block from one of its lines on, so each block keeps the index of
/// its first line left out; the lines before it are read. Arrays indexed by page and block replace a
/// set of line references, which hashed every line of every notes section.
struct ExcludedLines: Sendable, Equatable {
    /// `firstLine[page][block]`: the first excluded line of that block, `Int.max` for none.
    private var firstLine: [[Int]] = []

    init() {}

    /// Leaves out the block's lines from `line` on.
    mutating func exclude(_ block: BlockRef, from line: Int = 0) {
        if firstLine.count <= block.page { firstLine += repeatElement([], count: block.page + 1 - firstLine.count) }
        if firstLine[block.page].count <= block.index {
            firstLine[block.page] += repeatElement(Int.max, count: block.index + 1 - firstLine[block.page].count)
        }
        firstLine[block.page][block.index] = min(firstLine[block.page][block.index], line)
    }

    /// The index of the block's first excluded line, `Int.max` when it has none.
    func firstExcludedLine(of block: BlockRef) -> Int {
        guard block.page < firstLine.count, block.index < firstLine[block.page].count else { return Int.max }
        return firstLine[block.page][block.index]
    }

    /// True when the line is left out.
    func contains(_ line: LineRef) -> Bool { line.line >= firstExcludedLine(of: line.block) }

    /// The lines left out by either.
    func union(_ other: ExcludedLines) -> ExcludedLines {
        var result = self
        for page in other.firstLine.indices {
            for index in other.firstLine[page].indices where other.firstLine[page][index] != Int.max {
                result.exclude(BlockRef(page: page, index: index), from: other.firstLine[page][index])
            }
        }
        return result
    }
}
