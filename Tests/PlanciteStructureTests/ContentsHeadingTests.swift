import Testing

@testable import PlanciteStructure

/// The `Contents` check lower-cases only texts that may start with `c` or `t`, and finds what
/// lower-casing every short heading finds.
@Suite struct ContentsHeadingTests {
    static let texts: [String] = [
        "Contents", "CONTENTS", "contents", "Table of Contents", "TABLE OF CONTENTS", "table of contents", "Content",
        "Tables of contents", "\u{212A}contents", "\u{0130}contents", "C\u{0301}ontents", "Contents\u{0301}", "xcontents",
        "Goal 1", "Overview", "\u{00E9}", "Table of contents ", "T", "c",
    ]

    @Test(arguments: texts)
    func contentsHeadingsAreFoundAsByLowerCasing(text: String) {
        var walker = StructureWalker(vocabulary: .default)
        let block = LayoutSketch.document("# " + text).bodyBlocks[0]
        let lower = text.lowercased()
        let reference = text.utf8.count <= 64 && (lower == "contents" || lower == "table of contents")
        #expect(walker.isContentsLine(block, text: text) == reference)
    }
}
