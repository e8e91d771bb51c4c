import Foundation
import Testing

@testable import PlanciteFixtures

/// The committed samples: `Samples/**/src/NAME.fixture` rendered to `Samples/**/NAME.pdf`, truth in `Samples/truth`.
enum SampleFiles {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")

    static var available: Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent("src").path) }

    /// (fixture source, committed PDF, truth JSON) for each sample.
    static let all: [(source: String, pdf: String, truth: String)] = [
        ("src/plan.fixture", "plan.pdf", "truth/plan.json"),
        ("src/newsletter.fixture", "newsletter.pdf", "truth/newsletter.json"),
        ("src/report.fixture", "report.pdf", "truth/report.json"),
        ("broken/src/broken-citations.fixture", "broken/broken-citations.pdf", "truth/broken-citations.json"),
    ]

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }
}

@Suite(.enabled(if: SampleFiles.available)) struct SamplesAreCurrentTests {
    @Test(arguments: SampleFiles.all.map(\.source))
    func committedPDFMatchesItsSource(source: String) throws {
        let sample = try #require(SampleFiles.all.first { $0.source == source })
        let rendered = try FixtureRenderer.render(markup: SampleFiles.text(sample.source))
        let committed = try Data(contentsOf: SampleFiles.root.appendingPathComponent(sample.pdf))
        // When this fails, run `swift run plancite-render --all Samples` and re-check the truth files.
        #expect(rendered == committed)
    }

    @Test(arguments: SampleFiles.all.map(\.source))
    func truthMarkersAreTheSourceSuperscriptsInOrder(source: String) throws {
        let sample = try #require(SampleFiles.all.first { $0.source == source })
        let markup = try FixtureMarkup(parsing: SampleFiles.text(sample.source))
        let written = markup.elements.flatMap { element -> [String] in
            switch element.block {
            case .paragraph(let runs), .listItem(_, let runs), .heading(_, let runs): return runs.superscriptLabels
            default: return []
            }
        }
        struct Truth: Decodable {
            struct Marker: Decodable { var label: String; var page: Int }
            var markers: [Marker]
            var pages: Int
        }
        let truth = try JSONDecoder().decode(Truth.self, from: Data(SampleFiles.text(sample.truth).utf8))
        #expect(truth.markers.map(\.label) == written)
        let pages = try pageCount(Data(contentsOf: SampleFiles.root.appendingPathComponent(sample.pdf)))
        #expect(truth.pages == pages)
        #expect(truth.markers.allSatisfy { (1...pages).contains($0.page) })
    }
}
