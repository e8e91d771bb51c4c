import Foundation
import PlanciteCheck
import PlanciteCore
import PlanciteDataset
import PlanciteFixtures
import Testing
import TestSupport

/// The commands as a user runs them: messages, exit statuses and files written.
@Suite(.enabled(if: CommandRunner.isAvailable, "the plancite binary is not built"))
struct CommandLineTests {
    let directory: TemporaryDirectory
    let runner: CommandRunner

    static let plan = """
        @meta title=Harbour Resilience Plan; author=Office of Coasts
        # Harbour Resilience Plan 2025–2029
        Goal 1: Protect Shores: Reduce flood damage along the harbour front.^{1}
        Objective 1: Map the risk. Build shared flood maps.
        1.1 Publish a flood map for every harbour district. (NOAA, FEMA)
        ## Endnotes
        1 Office of Coasts, Shoreline Survey, www.example.gov/survey.
        """

    init() throws {
        directory = try TemporaryDirectory()
        runner = CommandRunner(workingDirectory: directory.url)
        try FixtureRenderer.render(markup: Self.plan, to: directory.url.appendingPathComponent("plan.pdf"))
        try directory.write(Data(), to: "empty.pdf")
        try directory.write(Data("hello".utf8), to: "notes.pdf")
        try directory.write(Data("%PDF-1.4\ngarbage".utf8), to: "broken.pdf")
        try directory.write(MinimalPDF(pages: [.init(drawsOnlyShapes: true)]).data(), to: "scan.pdf")
    }

    @Test(arguments: [
        ("missing.pdf", "not-found", Int32(10)),
        ("empty.pdf", "empty-file", 11),
        ("notes.pdf", "not-pdf", 12),
        ("broken.pdf", "damaged", 13),
        ("scan.pdf", "no-text-layer", 15),
    ])
    func eachBadInputHasItsMessageAndStatus(file: String, code: String, status: Int32) throws {
        let result = try runner.run(["extract", file])
        #expect(result.status == status)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("\(file): error[\(code)]: ") == true, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func extractPrintsPagesAndKeepsGoingPastBadFiles() throws {
        let result = try runner.run(["extract", "empty.pdf", "plan.pdf"])
        #expect(result.status == 11)
        #expect(result.stdout.contains("==> plan.pdf <=="))
        #expect(result.stdout.contains("--- page 1 of 1 ---"))
        #expect(result.stdout.contains("Protect Shores"))
    }

    @Test func extractJSONHasRunsWithFontsAndBoxes() throws {
        let result = try runner.run(["extract", "--format", "json", "--pages", "1", "plan.pdf"])
        #expect(result.status == 0)
        let json = try JSONValue.parse(Data(result.stdout.utf8))
        let run = try #require(json["pages"]?.arrayValue?.first?["runs"]?.arrayValue?.first)
        #expect(run["font"]?.stringValue?.contains("DejaVu") == true)
        #expect(run["bbox"]?.arrayValue?.count == 4)
        #expect(json["metadata"]?["title"]?.stringValue == "Harbour Resilience Plan")
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try runner.run(["extract", "--pages", "0-", "plan.pdf"]).status == 2)
        #expect(try runner.run(["extract"]).status == 2)
        #expect(try runner.run(["frobnicate"]).status == 2)
    }

    @Test func ingestWritesAValidFolderAndRecordsFailures() throws {
        let result = try runner.run(["ingest", "plan.pdf", "notes.pdf", "--out", "out", "--format", "csv"])
        #expect(result.status == 12, "\(result.stderr)")
        #expect(result.stderr.contains("notes.pdf: error[not-pdf]"))
        #expect(result.stderr.contains("2 documents: 1 ok, 1 failed (not-pdf: 1)"))
        let validation = try runner.run(["validate", "out"])
        #expect(validation.status == 0, "\(validation.stdout)")
        let record = try JSONValue.parse(Data(contentsOf: directory.url.appendingPathComponent("out/documents/plan.json")))
        #expect(record["goals"]?.arrayValue?.first?["title"]?.stringValue == "Protect Shores")
        #expect(record["source"]?["path"]?.stringValue == "plan.pdf")
        #expect(FileManager.default.fileExists(atPath: directory.path("out/goals.csv")))
    }

    @Test func runReadsAPipelineRelativeToItsFolder() throws {
        try directory.write(Data("inputs: [../plan.pdf]\noutput: ../dataset\n".utf8), to: "Pipelines/one.yml")
        let result = try runner.run(["run", "Pipelines/one.yml", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "1 document: 1 ok; 1 page; wrote dataset\n")
        #expect(FileManager.default.fileExists(atPath: directory.path("dataset/manifest.json")))
    }

    @Test func badPipelineFileIsAUsageError() throws {
        try directory.write(Data("output: somewhere\n".utf8), to: "bad.yml")
        let result = try runner.run(["run", "bad.yml"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("bad.yml: invalid pipeline file: missing key `inputs`"), "\(result.stderr)")
    }

    @Test func schemaIsValidJSON() throws {
        let result = try runner.run(["schema"])
        #expect(try JSONValue.parse(Data(result.stdout.utf8))["$schema"]?.stringValue?.contains("2020-12") == true)
    }

    @Test func inspectShowsSuperscripts() throws {
        let result = try runner.run(["inspect", "plan.pdf", "--page", "1"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("^1"), "\(result.stdout)")
    }
}

/// The README documents what the code does.
@Suite struct ReadmeTests {
    let readme = (try? String(contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    @Test func documentsEveryCheckRuleAsTheCatalogueSaysIt() {
        #expect(readme.contains(RuleCatalogue.markdownSection().trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    @Test func listsEveryExitStatus() {
        for code in FailureCode.allCases {
            #expect(readme.contains("| \(code.exitStatus) | `\(code.rawValue)`"), "\(code.rawValue)")
        }
    }
}
