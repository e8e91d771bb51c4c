import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PlanciteCheck
import PlanciteDataset
import PlanciteVisual
import Testing
import TestSupport

/// Reads the report back as XML, collecting what a browser would load or link.
final class ReportReader: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var ids: Set<String> = []
    /// `src` of every element, and `href` of everything but `<a>`: what a browser would load.
    var loaded: [String] = []
    var links: [String] = []
    var text = ""
    var error: Error?

    init(_ html: String) {
        super.init()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        elements.append(name)
        if let id = attributes["id"] { ids.insert(id) }
        if let src = attributes["src"] { loaded.append(src) }
        if let href = attributes["href"] { if name == "a" { links.append(href) } else { loaded.append(href) } }
        for key in ["xlink:href", "srcset", "poster", "data"] { if let value = attributes[key] { loaded.append(value) } }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

@Suite struct HTMLReportTests {
    let directory: TemporaryDirectory
    let folder: URL
    let html: String
    let reader: ReportReader

    init() throws {
        directory = try TemporaryDirectory()
        folder = try OverlayFixtures.outputFolder(in: directory)
        html = try HTMLReport.render(folder: folder, workingDirectory: directory.url.path)
        reader = ReportReader(html)
    }

    private var records: [DocumentRecord] {
        get throws {
            let manifest = try JSONCoding.decode(Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
            return try manifest.inputs.compactMap(\.document).map { try DatasetReader(folder: folder).record(id: $0) }
        }
    }

    @Test func theReportIsWellFormed() {
        #expect(reader.error == nil, "\(String(describing: reader.error))")
        #expect(reader.elements.first == "html")
    }

    @Test func everyDocumentNoteAndPlanItemIsShown() throws {
        let records = try records
        #expect(records.count == 2)
        for record in records {
            #expect(reader.ids.contains("doc-" + record.id))
            for note in record.notes { #expect(reader.ids.contains("\(record.id)-\(note.id)".replacingOccurrences(of: ".", with: "-"))) }
            for goal in record.goals { #expect(reader.text.contains(goal.title)) }
            for action in record.actionItems {
                #expect(reader.text.contains(action.text))
                for agency in action.agencies { #expect(reader.text.contains(agency)) }
            }
        }
        #expect(records.contains { !$0.goals.isEmpty && !$0.actionItems.isEmpty })
    }

    @Test func everyFindingIsShownWithAThumbnailWhenItHasAPage() throws {
        let failed = UnreadableInput(path: "in/broken.pdf", code: .notPDF, message: "")
        let findings = Checker().check(records: try records, unreadable: [failed]).findings
        #expect(findings.contains { $0.documentID != nil && $0.bbox != nil })
        for finding in findings where finding.documentID != nil {
            #expect(reader.text.contains(finding.message), "missing finding \(finding.code): \(finding.message)")
        }
        #expect(reader.text.contains("in/broken.pdf"))
        let pictures = reader.loaded.filter { $0.hasPrefix("data:image/png;base64,") }
        #expect(!pictures.isEmpty)
        for picture in pictures { #expect(Data(base64Encoded: String(picture.dropFirst(22))) != nil) }
    }

    @Test func theIbidChainIsDrawn() throws {
        let plan = try #require(try records.first { $0.notes.contains { $0.kind == "ibid" } })
        #expect(reader.elements.contains("svg") && reader.elements.contains("path"))
        let ibid = try #require(plan.notes.first { $0.antecedent != nil })
        let antecedent = try #require(plan.notes.first { $0.id == ibid.antecedent })
        #expect(reader.links.contains("#\(plan.id)-\(antecedent.id)"))
    }

    @Test func nothingIsLoadedFromElsewhere() {
        #expect(reader.loaded.allSatisfy { $0.hasPrefix("data:") || $0.hasPrefix("#") }, "\(reader.loaded)")
        #expect(!reader.elements.contains("script") && !reader.elements.contains("link") && !reader.elements.contains("iframe"))
        let lower = html.lowercased()
        for pattern in ["@import", "url(http", "url(//", "src=\"http", "src=\"//"] { #expect(!lower.contains(pattern), "\(pattern)") }
        #expect(reader.links.contains("https://coast.example.org/register"))
    }

    @Test func thePolicyDecidesWhichFindingsAreShown() throws {
        let dangling = try #require(try records.flatMap(\.diagnostics).first { $0.code == "dangling-marker" })
        #expect(reader.text.contains(dangling.message))
        let policy = CheckPolicy(rules: ["dangling-marker": .off])
        let quiet = ReportReader(try HTMLReport.render(folder: folder, policy: policy, workingDirectory: directory.url.path))
        #expect(quiet.error == nil)
        #expect(!quiet.text.contains(dangling.message))
    }

    @Test func theReportIsTheSameEachTime() throws {
        #expect(try HTMLReport.render(folder: folder, workingDirectory: directory.url.path) == html)
    }

    @Test func withoutTheSourcePDFsThereAreNoThumbnails() throws {
        try FileManager.default.removeItem(at: directory.url.appendingPathComponent("in"))
        let bare = ReportReader(try HTMLReport.render(folder: folder, workingDirectory: directory.url.path))
        #expect(bare.error == nil)
        #expect(!bare.elements.contains("img"))
        #expect(bare.text.contains("was not found"))
    }

    @Test func writeGoesToReportHTMLInTheFolder() throws {
        try HTMLReport.write(folder: folder, workingDirectory: directory.url.path)
        let written = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(written == html)
    }

    @Test func aRecordThatCannotBeReadIsListedWithTheFailedInputs() throws {
        let record = try #require(try records.first)
        try Data("{ not json".utf8).write(to: folder.appendingPathComponent("documents/\(record.id).json"))
        let damaged = ReportReader(try HTMLReport.render(folder: folder, workingDirectory: directory.url.path))
        #expect(damaged.error == nil)
        #expect(!damaged.ids.contains("doc-" + record.id))
        #expect(damaged.ids.contains("failed") && damaged.text.contains(record.source.path))
    }

    @Test func aFolderWithoutAManifestIsRefused() throws {
        #expect(throws: ReportError.notAnOutputFolder(path: directory.url.path)) {
            try HTMLReport.render(folder: directory.url)
        }
    }
}
