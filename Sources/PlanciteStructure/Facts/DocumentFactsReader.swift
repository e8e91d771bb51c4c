import Foundation
import PlanciteCore
import PlanciteLayout

/// Reads the plan's title, period and issuing organisations from its first pages.
///
/// - Title: the largest text on page 1 with adjacent blocks at least 75% of its size (50% for
///   headings) that hold two words or more (a date line does not join), at most three; a block
///   after the largest and clearly smaller (under 90%) is a subtitle, joined with `: ` once (not
///   after a comma); else the first heading.
/// - Period: the first year range (`2013–2017`, `FY 2024–2028`, `FY24-28`) in the title; else the
///   one year a title naming a plan, strategy, agenda, programme, roadmap or framework holds
///   (`2021 Action Plan` → 2021–2021); else the first range on a short line (at most 12 words,
///   no final stop, no dotted leader) of pages 1–2.
/// - Organisations: lines of pages 1–2 (or a short block whose name wraps over lines) of at
///   most 14 words, with no colon and no final stop, that name a body: Department, Office,
///   Agency, Council, Administration, Bureau, Commission, Ministry, Board, Committee, Institute,
///   Service(s), Authority, Center, Division, Secretariat, White House. A leading `Prepared by` /
///   `Issued by` / `By` (and a following `the`) is dropped; the title's own lines are skipped;
///   ` | `, `;`, `,` and `•` separate names.
struct DocumentFactsReader {
    let document: LayoutDocument

    static let organizationWords: Set<String> = [
        "department", "office", "agency", "council", "administration", "bureau", "commission",
        "ministry", "board", "committee", "institute", "service", "services", "authority",
        "center", "centre", "division", "secretariat",
    ]

    static let planWords: Set<String> = [
        "plan", "strategy", "strategic", "agenda", "program", "programme", "roadmap", "framework",
    ]

    func title() -> String? {
        if let page = document.pages.first {
            let blocks = page.body.filter { isTextual($0) }
            let sizes = blocks.map(maxSize)
            if let largest = sizes.max(), let top = sizes.firstIndex(of: largest), largest > 0 {
                // Neighbours set large enough: headings at half the size, other text at three quarters.
                // A date line (`MARCH 2023`, `FY 2025–2029`) does not join.
                func joins(_ index: Int) -> Bool {
                    sizes[index] >= largest * (blocks[index].kind == .heading ? 0.5 : 0.75)
                        && TextScan.hasWords(blocks[index].text, atLeast: 2, withLetters: 3)
                }
                var chosen = [top]
                var index = top + 1
                while index < blocks.count, joins(index), chosen.count < 3 {
                    chosen.append(index)
                    index += 1
                }
                index = top - 1
                while index >= 0, joins(index), chosen.count < 3 {
                    chosen.insert(index, at: 0)
                    index -= 1
                }
                var text = ""
                for index in chosen {
                    let part = TextNormalizer.normalize(blocks[index].text)
                    if text.isEmpty {
                        text = part
                    } else if index > top && sizes[index] < largest * 0.9 && !text.contains(":"),
                        let last = text.last, last.isLetter || last.isNumber
                    {
                        text += ": " + part
                    } else {
                        text += " " + part
                    }
                }
                if text.count >= 3 { return text }
            }
        }
        return document.bodyBlocks.first { $0.kind == .heading }.map { TextNormalizer.normalize($0.text) }
    }

    func period(title: String?) -> Period? {
        if let title, let period = PeriodParser.find(in: title) { return period }
        if let title, let year = PeriodParser.singleYear(in: title, hasRange: false),
            title.split(separator: " ").contains(where: { DocumentFactsReader.planWords.contains($0.lowercased()) })
        {
            return Period(start: year, end: year)
        }
        for page in document.pages.prefix(2) {
            for block in page.body + page.furniture where block.kind != .tocEntry {
                for line in block.lines {
                    let text = TextNormalizer.normalize(Block.render(line.tokens, superscripts: .omit))
                    guard text.split(separator: " ").count <= 12, !text.hasSuffix("."),
                        !StructureWalker.hasLeader(text)
                    else { continue }
                    if let period = PeriodParser.find(in: text) { return period }
                }
            }
        }
        return nil
    }

    func organizations(excluding title: String?) -> [String] {
        var result: [String] = []
        for page in document.pages.prefix(2) {
            // Most blocks name no body: their lines are not built.
            for block in page.body where isTextual(block) && OrganizationNames.mayName(in: block) {
                let lines = block.lines.map { TextNormalizer.normalize(TokenText.text(of: $0.tokens)) }
                var found = lines.filter { $0 != title }.flatMap(OrganizationNames.names(in:))
                // A block of one line names nothing more than its line (and a block of one line is its line).
                if found.isEmpty && lines.count <= 1 { continue }
                let blockText = lines.count == 1 ? lines[0] : TextNormalizer.normalize(TokenText.text(of: block))
                if let title, TextScan.contains(blockText, in: title) { continue }
                if found.isEmpty, lines.count > 1, blockText != title, TextScan.wordCount(blockText, atMost: 15) <= 14 {
                    found = OrganizationNames.names(in: blockText)
                }
                for name in found where !result.contains(name) { result.append(name) }
            }
        }
        return result
    }

    private func isTextual(_ block: Block) -> Bool {
        block.kind == .heading || block.kind == .paragraph || block.kind == .listItem
    }

    private func maxSize(_ block: Block) -> Double {
        var largest: Double?
        for line in block.lines {
            for token in line.tokens where token.kind == .word && TextScan.containsLetter(token.text) {
                // As `Sequence.max()` keeps its pick: replaced only by a larger size.
                if let current = largest, !(current < token.size) { continue }
                largest = token.size
            }
        }
        return largest ?? 0
    }
}
