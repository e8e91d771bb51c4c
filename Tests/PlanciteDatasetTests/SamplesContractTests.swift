import Foundation
import PlanciteCore
import PlanciteDataset
import Testing
import TestSupport

/// The output contract on the Samples: the committed `Output/samples/` is the golden copy.
///
/// Re-record it with `swift run plancite run Pipelines/samples.yml` (or `PLANCITE_RECORD_GOLDEN=1`).
@Suite struct SamplesContractTests {
    static let golden = GoldenFolder(RepositoryPaths.root.appendingPathComponent("Output/samples"))

    private func ingestSamples(into folder: URL) throws -> Manifest {
        let config = try PipelineConfig.load(path: RepositoryPaths.root.appendingPathComponent("Pipelines/samples.yml").path)
        let inputs = InputDiscovery(workingDirectory: RepositoryPaths.root.path).discover(config.inputs.map(config.resolve))
        let writer = try DatasetWriter(folder: folder, formats: Set(config.formats))
        return try IngestRunner(processor: PlanPipeline(vocabulary: config.vocabulary), writer: writer).run(inputs).manifest
    }

    @Test func samplesMatchTheCommittedOutput() throws {
        let directory = try TemporaryDirectory()
        let manifest = try ingestSamples(into: directory.url)
        #expect(manifest.totals.failed == 0)
        for file in manifest.files.map(\.path) + ["manifest.json"] {
            let actual = try String(contentsOf: directory.url.appendingPathComponent(file), encoding: .utf8)
            Self.golden.check(actual, against: file)
        }
    }

    @Test func twoRunsWriteIdenticalBytes() throws {
        let first = try TemporaryDirectory()
        let second = try TemporaryDirectory()
        let manifest = try ingestSamples(into: first.url)
        _ = try ingestSamples(into: second.url)
        for file in manifest.files.map(\.path) + ["manifest.json"] {
            let a = try Data(contentsOf: first.url.appendingPathComponent(file))
            let b = try Data(contentsOf: second.url.appendingPathComponent(file))
            #expect(a == b, "\(file) differs between runs")
        }
    }

    @Test func samplesValidateAgainstSchemaAndInvariants() throws {
        let directory = try TemporaryDirectory()
        _ = try ingestSamples(into: directory.url)
        #expect(try OutputValidator(folder: directory.url).validate() == [])
    }
}

/// Every failure code the pipeline can give a bad input lands in the manifest.
@Suite struct FailureCodeTests {
    @Test func eachBadInputIsRecordedWithItsCode() throws {
        let directory = try TemporaryDirectory()
        try directory.write(Data(), to: "in/empty.pdf")
        try directory.write(Data("plain text".utf8), to: "in/text.pdf")
        try directory.write(Data("%PDF-1.4\n1 0 obj garbage".utf8), to: "in/damaged.pdf")
        try directory.write(MinimalPDF(pages: [.init(drawsOnlyShapes: true)]).data(), to: "in/scan.pdf")
        try directory.write(MinimalPDF(pages: [.init(items: [.init(x: 72, y: 100, text: "Fine")])]).data(), to: "in/fine.pdf")
        var expected: [String: FailureCode?] = [
            "in/empty.pdf": .emptyFile, "in/text.pdf": .notPDF, "in/damaged.pdf": .damaged,
            "in/scan.pdf": .noTextLayer, "in/fine.pdf": nil, "in/missing.pdf": .notFound,
        ]
        var paths = ["in/empty.pdf", "in/text.pdf", "in/damaged.pdf", "in/scan.pdf", "in/fine.pdf", "in/missing.pdf"]
        if let qpdf = ["/usr/bin/qpdf", "/usr/local/bin/qpdf"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: qpdf)
            process.arguments = ["--encrypt", "pw", "owner", "256", "--", directory.path("in/fine.pdf"), directory.path("in/locked.pdf")]
            try process.run()
            process.waitUntilExit()
            expected["in/locked.pdf"] = .encrypted
            paths.append("in/locked.pdf")
        }
        let inputs = InputDiscovery(workingDirectory: directory.url.path).discover(paths)
        let writer = try DatasetWriter(folder: directory.url.appendingPathComponent("out"))
        let manifest = try IngestRunner(processor: PlanPipeline(), writer: writer).run(inputs).manifest
        for entry in manifest.inputs {
            #expect(entry.error?.code == expected[entry.path] ?? nil, "\(entry.path)")
            if let message = entry.error?.message { #expect(message.hasPrefix("\(entry.path): error[")) }
        }
        #expect(manifest.inputs.count == expected.count)
        #expect(try OutputValidator(folder: directory.url.appendingPathComponent("out")).validate() == [])
    }
}
