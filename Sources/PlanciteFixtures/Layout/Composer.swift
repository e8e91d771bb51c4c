/// Lays parsed fixture blocks out onto pages.
///
/// A footnote is attached to the nearest earlier block whose superscripts carry its label, and is
/// placed in the footnote zone of the column where the line with that marker lands. A footnote no
/// marker cites is placed in the zone of the column being filled when it is reached.
struct Composer {
    private let markup: FixtureMarkup
    private let typesetter: Typesetter
    private let flow: PageFlow
    private var settings: TextSettings
    private var outlines: [(title: String, page: Int)] = []

    init(markup: FixtureMarkup, document: CairoDocument) {
        self.markup = markup
        typesetter = Typesetter(document: document)
        let size = markup.pageSize.points
        flow = PageFlow(geometry: PageGeometry(width: size.width, height: size.height))
        settings = TextSettings(family: .serif, size: 11)
    }

    /// Lays out every block and returns the pages and the outline entries.
    mutating func compose() -> (pages: [PageDraft], outlines: [(title: String, page: Int)]) {
        let attached = attachFootnotes()
        var afterList = false
        for (index, element) in markup.elements.enumerated() {
            let notes = attached.notesByBlock[index, default: []]
            switch element.block {
            case .listItem: afterList = true
            case .heading, .paragraph, .tocEntry, .table, .rule:
                if afterList { flow.space(settings.size * 0.4) }
                afterList = false
            default: break
            }
            switch element.block {
            case .meta, .page:
                break
            case .font(let family):
                settings.family = family
                flow.family = family
            case .size(let size):
                settings.size = size
            case .hyphenate(let on):
                settings.hyphenate = on
            case .columns(let count):
                flow.setColumns(count)
            case .header(let text):
                flow.setHeader(text)
            case .footer(let text):
                flow.setFooter(text)
            case .newPage:
                flow.closePage()
            case .heading(let level, let runs):
                heading(level: level, runs: runs, notes: notes)
            case .paragraph(let runs):
                paragraph(runs, notes: notes)
            case .listItem(let marker, let runs):
                listItem(marker: marker, runs: runs, notes: notes)
            case .tocEntry(let runs, let page):
                tocEntry(runs, page: page)
            case .footnote(let label, let runs):
                if !attached.attachedIndices.contains(index) {
                    let box = footnoteBox(label: label, runs: runs)
                    flow.makeRoom(height: 0, notes: [box])
                    flow.addFootnotes([box])
                }
            case .table(let header, let rows):
                let table = TableComposer(typesetter: typesetter, flow: flow, settings: settings)
                var pending = notes
                table.compose(header: header, rows: rows) { labels in takeNotes(for: labels, from: &pending) }
                flow.space(settings.size * 0.8)
            case .rule:
                flow.makeRoom(height: 10)
                flow.draw(.line(x1: flow.columnX, y1: flow.y + 5, x2: flow.columnX + flow.columnWidth, y2: flow.y + 5, width: 0.6))
                flow.advance(10)
            case .space(let points):
                flow.makeRoom(height: points)
                flow.advance(points)
            case .absoluteText(let x, let y, let size, let face, let text):
                flow.draw(.text(text, x: x, y: y, face: face, size: size, link: nil))
            case .outline(let title, let page):
                outlines.append((title, page))
            }
        }
        return (flow.finish(), outlines)
    }

    // MARK: Blocks

    private func heading(level: Int, runs: [InlineRun], notes: [Footnote]) {
        let factor = [1.8, 1.4, 1.15][level - 1]
        var style = settings
        style.size = settings.size * factor
        style.bold = true
        style.hyphenate = false
        let lines = typesetter.lines(typesetter.words(runs, settings: style), width: flow.columnWidth, settings: style)
        flow.space(style.size * 0.7)
        // Keep the heading with at least two lines of what follows.
        flow.makeRoom(height: Double(lines.count) * style.lineHeight + 2 * settings.lineHeight)
        var pending = notes
        place(lines, x: 0, settings: style, pending: &pending)
        flow.advance(style.size * 0.35)
    }

    private func paragraph(_ runs: [InlineRun], notes: [Footnote]) {
        let lines = typesetter.lines(typesetter.words(runs, settings: settings), width: flow.columnWidth, settings: settings)
        var pending = notes
        place(lines, x: 0, settings: settings, pending: &pending)
        flow.space(settings.size * 0.6)
    }

    private func listItem(marker: ListMarker, runs: [InlineRun], notes: [Footnote]) {
        let labelText: String
        switch marker {
        case .bullet: labelText = "•"
        case .label(let text): labelText = text
        }
        let label = typesetter.makeFragment(labelText, style: InlineStyle(), settings: settings)
        let indent = marker == .bullet ? settings.size * 1.4 : max(label.width + settings.size * 0.5, settings.size * 2.4)
        let lines = typesetter.lines(
            typesetter.words(runs, settings: settings), width: flow.columnWidth - indent, settings: settings)
        var pending = notes
        var first = true
        for line in lines {
            let boxes = takeNotes(for: line.superscriptLabels, from: &pending)
            flow.makeRoom(height: settings.lineHeight, notes: boxes)
            if first {
                let labelLine = SetLine(fragments: [PlacedFragment(x: 0, fragment: label)], width: label.width)
                flow.draw(labelLine, x: flow.columnX, settings: settings)
                first = false
            }
            flow.draw(line, x: flow.columnX + indent, settings: settings)
            flow.advance(settings.lineHeight)
            flow.addFootnotes(boxes)
        }
        flow.space(settings.size * 0.3)
    }

    private func tocEntry(_ runs: [InlineRun], page: String) {
        let number = typesetter.makeFragment(page, style: InlineStyle(), settings: settings)
        let reserve = max(number.width, settings.size * 2) + settings.size
        var lines = typesetter.lines(
            typesetter.words(runs, settings: settings), width: flow.columnWidth - reserve, settings: settings)
        guard var last = lines.popLast() else { return }
        let right = flow.columnWidth
        let dot = typesetter.makeFragment(".", style: InlineStyle(), settings: settings)
        let leaderStart = last.width + settings.size * 0.4
        let leaderEnd = right - number.width - settings.size * 0.4
        let count = max(0, Int((leaderEnd - leaderStart) / dot.width))
        if count > 0 {
            var leader = dot
            leader.text = String(repeating: ".", count: count)
            leader.width = dot.width * Double(count)
            last.fragments.append(PlacedFragment(x: leaderEnd - leader.width, fragment: leader))
        }
        last.fragments.append(PlacedFragment(x: right - number.width, fragment: number))
        last.width = right
        lines.append(last)
        var none: [Footnote] = []
        place(lines, x: 0, settings: settings, pending: &none)
        flow.space(settings.size * 0.25)
    }

    /// Places lines one by one at the cursor, moving to the next column when a line and its notes do not fit.
    private func place(_ lines: [SetLine], x: Double, settings: TextSettings, pending: inout [Footnote]) {
        for line in lines {
            let boxes = takeNotes(for: line.superscriptLabels, from: &pending)
            flow.makeRoom(height: settings.lineHeight, notes: boxes)
            flow.draw(line, x: flow.columnX + x, settings: settings)
            flow.advance(settings.lineHeight)
            flow.addFootnotes(boxes)
        }
        if !pending.isEmpty {
            let boxes = pending.map { footnoteBox(label: $0.label, runs: $0.runs) }
            flow.makeRoom(height: 0, notes: boxes)
            flow.addFootnotes(boxes)
            pending = []
        }
    }

    // MARK: Footnotes

    struct Footnote {
        var label: String
        var runs: [InlineRun]
    }

    private func takeNotes(for labels: [String], from pending: inout [Footnote]) -> [FootnoteBox] {
        var boxes: [FootnoteBox] = []
        for label in labels {
            while let index = pending.firstIndex(where: { $0.label == label }) {
                boxes.append(footnoteBox(label: label, runs: pending[index].runs))
                pending.remove(at: index)
            }
        }
        return boxes
    }

    private func footnoteBox(label: String, runs: [InlineRun]) -> FootnoteBox {
        var style = settings
        style.size = 8
        style.bold = false
        let marked = [InlineRun(label, style: InlineStyle(script: .superscript)), InlineRun(" ")] + runs
        let lines = typesetter.lines(typesetter.words(marked, settings: style), width: flow.columnWidth, settings: style)
        return FootnoteBox(lines: lines, settings: with(style) { $0.size = 8 })
    }

    private func attachFootnotes() -> (notesByBlock: [Int: [Footnote]], attachedIndices: Set<Int>) {
        var notesByBlock: [Int: [Footnote]] = [:]
        var attached: Set<Int> = []
        for (index, element) in markup.elements.enumerated() {
            guard case .footnote(let label, let runs) = element.block else { continue }
            for candidate in stride(from: index - 1, through: 0, by: -1)
            where Self.superscriptLabels(of: markup.elements[candidate].block).contains(label) {
                notesByBlock[candidate, default: []].append(Footnote(label: label, runs: runs))
                attached.insert(index)
                break
            }
        }
        return (notesByBlock, attached)
    }

    private static func superscriptLabels(of block: FixtureBlock) -> [String] {
        switch block {
        case .heading(_, let runs), .paragraph(let runs), .listItem(_, let runs):
            return runs.superscriptLabels
        case .table(let header, let rows):
            return (header + rows.flatMap { $0 }).flatMap(\.superscriptLabels)
        default:
            return []
        }
    }
}
