import Foundation
import PlanciteCore
import PlanciteDataset

/// Prints a batch's progress and summary to standard error.
struct BatchProgress {
    var quiet: Bool

    func report(_ event: IngestEvent) {
        let entry = event.entry
        if let error = entry.error {
            StandardStreams.error(error.message)
        } else if !quiet {
            let pages = entry.pages.map { " (\($0) page\($0 == 1 ? "" : "s"))" } ?? ""
            StandardStreams.error("[\(event.index)/\(event.total)] \(entry.status.rawValue) \(entry.path)\(pages)")
        }
    }

    func summarize(_ result: IngestResult, output: String) {
        let totals = result.manifest.totals
        var line = "\(totals.inputs) document\(totals.inputs == 1 ? "" : "s"): \(totals.ok) ok"
        if totals.skipped > 0 { line += ", \(totals.skipped) skipped" }
        if totals.failed > 0 {
            let codes = totals.failures.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            line += ", \(totals.failed) failed (\(codes))"
        }
        line += "; \(totals.pages) page\(totals.pages == 1 ? "" : "s"); wrote \(output)"
        StandardStreams.error(line)
    }
}
