import PlanciteCore
@testable import PlanciteDataset
import Testing

/// An item's markers are the ids of the markers at its anchors, in order, each once.
@Suite struct RecordBuilderTests {
    /// The definition: every anchor's id, the repeats of an id dropped.
    private func reference(_ anchors: [TextAnchor], _ ids: [TextAnchor: String]) -> [String] {
        var seen = Set<String>()
        return anchors.compactMap { ids[$0] }.filter { seen.insert($0).inserted }
    }

    @Test(arguments: [0, 1, 2, 3, 5, 16, 17, 40])
    func markerIDsAreTheAnchorsIDsEachOnce(count: Int) {
        // Two anchors share each id, one in five anchors has no marker, and anchors repeat.
        var ids: [TextAnchor: String] = [:]
        for offset in 0..<60 where offset % 5 != 4 { ids[TextAnchor(page: 1, offset: offset)] = "marker-\(offset / 2)" }
        for start in [0, 3, 7] {
            let anchors = (0..<count).map { TextAnchor(page: 1, offset: (start + $0 * 7) % 23) }
            #expect(RecordBuilder.markerIDs(at: anchors, in: ids) == reference(anchors, ids), "\(anchors)")
        }
    }
}
