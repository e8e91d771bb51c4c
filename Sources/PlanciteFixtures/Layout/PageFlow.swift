/// Pages, columns and the vertical cursor that blocks are placed into.
///
/// Pages open lazily when something is drawn. Each column keeps its own footnote zone at the
/// bottom; notes placed with a line shrink the room left for the body of that column.
final class PageFlow {
    let geometry: PageGeometry
    private(set) var pages: [PageDraft] = []
    private var page: PageDraft?
    private(set) var columnCount = 1
    private var columnIndex = 0
    /// Top of the next line box in the current column.
    private(set) var y: Double
    private var footnotes: [FootnoteBox] = []
    private var header = ""
    private var footer = ""
    /// Body font family; pages opened from now on set their running header and footer in it.
    var family: FontFamily = .serif

    private let footnoteSeparator = 12.0
    private let footnoteGap = 2.0

    init(geometry: PageGeometry) {
        self.geometry = geometry
        y = geometry.bodyTop
    }

    var columnWidth: Double {
        (geometry.bodyWidth - Double(columnCount - 1) * geometry.columnGap) / Double(columnCount)
    }

    var columnX: Double { geometry.margin + Double(columnIndex) * (columnWidth + geometry.columnGap) }

    var atColumnTop: Bool { page == nil || y <= geometry.bodyTop + 0.01 }

    /// The physical number of the page being filled (opening none).
    var currentPageNumber: Int { pages.count + 1 }

    // MARK: Settings

    func setHeader(_ text: String) {
        header = text
        page?.header = text
    }

    func setFooter(_ text: String) {
        footer = text
        page?.footer = text
    }

    /// Switches the column count; starts a new page when the current one has content.
    func setColumns(_ count: Int) {
        guard count != columnCount else { return }
        if page?.hasContent == true { closePage() }
        columnCount = count
        columnIndex = 0
        y = geometry.bodyTop
    }

    // MARK: Placing

    /// Moves to the next column or page unless `height` plus the zone for `notes` fits below the cursor.
    func makeRoom(height: Double, notes: [FootnoteBox] = []) {
        openIfNeeded()
        if !fits(height: height, notes: notes) && !atColumnTop {
            nextColumn()
            openIfNeeded()
        }
    }

    func fits(height: Double, notes: [FootnoteBox] = []) -> Bool {
        y + height <= geometry.bodyBottom - footnoteZoneHeight(footnotes + notes) + 0.01
    }

    /// Moves the cursor down by `height`.
    func advance(_ height: Double) {
        openIfNeeded()
        y += height
    }

    /// Adds vertical space unless at the top of a column.
    func space(_ height: Double) {
        if !atColumnTop { y += height }
    }

    func draw(_ op: DrawOp) {
        openIfNeeded()
        page?.ops.append(op)
    }

    /// Draws a typeset line with its box top at the cursor, starting at `x`.
    func draw(_ line: SetLine, x: Double, settings: TextSettings) {
        draw(line, x: x, baseline: y + settings.baselineOffset)
    }

    func draw(_ line: SetLine, x: Double, baseline: Double) {
        for placed in line.fragments {
            let fragment = placed.fragment
            draw(.text(fragment.text, x: x + placed.x, y: baseline - fragment.rise,
                       face: fragment.face, size: fragment.size, link: fragment.link))
        }
        draw(.lineEnd)
    }

    func addFootnotes(_ notes: [FootnoteBox]) {
        openIfNeeded()
        footnotes += notes
    }

    func nextColumn() {
        closeColumn()
        if columnIndex + 1 < columnCount {
            columnIndex += 1
            y = geometry.bodyTop
        } else {
            closePage()
        }
    }

    func closePage() {
        guard page != nil else { return }
        closeColumn()
        if let page { pages.append(page) }
        page = nil
        columnIndex = 0
        y = geometry.bodyTop
    }

    /// Closes the last page and returns all pages (one empty page when nothing was drawn).
    func finish() -> [PageDraft] {
        closePage()
        if pages.isEmpty { pages.append(PageDraft(header: header, footer: footer, runningFamily: family)) }
        return pages
    }

    // MARK: Footnote zone

    private func footnoteZoneHeight(_ notes: [FootnoteBox]) -> Double {
        guard !notes.isEmpty else { return 0 }
        return footnoteSeparator + notes.reduce(0) { $0 + $1.height } + Double(notes.count - 1) * footnoteGap
    }

    private func closeColumn() {
        guard !footnotes.isEmpty else { return }
        let zoneTop = geometry.bodyBottom - footnoteZoneHeight(footnotes)
        let ruleY = zoneTop + 4
        draw(.line(x1: columnX, y1: ruleY, x2: columnX + min(72, columnWidth / 3), y2: ruleY, width: 0.5))
        var top = zoneTop + footnoteSeparator
        for note in footnotes {
            for line in note.lines {
                draw(line, x: columnX, baseline: top + note.settings.baselineOffset)
                top += note.settings.lineHeight
            }
            top += footnoteGap
        }
        footnotes = []
    }

    private func openIfNeeded() {
        if page == nil {
            page = PageDraft(header: header, footer: footer, runningFamily: family)
            footnotes = []
        }
    }
}
