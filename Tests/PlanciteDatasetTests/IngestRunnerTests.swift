import Foundation
import PlanciteCore
import PlanciteDataset
import PlanciteExtract
import Testing
import TestSupport

/// A processor that fails on files whose first line names an error code, and makes a record otherwise.
struct ScriptedProcessor: DocumentProcessing {
    func process(_ input: InputFile, id: String, source: SourceRecord) throws(ExtractionError) -> DocumentRecord {
        let text = (try? String(contentsOfFile: input.absolutePath, encoding: .utf8)) ?? ""
        if text.hasPrefix("encrypted") { throw .encrypted(path: input.displayPath, passwordGiven: false) }
        if text.hasPrefix("damaged") { throw .damaged(path: input.displayPath, reason: "bad xref") }
        var record = RecordFixtures.record(id: id, path: input.displayPath)
        record.source = SourceRecord(path: source.path, sha256: source.sha256, bytes: source.bytes, pages: 3)
        if text.hasPrefix("broken-record") { record.objectives[0].goal = "goal-404" }
        return record
    }
}

@Suite struct IngestRunnerTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
        try directory.write(Data("fine".utf8), to: "in/alpha.pdf")
        try directory.write(Data("encrypted".utf8), to: "in/bravo.pdf")
        try directory.write(Data("fine too".utf8), to: "in/charlie.pdf")
    }

    private func run(_ paths: [String], into output: String = "out", formats: Set<OutputFormat> = [.json]) throws -> IngestResult {
        let inputs = InputDiscovery(workingDirectory: directory.url.path).discover(paths)
        let writer = try DatasetWriter(folder: directory.url.appendingPathComponent(output), formats: formats)
        return try IngestRunner(processor: ScriptedProcessor(), writer: writer).run(inputs)
    }

    private func read(_ name: String, in output: String = "out") throws -> String {
        try String(contentsOfFile: directory.path("\(output)/\(name)"), encoding: .utf8)
    }

    @Test func aFailedInputCostsOnlyItself() throws {
        let result = try run(["in", "in/missing.pdf"])
        #expect(result.manifest.inputs.map(\.status) == [.ok, .failed, .ok, .failed])
        #expect(result.failures.compactMap(\.error?.code) == [.encrypted, .notFound])
        #expect(result.exitStatus == ExitStatus.inputsFailed)
        #expect(result.manifest.totals.ok == 2 && result.manifest.totals.failed == 2)
        #expect(result.manifest.totals.failures == ["encrypted": 1, "not-found": 1])
        let goals = try read("goals.jsonl").split(separator: "\n")
        #expect(goals.count == 2)
        #expect(goals[0].contains("\"document\":\"alpha\""))
        #expect(FileManager.default.fileExists(atPath: directory.path("out/documents/charlie.json")))
    }

    @Test func oneKindOfFailureGivesItsOwnExitStatus() throws {
        #expect(try run(["in/bravo.pdf"]).exitStatus == FailureCode.encrypted.exitStatus)
        #expect(try run(["in/alpha.pdf"]).exitStatus == 0)
    }

    @Test func recordsThatBreakInvariantsAreNeverWritten() throws {
        try directory.write(Data("broken-record".utf8), to: "in/delta.pdf")
        let result = try run(["in/delta.pdf"])
        #expect(result.failures.first?.error?.code == .crashed)
        #expect(!FileManager.default.fileExists(atPath: directory.path("out/documents/delta.json")))
    }

    @Test func outputIsDeterministicAndValid() throws {
        _ = try run(["in"], into: "one", formats: [.json, .csv])
        _ = try run(["in"], into: "two", formats: [.json, .csv])
        for name in ["manifest.json", "goals.jsonl", "notes.jsonl", "references.csl.json", "datapackage.json", "notes.csv", "documents/alpha.json"] {
            #expect(try read(name, in: "one") == read(name, in: "two"), "\(name) differs")
        }
        #expect(try OutputValidator(folder: directory.url.appendingPathComponent("one")).validate() == [])
        let csv = try read("action_items.csv", in: "one")
        #expect(csv.hasPrefix("agencies,bbox,document,goal,goalKey,id,key,markers,number,objective,objectiveKey,page,term,text\r\n"))
        #expect(csv.contains("\r\n\"[\"\"DOJ\"\",\"\"HHS\"\"]\","))
        #expect(csv.contains(",\"Build a portal, with care.\"\r\n"))
    }

    @Test func validatorFindsTamperingAndStaleDocumentsAreRemoved() throws {
        _ = try run(["in"])
        let goals = directory.path("out/goals.jsonl")
        try (try read("goals.jsonl") + "{}\n").write(toFile: goals, atomically: true, encoding: .utf8)
        let problems = try OutputValidator(folder: directory.url.appendingPathComponent("out")).validate()
        #expect(problems.map(\.file).sorted() == ["goals.jsonl", "goals.jsonl"])

        _ = try run(["in/alpha.pdf"])
        let documents = try FileManager.default.contentsOfDirectory(atPath: directory.path("out/documents"))
        #expect(documents == ["alpha.json"])
        #expect(try OutputValidator(folder: directory.url.appendingPathComponent("out")).validate() == [])
    }

    @Test func noTemporaryFilesAreLeft() throws {
        try directory.write(Data("half".utf8), to: "out/documents/.alpha.json.tmp-999")
        _ = try run(["in"])
        let leftovers = FileManager.default.enumerator(atPath: directory.path("out"))?
            .compactMap { $0 as? String }.filter { $0.contains(".tmp-") } ?? []
        #expect(leftovers.isEmpty)
    }
}
