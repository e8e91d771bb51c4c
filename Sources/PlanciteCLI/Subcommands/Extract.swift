import ArgumentParser
import Foundation
import PlanciteCore
import PlanciteExtract

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the text of PDFs, or a JSON dump of their extracted runs.",
        discussion: """
            Text output separates pages with a `--- page N of M ---` line. JSON output is the
            extract stage's model: metadata, outline, links and pages with runs (text, font,
            size, bbox, baseline). Each unreadable file gets one line on standard error and
            the others are still printed.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: "PDF files to read.")
    var files: [String]

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Pages to read, such as 1-3,5 or 4- (default: all).")
    var pages: String?

    @OptionGroup var passwordOptions: PasswordOptions

    func validate() throws {
        if let pages, PageSelection(pages) == nil {
            throw ValidationError("--pages takes a list such as 1-3,5,8- with pages counted from 1.")
        }
    }

    func run() throws {
        let selection = pages.flatMap(PageSelection.init)
        var failures: [FailureCode] = []
        var documents: [ExtractedDocument] = []
        for (index, file) in files.enumerated() {
            do {
                let pdf = try PDFDocument(path: file, password: passwordOptions.password)
                let numbers = selection?.pages(in: pdf.pageCount)
                if let highest = selection?.highestPage, highest > pdf.pageCount {
                    throw ExtractionError.pageOutOfRange(path: file, page: highest, pageCount: pdf.pageCount)
                }
                let document = try pdf.extract(pages: numbers)
                switch format {
                case .text:
                    if files.count > 1 { StandardStreams.write((index > 0 ? "\n" : "") + "==> \(file) <==\n") }
                    StandardStreams.write(TextDump.render(document))
                case .json:
                    documents.append(document)
                }
            } catch let error as ExtractionError {
                StandardStreams.error(error.errorDescription ?? "\(file): error")
                failures.append(error.failureCode)
            }
        }
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = documents.count == 1 && files.count == 1
                ? try encoder.encode(documents[0]) : try encoder.encode(documents)
            StandardStreams.write(String(decoding: data, as: UTF8.self) + "\n")
        }
        let status = ExitStatus.forFailures(failures)
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}

/// Renders extracted pages as page-separated plain text.
enum TextDump {
    static func render(_ document: ExtractedDocument) -> String {
        var output = ""
        for page in document.pages {
            output += "--- page \(page.number) of \(document.pageCount) ---\n"
            output += page.text
            if !page.text.hasSuffix("\n") { output += "\n" }
        }
        return output
    }
}
