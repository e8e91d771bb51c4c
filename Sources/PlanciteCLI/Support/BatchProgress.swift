import Foundation
import PlanciteBatch
import PlanciteCore
import PlanciteDataset

/// Prints a batch's progress and summary to standard error.
///
/// Failures are printed as they happen. On a terminal a live line shows done/total, pages,
/// rate, time left and failures; elsewhere the same line is printed every few seconds.
/// `quiet` keeps only failures and the summary. Times never reach the dataset.
final class BatchProgress {
    let quiet: Bool
    private let live = StandardStreams.errorIsTerminal
    private let started = Date()
    private var lastLine = Date.distantPast
    private var pages = 0
    private var failed = 0
    private var processed = 0
    private var showingLive = false

    init(quiet: Bool, total: Int) {
        self.quiet = quiet
    }

    func report(_ event: BatchEvent) {
        let entry = event.entry
        pages += entry.pages ?? 0
        if entry.status == .failed { failed += 1 }
        if entry.status != .skipped { processed += 1 }
        if let error = entry.error {
            clearLive()
            StandardStreams.error(error.message)
        }
        guard !quiet else { return }
        let now = Date()
        let interval: TimeInterval = live ? 0.2 : 5
        guard now.timeIntervalSince(lastLine) >= interval || event.done == event.total else { return }
        lastLine = now
        let line = status(event, now: now)
        if live {
            FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
            showingLive = true
            if event.done == event.total { clearLive() }
        } else if event.done < event.total {
            StandardStreams.error(line)
        }
    }

    private func status(_ event: BatchEvent, now: Date) -> String {
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(processed) / elapsed
        var line = "\(event.done)/\(event.total) documents, \(pages) page\(pages == 1 ? "" : "s")"
        if processed > 0 {
            line += String(format: ", %.1f doc/s", rate)
            let left = Double(event.total - event.done) / max(rate, 0.001)
            if event.done < event.total { line += ", ETA \(Self.clock(left))" }
        }
        if failed > 0 { line += ", \(failed) failed" }
        return line
    }

    private func clearLive() {
        guard showingLive else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        showingLive = false
    }

    func summarize(_ result: IngestResult, output: String, started: Date? = nil) {
        let totals = result.manifest.totals
        var line = "\(totals.inputs) document\(totals.inputs == 1 ? "" : "s"): \(totals.ok) ok"
        if totals.skipped > 0 { line += ", \(totals.skipped) skipped" }
        if totals.failed > 0 {
            let codes = totals.failures.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            line += ", \(totals.failed) failed (\(codes))"
        }
        line += "; \(totals.pages) page\(totals.pages == 1 ? "" : "s"); wrote \(output)"
        if !quiet { line += String(format: " in %.1f s", Date().timeIntervalSince(started ?? self.started)) }
        StandardStreams.error(line)
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 3600
            ? String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
            : String(format: "%d:%02d", total / 60, total % 60)
    }
}
