import ArgumentParser
import Foundation
import PlanciteCore
import PlanciteDataset
import PlanciteExtract
import PlanciteLayout

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the layout model of a PDF: blocks and their kinds, superscripts, headers, footers, footnotes.",
        discussion: "Superscripts are written ^label. Reach for this when a parse goes wrong.")

    @Argument(help: "A PDF file.")
    var file: String

    @Option(help: "Only this page (counted from 1).")
    var page: Int?

    @OptionGroup var passwordOptions: PasswordOptions

    func validate() throws {
        if let page, page < 1 { throw ValidationError("--page counts from 1.") }
    }

    func run() throws {
        do {
            let document = try PDFDocument(path: file, password: passwordOptions.password)
            if let page, page > document.pageCount {
                throw ExtractionError.pageOutOfRange(path: file, page: page, pageCount: document.pageCount)
            }
            let layout = LayoutAnalyzer().analyze(try document.extract())
            StandardStreams.write(LayoutInspector.render(layout, page: page))
        } catch let error as ExtractionError {
            StandardStreams.error(error.errorDescription ?? error.code)
            throw ExitCode(error.failureCode.exitStatus)
        }
    }
}
