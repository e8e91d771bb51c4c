import ArgumentParser
import Foundation
import PlanciteCore
import PlanciteVisual

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page describing an output folder.",
        discussion: """
            Shows batch totals, and per document the plan tree, the notes and how they resolved, \
            and the integrity findings with thumbnails of their pages (when the source PDFs are \
            found). Nothing in the page is loaded from elsewhere, and it holds no time stamp.
            """)

    @Argument(help: "An output folder written by ingest or run.")
    var folder: String

    @Option(help: ArgumentHelp("Where to write the page (default FOLDER/report.html).", valueName: "report.html"))
    var out: String?

    func run() throws {
        let folderURL = URL(fileURLWithPath: folder)
        let output = out.map { URL(fileURLWithPath: $0) }
        do {
            try HTMLReport.write(folder: folderURL, to: output)
            StandardStreams.error("wrote \(out ?? (folder as NSString).appendingPathComponent("report.html"))")
        } catch {
            StandardStreams.error("plancite report: \(error.errorDescription ?? "\(error)")")
            switch error {
            case .cannotWrite: throw ExitCode(ExitStatus.outputFailed)
            case .notAnOutputFolder, .damaged: throw ExitCode(ExitStatus.usage)
            }
        }
    }
}
