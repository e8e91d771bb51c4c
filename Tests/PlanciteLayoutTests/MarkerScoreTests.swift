import Foundation
import PlanciteExtract
import PlanciteLayout
import Testing
import TestSupport

/// Superscript note markers found against those known to be in fixtures and Samples.
@Suite struct MarkerScoreTests {
    @Test func fixtures() throws {
        var score = MarkerScore()
        for fixture in Fixtures.all {
            let layout = try FixturePipeline.layout(fixture.markup)
            // Fixtures that fit on page 1 list their markers in reading order.
            score.add(layout, markers: fixture.markers.map { (1, $0) })
        }
        #expect(score.expected > 0)
        #expect(score.precision == 1, "\(score)")
        #expect(score.recall == 1, "\(score)")
    }

    static var samplesWithTruth: [(pdf: URL, truth: URL)] {
        let truth = RepositoryPaths.samples.appendingPathComponent("truth")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: truth.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
            let stem = String(name.dropLast(5))
            let candidates = [stem + ".pdf", "broken/" + stem + ".pdf"].map { RepositoryPaths.samples.appendingPathComponent($0) }
            guard let pdf = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else { return nil }
            return (pdf, truth.appendingPathComponent(name))
        }
    }

    @Test(.enabled(if: !samplesWithTruth.isEmpty))
    func samples() throws {
        var score = MarkerScore()
        for sample in Self.samplesWithTruth {
            let layout = LayoutAnalyzer().analyze(try PDFDocument(path: sample.pdf.path).extract())
            score.add(layout, markers: try MarkerScore.truthMarkers(sample.truth))
        }
        #expect(score.expected > 0)
        #expect(score.precision >= 0.95, "\(score)")
        #expect(score.recall >= 0.95, "\(score)")
    }
}
