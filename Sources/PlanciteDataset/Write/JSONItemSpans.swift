/// Where a pretty document's items (the objects two levels down: the elements of the record's
/// arrays) were written, member by member, so that their rows can be made from that text.
///
/// Compact text is pretty text without the white space outside strings, so a row copies each
/// member's text from the document and writes only its extra members (see `JSONTextWriter.writeRow`).
struct JSONItemSpans {
    /// Each item's whole text and where its member spans start in `spans`, by the item's box.
    private var items: [ObjectIdentifier: (text: Range<Int>, first: Int)] = [:]
    /// Where each member's value was written, start and end, in member order; -1 for a member not written.
    private var spans: [Int] = []

    /// Begins an item of `count` members and returns where its spans are kept.
    mutating func beginItem(memberCount count: Int) -> Int {
        let first = spans.count / 2
        spans.append(contentsOf: repeatElement(-1, count: 2 * count))
        return first
    }

    mutating func setMember(at slot: Int, _ span: Range<Int>) {
        spans[2 * slot] = span.lowerBound
        spans[2 * slot + 1] = span.upperBound
    }

    /// Ends the item begun at `first`, written as `text`.
    mutating func endItem(_ box: ObjectIdentifier, first: Int, text: Range<Int>) { items[box] = (text, first) }

    /// Where the item's spans are kept, if it was written.
    func first(of box: ObjectIdentifier) -> Int? { items[box]?.first }

    /// The span of the member in `slot`, if it was written.
    func member(at slot: Int) -> Range<Int>? {
        spans[2 * slot] < 0 ? nil : spans[2 * slot]..<spans[2 * slot + 1]
    }

    /// The whole text of an item, if it was written.
    func object(_ box: ObjectIdentifier) -> Range<Int>? { items[box]?.text }
}
