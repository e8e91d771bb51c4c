import Foundation
import PlanciteCore
import PlanciteLayout

/// Finds the notes of a document: endnote sections, an unheaded notes run at the end, and footnotes.
///
/// - An endnote section opens at a heading (or a short line) that reads `Endnotes`, `End Notes`,
///   `Notes`, `References` or `Footnotes` (a trailing `:` allowed), and runs over label-first
///   paragraphs until a heading that is not followed by a label-first paragraph. A heading that is
///   followed by one (`Chapter 2` inside the notes) marks where numbering may restart.
/// - The unheaded run is the longest run of label-first blocks that ends the document's body (a block
///   without a label may sit between two as a continuation). The caller keeps it only when body
///   markers use its labels.
/// - Footnotes are the blocks of each page's footnote zone; a zone that opens without a label
///   continues the previous page's last footnote.
struct NoteCollector {
    struct Collection {
        var endnotes: [NoteDraft] = []
        var footnotes: [NoteDraft] = []
        /// Blocks taken by endnote sections (their superscripts are labels, not markers).
        var sectionBlocks: Set<BlockRef> = []
        var tailRun: [NoteDraft] = []
        var tailBlocks: Set<BlockRef> = []
    }

    let sectionTitles: Set<String>

    func collect(_ document: LayoutDocument) -> Collection {
        var collection = Collection()
        let blocks = NoteCollector.bodyBlocks(of: document)
        collectSections(blocks, into: &collection)
        collectTailRun(blocks, into: &collection)
        collection.footnotes = collectFootnotes(document)
        return collection
    }

    static func bodyBlocks(of document: LayoutDocument) -> [(ref: BlockRef, block: Block)] {
        document.pages.enumerated().flatMap { pageIndex, page in
            page.body.enumerated().map { (BlockRef(page: pageIndex, index: $0.offset), $0.element) }
        }
    }

    func isSectionHeading(_ block: Block) -> Bool {
        guard block.kind == .heading || (block.kind == .paragraph && block.lines.count == 1) else { return false }
        var title = block.text.lowercased().trimmingCharacters(in: .whitespaces)
        while let last = title.last, ":.".contains(last) { title.removeLast() }
        return sectionTitles.contains(title)
    }

    static func isLabelFirst(_ block: Block) -> Bool {
        guard block.kind != .heading, let line = block.lines.first else { return false }
        return NoteSegmenter.leadingLabel(of: line.tokens, listMarker: block.listMarker) != nil
    }

    private func collectSections(_ blocks: [(ref: BlockRef, block: Block)], into collection: inout Collection) {
        var index = 0
        while index < blocks.count {
            guard isSectionHeading(blocks[index].block) else {
                index += 1
                continue
            }
            var segmenter = NoteSegmenter(isFootnote: false)
            segmenter.pendingGroupBreak = true
            var taken: [BlockRef] = [blocks[index].ref]
            var next = index + 1
            while next < blocks.count {
                let block = blocks[next].block
                if block.kind == .heading || isSectionHeading(block) {
                    guard next + 1 < blocks.count, NoteCollector.isLabelFirst(blocks[next + 1].block),
                        !isSectionHeading(block)
                    else { break }
                    segmenter.pendingGroupBreak = true
                } else {
                    segmenter.feed(block)
                }
                taken.append(blocks[next].ref)
                next += 1
            }
            if segmenter.drafts.isEmpty {
                index += 1
                continue
            }
            collection.endnotes += segmenter.drafts
            collection.sectionBlocks.formUnion(taken)
            index = next
        }
    }

    private func collectTailRun(_ blocks: [(ref: BlockRef, block: Block)], into collection: inout Collection) {
        var start: Int?
        var index = blocks.count - 1
        while index >= 0, !collection.sectionBlocks.contains(blocks[index].ref) {
            let block = blocks[index].block
            if block.kind == .heading { break }
            if NoteCollector.isLabelFirst(block) {
                start = index
            } else if index > 0, NoteCollector.isLabelFirst(blocks[index - 1].block), start != nil {
                // A continuation between two notes.
            } else {
                break
            }
            index -= 1
        }
        guard let start else { return }
        var segmenter = NoteSegmenter(isFootnote: false)
        segmenter.pendingGroupBreak = true
        for entry in blocks[start...] { segmenter.feed(entry.block) }
        guard segmenter.drafts.count >= 2 || (segmenter.drafts.first?.label.value == 1) else { return }
        collection.tailRun = segmenter.drafts
        collection.tailBlocks = Set(blocks[start...].map(\.ref))
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
