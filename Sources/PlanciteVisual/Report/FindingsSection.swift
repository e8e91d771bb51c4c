import PlanciteCheck
import PlanciteCore
import PlanciteDataset

/// The integrity findings of one record, grouped by page, each page with a thumbnail of its boxes.
struct FindingsSection {
    let record: DocumentRecord
    let findings: [Finding]
    /// The PDF the record was made from, when it can be found; no thumbnails otherwise.
    let sourcePath: String?
    var thumbnailer = Thumbnailer()
    /// Pages drawn at most per document, to keep the report small.
    var maximumThumbnails = 24

    var html: String {
        guard !findings.isEmpty else { return "<p class=\"empty\">No findings.</p>\n" }
        var out = ""
        if sourcePath == nil {
            out += "<p class=\"note\">The source PDF (\(esc(record.source.path))) was not found next to the output, so pages are not drawn.</p>\n"
        }
        let numbered = findings.enumerated().map { (number: $0.offset + 1, finding: $0.element) }
        let pages = Dictionary(grouping: numbered, by: { $0.finding.page ?? 0 })
        var thumbnails = 0
        for page in pages.keys.sorted() {
            let group = pages[page] ?? []
            out += "<div class=\"finding-page\">"
            var picture: String?
            let boxes = group.compactMap { item in item.finding.bbox.map { (number: item.number, rect: $0) } }
            if page > 0, !boxes.isEmpty, let sourcePath, thumbnails < maximumThumbnails {
                picture = thumbnailer.dataURI(path: sourcePath, page: page, boxes: boxes)
                if picture != nil { thumbnails += 1 }
            }
            if let picture {
                out += "<img class=\"thumb\" src=\"\(picture)\" alt=\"page \(page) of \(esc(record.id)) with the findings' boxes\"/>"
            }
            out += "<div class=\"finding-list\"><h4>\(page > 0 ? "Page \(page)" : "Whole document")</h4>\n<ol>\n"
            for item in group { out += row(item.number, item.finding) }
            out += "</ol></div></div>\n"
        }
        return out
    }

    private func row(_ number: Int, _ finding: Finding) -> String {
        let severity = finding.severity.rawValue
        var out = "<li value=\"\(number)\" class=\"finding \(esc(severity))\"><span class=\"sev \(esc(severity))\">\(esc(severity))</span> "
        out += "<code>\(esc(finding.code))</code>"
        if let label = finding.label { out += " <span class=\"chip\">\(esc(label))</span>" }
        out += " \(esc(finding.message))"
        if finding.bbox == nil && finding.page != nil { out += " <span class=\"nobox\">(no box)</span>" }
        return out + "</li>\n"
    }
}
