import Foundation
import PlanciteDataset
import PlanciteFixtures
import Testing
import TestSupport

/// `plancite check` as CI runs it: inputs, formats, policy, baseline and exit statuses.
@Suite(.enabled(if: CommandRunner.isAvailable, "the plancite binary is not built"))
struct CheckCommandTests {
    let directory: TemporaryDirectory
    let runner: CommandRunner

    static let article = """
        # Harbour Notes
        The harbour plan names four goals.^{1} Funding follows in later years.^{2}
        Two agencies share the work.^{3}

        ## Notes
        1 Office of Coasts, Harbour Plan, www.example.gov/harbour.
        2 Ibid., 14.
        """

    init() throws {
        directory = try TemporaryDirectory()
        runner = CommandRunner(workingDirectory: directory.url)
        try FixtureRenderer.render(markup: Self.article, to: directory.url.appendingPathComponent("article.pdf"))
        try directory.write(Data("not a pdf".utf8), to: "notes.pdf")
    }

    @Test func danglingMarkerFailsWithItsLocation() throws {
        let result = try runner.run(["check", "article.pdf"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("article.pdf:1: error[dangling-marker]: marker \"3\""), "\(result.stdout)")
        #expect(!result.stdout.contains("marker \"1\""))
    }

    @Test func failOnNeverAndRulesSwitchedOffPass() throws {
        #expect(try runner.run(["check", "article.pdf", "--fail-on", "never"]).status == 0)
        try directory.write(Data("inputs: [../article.pdf]\ncheck:\n  rules: {dangling-marker: off}\n".utf8), to: "p/check.yml")
        let result = try runner.run(["check", "p/check.yml"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(!result.stdout.contains("dangling-marker"))
    }

    @Test func unreadableInputWinsWithStatusThree() throws {
        let result = try runner.run(["check", "article.pdf", "notes.pdf"])
        #expect(result.status == 3)
        #expect(result.stdout.contains("notes.pdf: error[unreadable-input]"), "\(result.stdout)")
    }

    @Test func baselineAcceptsTodaysFindings() throws {
        let written = try runner.run(["check", "article.pdf", "--write-baseline", "baseline.json"])
        #expect(written.status == 0, "\(written.stdout)")
        #expect(try runner.run(["check", "article.pdf", "--baseline", "baseline.json"]).status == 0)
    }

    @Test func outputFolderCanBeChecked() throws {
        _ = try runner.run(["ingest", "article.pdf", "--out", "out", "-q"])
        let result = try runner.run(["check", "out", "--format", "json"])
        #expect(result.status == 1)
        #expect(try JSONValue.parse(Data(result.stdout.utf8)) != .null)
    }

    @Test func sarifAndJUnitAreWritten() throws {
        let sarif = try runner.run(["check", "article.pdf", "--format", "sarif"])
        #expect(try JSONValue.parse(Data(sarif.stdout.utf8))["version"]?.stringValue == "2.1.0")
        let junit = try runner.run(["check", "article.pdf", "--format", "junit"])
        #expect(junit.stdout.contains("<testsuite"))
    }

    @Test func pipelineAndPathsTogetherIsAUsageError() throws {
        try directory.write(Data("inputs: [x.pdf]\n".utf8), to: "p.yml")
        #expect(try runner.run(["check", "p.yml", "article.pdf"]).status == 2)
    }
}
