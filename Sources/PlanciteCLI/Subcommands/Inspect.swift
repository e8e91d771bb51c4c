import ArgumentParser
import Foundation
import PlanciteCore
import PlanciteDataset
import PlanciteExtract
import PlanciteLayout
import PlanciteVisual

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show the layout model of a PDF: blocks and their kinds, superscripts, headers, footers, footnotes.",
        discussion: """
            Superscripts are written ^label. Reach for this when a parse goes wrong.
            With --png, draws the page with blocks outlined by kind, superscripts boxed, goals, \
            objectives and action items outlined, and each marker joined to its note.
            """)

    @Argument(help: "A PDF file.")
    var file: String

    @Option(help: "Only this page (counted from 1).")
    var page: Int?

    @Option(help: ArgumentHelp("Write the page, with the layout model drawn over it, to this PNG file.", valueName: "out.png"))
    var png: String?

    @Option(help: "Pixels per PDF point for --png.")
    var scale: Double = 2

    @OptionGroup var passwordOptions: PasswordOptions

    func validate() throws {
        if let page, page < 1 { throw ValidationError("--page counts from 1.") }
        if png != nil && page == nil { throw ValidationError("--png draws one page: give --page N.") }
        if !(scale > 0 && scale <= 8) { throw ValidationError("--scale must be above 0 and at most 8.") }
    }

    func run() throws {
        do {
            let document = try PDFDocument(path: file, password: passwordOptions.password)
            if let page, page > document.pageCount {
                throw ExtractionError.pageOutOfRange(path: file, page: page, pageCount: document.pageCount)
            }
            if let png, let page {
                try writeOverlay(to: png, page: page, document: document)
                return
            }
            let layout = LayoutAnalyzer().analyze(try document.extract())
            StandardStreams.write(LayoutInspector.render(layout, page: page))
        } catch let error as ExtractionError {
            StandardStreams.error(error.errorDescription ?? error.code)
            throw ExitCode(error.failureCode.exitStatus)
        }
    }

    private func writeOverlay(to output: String, page: Int, document: PDFDocument) throws {
        let stages = try PlanPipeline(password: passwordOptions.password).stages(path: file, displayPath: file)
        let image = try document.render(page: page, scale: scale)
        do {
            let data = try PageOverlay(stages: stages, page: page).png(over: image)
            try AtomicFile.write(data, to: URL(fileURLWithPath: output))
            StandardStreams.error("wrote \(output) (page \(page), \(image.width)×\(image.height) px)")
        } catch {
            StandardStreams.error("plancite inspect: \((error as? LocalizedError)?.errorDescription ?? "\(error)")")
            throw ExitCode(ExitStatus.outputFailed)
        }
    }
}
