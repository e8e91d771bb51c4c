import Foundation
import PlanciteCore
import PlanciteLayout
import Testing

@testable import PlanciteStructure

/// An unnumbered item whose running number is a numbered item's number gets a suffix.
@Suite struct UnnumberedKeyTests {
    @Test func unnumberedItemSharingANumberedKeyIsSuffixed() {
        let document = LayoutSketch.document("""
            # Goal 1: Water
            Action 1: Build wells
            The following actions include:
            - Fix pumps
            """)
        let ids = StructureParser().parse(document).actionItems.map(\.id)
        #expect(ids == ["action-1", "action-1-2"])
    }

    @Test func unnumberedItemsAloneKeepTheirNumbers() {
        let document = LayoutSketch.document("""
            # Goal 1: Water
            The following actions include:
            - Fix pumps
            - Test water
            """)
        #expect(StructureParser().parse(document).actionItems.map(\.id) == ["action-1", "action-2"])
    }
}
