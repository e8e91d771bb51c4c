/// Where a pretty document's items (the objects two levels down: the elements of the record's
/// arrays) were written, member by member, so that their rows can be made from that text.
///
/// Compact text is pretty text without the white space outside strings, so a row copies each
/// member's text from the document and writes only its extra members (see `JSONTextWriter.writeRow`).
struct JSONItemSpans {
    /// Where each item's member spans start in `starts` and `ends`, by the item's box.
    private var firstSpan: [ObjectIdentifier: Int] = [:]
    /// Each item's whole text, by its box.
    private var objects: [ObjectIdentifier: Range<Int>] = [:]
    /// Where each member's value was written, in member order; -1 for a member not written.
    private var starts: [Int] = []
    private var ends: [Int] = []

    /// Begins an item of `count` members and returns where its spans are kept.
    mutating func beginItem(_ box: ObjectIdentifier, memberCount count: Int) -> Int {
        let first = starts.count
        firstSpan[box] = first
        starts.append(contentsOf: repeatElement(-1, count: count))
        ends.append(contentsOf: repeatElement(-1, count: count))
        return first
    }

    mutating func setMember(at slot: Int, _ span: Range<Int>) {
        starts[slot] = span.lowerBound
        ends[slot] = span.upperBound
    }

    mutating func endItem(_ box: ObjectIdentifier, _ span: Range<Int>) { objects[box] = span }

    /// Where the item's spans are kept, if it was written.
    func first(of box: ObjectIdentifier) -> Int? { firstSpan[box] }

    /// The span of the member in `slot`, if it was written.
    func member(at slot: Int) -> Range<Int>? {
        starts[slot] < 0 ? nil : starts[slot]..<ends[slot]
    }

    /// The whole text of an item, if it was written.
    func object(_ box: ObjectIdentifier) -> Range<Int>? { objects[box] }
}
