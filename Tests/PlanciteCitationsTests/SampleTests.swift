import Foundation
import PlanciteCitations
import TestSupport
import Testing

/// The parts of `Samples/truth/<name>.json` this stage answers for.
private struct SampleTruth: Decodable {
    struct MarkerTruth: Decodable, Equatable {
        var label: String
        var page: Int
    }
    struct NoteTruth: Decodable {
        var label: String
        var kind: String
        var antecedentLabel: String?
        var pinpoint: String?
        var ambiguous: Bool
        var page: Int
        var isFootnote: Bool?
        var urls: [String]
        var malformedUrls: [String]?
    }
    struct Fault: Decodable {
        var fault: String
        var label: String
        var page: Int
    }
    var markers: [MarkerTruth]
    var notes: [NoteTruth]
    var faults: [Fault]?
}

private let truthFolder = RepositoryPaths.samples.appendingPathComponent("truth")
private let hasSamples = FileManager.default.fileExists(atPath: truthFolder.path)

/// The truth file's fault names, as this stage's diagnostic codes.
private let faultCodes = [
    "ibid-without-antecedent": "ibid-without-antecedent", "ambiguous-ibid": "ambiguous-ibid",
    "numbering-gap": "numbering-gap", "forward-supra": "supra-forward", "malformed-url": "malformed-url",
    "duplicate-note-label": "duplicate-label", "uncited-note": "orphan-note", "marker-without-note": "dangling-marker",
]

private func load(_ name: String) throws -> (SampleTruth, CitationSet) {
    let truth = try JSONDecoder().decode(
        SampleTruth.self, from: Data(contentsOf: truthFolder.appendingPathComponent("\(name).json")))
    let pdf = name == "broken-citations"
        ? RepositoryPaths.samples.appendingPathComponent("broken/\(name).pdf")
        : RepositoryPaths.samples.appendingPathComponent("\(name).pdf")
    return (truth, try RoundTrip.citations(pdf: pdf))
}

/// A URL as the truth prints it (no scheme added), for comparison with the normalised one.
private func withScheme(_ url: String) -> String {
    url.contains("://") ? url : "https://" + url
}

@Suite(.enabled(if: hasSamples)) struct SampleCitations {
    @Test(arguments: ["plan", "newsletter", "report", "broken-citations"])
    func markers(sample: String) throws {
        let (truth, set) = try load(sample)
        #expect(set.markers.map { SampleTruth.MarkerTruth(label: $0.label, page: $0.page) } == truth.markers)
    }

    @Test(arguments: ["plan", "newsletter", "report", "broken-citations"])
    func notes(sample: String) throws {
        let (truth, set) = try load(sample)
        #expect(set.notes.map(\.label) == truth.notes.map(\.label))
        let labelByID = Dictionary(set.notes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        for (note, expected) in zip(set.notes, truth.notes) {
            #expect(note.kind.rawValue == expected.kind, "note \(expected.label)")
            // The truth names the note an ambiguous ibid might mean; this stage leaves it nil (no guessing).
            if !expected.ambiguous {
                #expect(note.antecedent.flatMap { labelByID[$0] } == expected.antecedentLabel, "note \(expected.label)")
            }
            #expect(note.pinpoint == expected.pinpoint, "note \(expected.label)")
            #expect(note.ambiguous == expected.ambiguous, "note \(expected.label)")
            #expect(note.page == expected.page, "note \(expected.label)")
            #expect(note.isFootnote == (expected.isFootnote ?? false), "note \(expected.label)")
            #expect(note.urls == expected.urls.map(withScheme), "note \(expected.label)")
        }
    }

    @Test(arguments: ["plan", "newsletter", "report", "broken-citations"])
    func links(sample: String) throws {
        let (truth, set) = try load(sample)
        let noteLabels = Set(truth.notes.map(\.label))
        let duplicated = Set(truth.notes.map(\.label).filter { label in truth.notes.filter { $0.label == label }.count > 1 })
        let labelByID = Dictionary(set.notes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        for marker in set.markers where !duplicated.contains(marker.label) {
            let expected = noteLabels.contains(marker.label) ? marker.label : nil
            #expect(marker.note.flatMap { labelByID[$0] } == expected, "marker \(marker.label)")
        }
        for note in set.notes where !duplicated.contains(note.label) {
            let citing = set.markers.filter { $0.label == note.label }.map(\.id)
            #expect(note.citedBy == citing, "note \(note.label)")
        }
    }

    @Test(arguments: ["plan", "newsletter", "report", "broken-citations"])
    func diagnostics(sample: String) throws {
        let (truth, set) = try load(sample)
        let faults = truth.faults ?? []
        for fault in faults {
            let code = try #require(faultCodes[fault.fault])
            #expect(set.diagnostics.contains { $0.code == code && $0.page == fault.page }, "\(fault.fault) \(fault.label)")
        }
        let expectedCodes = Set(faults.compactMap { faultCodes[$0.fault] })
        let unexpected = set.diagnostics.filter { !expectedCodes.contains($0.code) }
        #expect(unexpected.isEmpty, "\(unexpected.map(\.message))")
    }
}
