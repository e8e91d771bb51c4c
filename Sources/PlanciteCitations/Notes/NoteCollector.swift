import Foundation
import PlanciteCore
import PlanciteLayout

/// Finds the notes of a document: endnote sections, an unheaded notes run at the end, and footnotes.
///
/// - An endnote section opens at a heading (or a short line) that reads `Endnotes`, `End Notes`,
///   `Notes`, `References` or `Footnotes` (a trailing `:` allowed), and runs over label-first
///   paragraphs until a heading that is not a subheading followed by a label-first paragraph. A
///   subheading (`Chapter 2` inside the notes, or a short title line followed by a note labelled
///   `1`) marks where numbering may restart.
/// - The unheaded run opens at the last line of the body's final stretch (after the last heading)
///   that starts with a first label (`1`, `i`, `*`) and runs to the end. The caller keeps it only
///   when body markers use at least half of its labels.
/// - Footnotes are the blocks of each page's footnote zone; a zone that opens without a label
///   continues the previous page's last footnote.
struct NoteCollector {
    struct Collection {
        var endnotes: [NoteDraft] = []
        var footnotes: [NoteDraft] = []
        /// Lines taken by endnote sections (their superscripts are labels, not markers); the
        /// sections take whole blocks.
        var sectionLines = ExcludedLines()
        var tailRun: [NoteDraft] = []
        var tailLines = ExcludedLines()
    }

    let sectionTitles: Set<String>
    /// Bit `n` set when a title starts with the letter `a` + n; nil when some title starts with
    /// anything but a lowercase ASCII letter (then every candidate heading is read in full).
    let titleInitials: UInt32?

    init(sectionTitles: Set<String>) {
        self.sectionTitles = sectionTitles
        var initials: UInt32? = 0
        for title in sectionTitles {
            guard let first = title.utf8.first, first &- 0x61 < 26 else {
                initials = nil
                break
            }
            initials? |= 1 << UInt32(first &- 0x61)
        }
        titleInitials = initials
    }

    func collect(_ document: LayoutDocument) -> Collection {
        var collection = Collection()
        let (refs, blocks) = NoteCollector.bodyBlocks(of: document)
        collectSections(blocks, refs: refs, into: &collection)
        collectTailRun(blocks, refs: refs, into: &collection)
        collection.footnotes = collectFootnotes(document)
        return collection
    }

    /// The body blocks of a document in reading order, and where each stands. Two arrays, not an
    /// array of pairs: a field of a block is read in place, where a pair was copied out whole.
    static func bodyBlocks(of document: LayoutDocument) -> (refs: [BlockRef], blocks: [Block]) {
        var refs: [BlockRef] = []
        var blocks: [Block] = []
        let count = document.pages.reduce(0) { $0 + $1.body.count }
        refs.reserveCapacity(count)
        blocks.reserveCapacity(count)
        for pageIndex in document.pages.indices {
            blocks += document.pages[pageIndex].body
            for index in document.pages[pageIndex].body.indices { refs.append(BlockRef(page: pageIndex, index: index)) }
        }
        return (refs, blocks)
    }

    func isSectionHeading(_ block: Block) -> Bool {
        guard NoteCollector.mayBeSectionHeading(kind: block.kind, lineCount: block.lines.count) else { return false }
        guard startsLikeTitle(block) else { return false }
        var title = LineText.text(of: block).lowercased().trimmingSpaces()
        while let last = title.last, ":.".contains(last) { title.removeLast() }
        return sectionTitles.contains(title)
    }

    /// False when the block's text (superscripts left out) starts with an ASCII letter that, lowercased,
    /// starts no section title: lowercasing, trimming and dropping a trailing `:` or `.` keep that
    /// first letter, and no string equals a title that starts with another base letter.
    func startsLikeTitle(_ block: Block) -> Bool {
        guard let initials = titleInitials else { return true }
        for line in block.lines.indices {
            for token in block.lines[line].tokens.indices where block.lines[line].tokens[token].kind != .superscript {
                guard let first = block.lines[line].tokens[token].text.utf8.first else { return true }
                let lower = first | 0x20
                guard first < 0x80, lower &- 0x61 < 26 else { return true }
                return initials & (1 << UInt32(lower &- 0x61)) != 0
            }
        }
        return true
    }

    /// The kinds of block `isSectionHeading` reads: a heading, or a paragraph of one line.
    static func mayBeSectionHeading(kind: BlockKind, lineCount: Int) -> Bool {
        kind == .heading || (kind == .paragraph && lineCount == 1)
    }

    static func isLabelFirst(_ block: Block) -> Bool {
        guard block.kind != .heading, let line = block.lines.first else { return false }
        return NoteSegmenter.leadingLabel(of: line.tokens, listMarker: block.listMarker) != nil
    }

    private func collectSections(_ blocks: [Block], refs: [BlockRef], into collection: inout Collection) {
        var index = 0
        while index < blocks.count {
            // Most blocks are not headings: tell them from their kind before copying them out.
            guard NoteCollector.mayBeSectionHeading(kind: blocks[index].kind, lineCount: blocks[index].lines.count),
                isSectionHeading(blocks[index])
            else {
                index += 1
                continue
            }
            var segmenter = NoteSegmenter(isFootnote: false)
            segmenter.pendingGroupBreak = true
            var taken: [BlockRef] = [refs[index]]
            var next = index + 1
            while next < blocks.count {
                let block = blocks[next]
                let following = next + 1 < blocks.count ? blocks[next + 1] : nil
                if block.kind == .heading || isSectionHeading(block) {
                    guard !isSectionHeading(block), let following,
                        opensSubsection(block, under: blocks[index], before: following)
                    else { break }
                    segmenter.pendingGroupBreak = true
                } else if let following, NoteCollector.isShortTitle(block),
                    opensSubsection(block, under: blocks[index], before: following)
                {
                    segmenter.pendingGroupBreak = true
                } else {
                    segmenter.feed(block)
                }
                taken.append(refs[next])
                next += 1
            }
            if segmenter.drafts.isEmpty {
                index += 1
                continue
            }
            collection.endnotes += segmenter.drafts
            for ref in taken { collection.sectionLines.exclude(ref) }
            index = next
        }
    }

    /// A one-line block of a few words that does not end like a sentence (`PREFACE`, `Chapter 2`).
    static func isShortTitle(_ block: Block) -> Bool {
        guard block.lines.count == 1, !isLabelFirst(block) else { return false }
        let text = LineText.text(of: block)
        let words = text.split(separator: " ")
        return !words.isEmpty && words.count <= 8 && !(text.last.map { ".,;:".contains($0) } ?? true)
    }

    /// True when a heading inside a notes section is a chapter subheading: lower than the section's
    /// heading (or, when levels are unknown, followed by a note labelled `1`, `i` or `*`).
    private func opensSubsection(_ heading: Block, under section: Block, before next: Block) -> Bool {
        guard let line = next.lines.first, next.kind != .heading,
            let opening = NoteSegmenter.leadingLabel(of: line.tokens, listMarker: next.listMarker)
        else { return false }
        if heading.kind == .heading, let level = heading.headingLevel, let sectionLevel = section.headingLevel {
            return level > sectionLevel
        }
        return opening.label.value == 1
    }

    private func collectTailRun(_ blocks: [Block], refs: [BlockRef], into collection: inout Collection) {
        var first = blocks.count
        while first > 0, blocks[first - 1].kind != .heading,
            collection.sectionLines.firstExcludedLine(of: refs[first - 1]) != 0
        {
            first -= 1
        }
        // The run opens at the last line that starts with a first label (`1`, `i`, `*`).
        var start: (position: Int, line: Int)?
        search: for position in (first..<blocks.count).reversed() where blocks[position].kind != .heading {
            let block = blocks[position]
            for line in block.lines.indices.reversed() {
                let opening = NoteSegmenter.leadingLabel(of: block.lines[line].tokens, listMarker: line == 0 ? block.listMarker : nil)
                if opening?.label.value == 1 {
                    start = (position, line)
                    break search
                }
            }
        }
        guard let start else { return }
        var segmenter = NoteSegmenter(isFootnote: false)
        segmenter.pendingGroupBreak = true
        let startRef = refs[start.position]
        let startLine = start.line
        segmenter.feed(blocks[start.position], from: startLine)
        var taken = ExcludedLines()
        taken.exclude(startRef, from: startLine)
        for position in first..<blocks.count where refs[position] > startRef {
            segmenter.feed(blocks[position])
            taken.exclude(refs[position])
        }
        collection.tailRun = segmenter.drafts
        collection.tailLines = taken
    }

    private func collectFootnotes(_ document: LayoutDocument) -> [NoteDraft] {
        var segmenter = NoteSegmenter(isFootnote: true)
        for page in document.pages where !page.footnotes.isEmpty {
            segmenter.pendingGroupBreak = true
            for block in page.footnotes { segmenter.feed(block) }
        }
        return segmenter.drafts
    }
}
