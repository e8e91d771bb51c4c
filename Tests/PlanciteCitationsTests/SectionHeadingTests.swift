import PlanciteLayout
@testable import PlanciteCitations
import Testing

// `NoteCollector.isSectionHeading` first rejects blocks whose text starts with an ASCII letter that
// starts no title; these cases compare it with the rule read in full (written out here) on headings
// that start with letters, combining marks, the Kelvin sign, dotted İ, superscripts and punctuation.

@Suite struct SectionHeadingFirstLetter {
    static let headings = [
        "Notes", "NOTES:", "End Notes", "Endnotes.", "References", "Footnotes", "Appendix", "Kelvin", "\u{212A}elvin",
        "İndex", "e\u{301}ndnotes", "^{1} Notes", "^{2}Notes", "“Notes”", ":", "Notes ::", "1 Notes", "Ñotes", "notes",
        "Sources", "x", "Ｎotes",
    ]
    static let titleSets: [Set<String>] = [
        ["endnotes", "end notes", "notes", "references", "footnotes"],
        ["sources", "notes"],
        ["énotes", "notes"],
        ["Notes", "kelvin"],
        ["", "ｎotes"],
    ]

    /// The rule in full, without the first-letter test.
    static func reference(_ block: Block, titles: Set<String>) -> Bool {
        guard block.kind == .heading || (block.kind == .paragraph && block.lines.count == 1) else { return false }
        var title = block.text.lowercased().trimmingSpaces()
        while let last = title.last, ":.".contains(last) { title.removeLast() }
        return titles.contains(title)
    }

    @Test(arguments: headings, titleSets.indices)
    func agreesWithTheFullRule(heading: String, titleSet: Int) {
        var builder = LayoutBuilder()
        builder.heading(heading)
        builder.paragraph(heading)
        let titles = Self.titleSets[titleSet]
        let collector = NoteCollector(sectionTitles: titles)
        for block in builder.document.pages[0].body {
            #expect(collector.isSectionHeading(block) == Self.reference(block, titles: titles))
        }
    }
}
