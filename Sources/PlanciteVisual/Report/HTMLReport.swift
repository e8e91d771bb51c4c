import Foundation
import PlanciteCheck
import PlanciteCore
import PlanciteDataset

/// One self-contained HTML page describing an output folder: batch totals, then per document
/// the plan tree, the notes and how they resolved, and the integrity findings with page thumbnails.
///
/// Nothing in the page is loaded from elsewhere (styles inline, pictures as `data:` URIs), it
/// holds no time stamp, and it is well-formed XML. Thumbnails are drawn only when the source
/// PDF is found (see `SourceLocator`).
///
/// ```swift
/// try HTMLReport.write(folder: outputFolder)   // writes <folder>/report.html
/// ```
public enum HTMLReport {
    /// The report of `folder`, written atomically to `output` (default `<folder>/report.html`).
    ///
    /// `policy` re-grades or switches off rules as `plancite check` would (a pipeline's `check:`
    /// section); source paths that are relative are looked up from `workingDirectory` first.
    public static func write(
        folder: URL, to output: URL? = nil, policy: CheckPolicy = CheckPolicy(),
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(ReportError) {
        let target = output ?? folder.appendingPathComponent("report.html")
        let html = try render(folder: folder, policy: policy, workingDirectory: workingDirectory)
        do {
            try AtomicFile.write(Data(html.utf8), to: target)
        } catch {
            throw .cannotWrite(path: target.path, reason: error.errorDescription ?? "\(error)")
        }
    }

    /// The report of `folder` as a string.
    public static func render(
        folder: URL, policy: CheckPolicy = CheckPolicy(),
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(ReportError) -> String {
        let input = try ReportInput(folder: folder, policy: policy)
        let locator = SourceLocator(folder: folder, workingDirectory: workingDirectory)
        return ReportPage(name: folder.standardizedFileURL.lastPathComponent, input: input, locator: locator).html
    }
}

/// Assembles the page from its sections.
struct ReportPage {
    let name: String
    let input: ReportInput
    let locator: SourceLocator

    var html: String {
        var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
        out += "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>plancite report: \(esc(name))</title>\n<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n"
        out += "<header><h1>plancite report: \(esc(name))</h1>\n"
        out += "<p class=\"meta\">\(esc(input.manifest.tool)) \(esc(input.manifest.toolVersion)), dataset schema \(esc(input.manifest.schemaVersion))</p></header>\n"
        out += totals
        out += contents
        out += failedInputs
        for record in input.records { out += document(record) }
        out += "<footer><p>Made from manifest.json and documents/ of this folder. Everything shown is inside this file.</p></footer>\n"
        return out + "</body>\n</html>\n"
    }

    private var totals: String {
        let totals = input.manifest.totals
        let records = input.records
        let findings = input.findings
        func card(_ label: String, _ value: Int, bad: Bool = false) -> String {
            "<li\(bad && value > 0 ? " class=\"bad\"" : "")><b>\(value)</b>\(esc(label))</li>"
        }
        var out = "<section id=\"totals\"><h2>Batch</h2>\n<ul class=\"cards\">"
        out += card("inputs", totals.inputs) + card("read", totals.ok) + card("failed", totals.failed, bad: true)
        out += card("skipped", totals.skipped) + card("pages", totals.pages)
        out += "</ul>\n<ul class=\"cards\">"
        out += card("goals", records.map(\.goals.count).reduce(0, +))
        out += card("objectives", records.map(\.objectives.count).reduce(0, +))
        out += card("action items", records.map(\.actionItems.count).reduce(0, +))
        out += card("markers", records.map(\.markers.count).reduce(0, +))
        out += card("notes", records.map(\.notes.count).reduce(0, +))
        out += card("errors", findings.filter { $0.severity == .error }.count, bad: true)
        out += card("warnings", findings.filter { $0.severity == .warning }.count)
        out += card("info", findings.filter { $0.severity == .info }.count)
        out += "</ul>\n"
        if !totals.failures.isEmpty {
            out += "<p>Failures: " + totals.failures.sorted { $0.key < $1.key }
                .map { "<code>\(esc($0.key))</code> × \($0.value)" }.joined(separator: ", ") + "</p>\n"
        }
        return out + "</section>\n"
    }

    private var contents: String {
        guard !input.records.isEmpty else { return "" }
        var out = "<nav><h2>Documents</h2>\n<ol>\n"
        for record in input.records {
            let count = input.findings.filter { $0.documentID == record.id }.count
            out += "<li><a href=\"#\(HTMLText.anchor("doc", record.id))\">\(esc(record.title ?? record.id))</a> "
            out += "<span class=\"meta\">\(esc(record.source.path)): \(record.goals.count) goals, \(record.notes.count) notes, \(count) findings</span></li>\n"
        }
        return out + "</ol></nav>\n"
    }

    private var failedInputs: String {
        let failed = input.manifest.inputs.filter { $0.status == .failed }
        let failedPaths = Set(failed.map(\.path))
        // Records the manifest lists but that could not be read back.
        let unreadable = input.findings.filter { $0.documentID == nil && !failedPaths.contains($0.path) }
        guard !failed.isEmpty || !unreadable.isEmpty else { return "" }
        var out = "<section id=\"failed\"><h2>Inputs that could not be read</h2>\n<ul>\n"
        for entry in failed {
            let code = entry.error?.code.rawValue ?? "unreadable"
            out += "<li class=\"finding error\"><span class=\"sev error\">\(esc(code))</span> <code>\(esc(entry.path))</code>"
            out += entry.error.map { ": " + esc($0.message) } ?? ""
            out += "</li>\n"
        }
        for finding in unreadable {
            out += "<li class=\"finding error\"><span class=\"sev error\">unreadable</span> <code>\(esc(finding.path))</code>: \(esc(finding.message))</li>\n"
        }
        return out + "</ul></section>\n"
    }

    private func document(_ record: DocumentRecord) -> String {
        let findings = input.findings.filter { $0.documentID == record.id }
        var out = "<section class=\"doc\" id=\"\(HTMLText.anchor("doc", record.id))\">\n"
        out += "<h2>\(esc(record.title ?? record.id))</h2>\n<p class=\"meta\"><code>\(esc(record.id))</code> from \(esc(record.source.path)), "
        out += "\(record.source.pages) page\(record.source.pages == 1 ? "" : "s"), sha256 \(esc(String(record.source.sha256.prefix(12))))…"
        if let period = record.period { out += ", \(period.start)–\(period.end)" }
        if !record.organizations.isEmpty { out += "; " + esc(record.organizations.joined(separator: "; ")) }
        out += "</p>\n"
        out += "<details open=\"open\"><summary><h3>Plan</h3> <span class=\"meta\">\(record.goals.count) goals, "
        out += "\(record.objectives.count) objectives, \(record.actionItems.count) action items</span></summary>\n"
        out += PlanTreeSection(record: record).html + "</details>\n"
        let troubled = record.notes.filter { ["ambiguous", "unresolved"].contains(NotesSection.state(of: $0)) }.count
        out += "<details open=\"open\"><summary><h3>Notes</h3> <span class=\"meta\">\(record.notes.count) notes, "
        out += "\(record.markers.count) markers, \(troubled) ambiguous or unresolved</span></summary>\n"
        out += NotesSection(record: record).html + "</details>\n"
        out += "<details open=\"open\"><summary><h3>Findings</h3> <span class=\"meta\">\(findings.count)</span></summary>\n"
        out += FindingsSection(record: record, findings: findings, sourcePath: locator.locate(record.source)).html
        return out + "</details>\n</section>\n"
    }
}
