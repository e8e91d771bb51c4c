import Foundation
import PlanciteCheck
import PlanciteCore
import PlanciteDataset
import Testing
import TestSupport

@Suite struct BaselineTests {
    @Test func roundTripFailsOnlyOnNewFindings() throws {
        let folder = try TemporaryDirectory("plancite-baseline")
        let file = folder.url.appendingPathComponent("baseline.json")
        let today = Checker().check(records: SampleRecords.records)
        #expect(today.exitStatus == 1)
        let written = try today.writingBaseline(to: file)
        #expect(written.exitStatus == 0)
        #expect(written.findings.allSatisfy { $0.inBaseline })

        var plan = SampleRecords.plan
        plan.diagnostics.append(
            SampleRecords.diagnostic("dangling-marker", .error, "marker \"15\" has no note", page: 10, label: "15"))
        let baseline = try Baseline(contentsOf: file)
        let tomorrow = Checker(baseline: baseline).check(records: [plan, SampleRecords.annual, SampleRecords.clean])
        #expect(tomorrow.exitStatus == 1)
        #expect(tomorrow.failingFindings.map(\.label) == ["15"])
        #expect(tomorrow.summary.new == 1)
        #expect(tomorrow.summary.inBaseline == today.findings.count)
    }

    @Test func movingTextToAnotherPageKeepsTheFindingAccepted() {
        let before = SampleRecords.record(
            id: "p", path: "p.pdf",
            diagnostics: [SampleRecords.diagnostic("orphan-note", .warning, "note 14 on page 9 is never cited", page: 9, label: "14")])
        let after = SampleRecords.record(
            id: "p", path: "p.pdf",
            diagnostics: [SampleRecords.diagnostic("orphan-note", .warning, "note 14 on page 11 is never cited", page: 11, label: "14")])
        let baseline = Checker().check(records: [before]).makeBaseline()
        let report = Checker(policy: CheckPolicy(failOn: .warning), baseline: baseline).check(records: [after])
        #expect(report.findings.allSatisfy { $0.inBaseline })
        #expect(report.exitStatus == 0)
    }

    @Test func countsMatter() {
        let one = SampleRecords.diagnostic("duplicate-label", .error, "two notes are labelled 8", page: 5, label: "8")
        let baseline = Checker().check(records: [SampleRecords.record(id: "d", path: "d.pdf", diagnostics: [one])]).makeBaseline()
        #expect(baseline.findings.map(\.count) == [1])
        let twice = SampleRecords.record(id: "d", path: "d.pdf", diagnostics: [one, one])
        let report = Checker(baseline: baseline).check(records: [twice])
        #expect(report.findings.map(\.inBaseline) == [true, false])
        #expect(report.exitStatus == 1)
        let baselineOfTwo = Checker().check(records: [twice]).makeBaseline()
        #expect(baselineOfTwo.findings.map(\.count) == [2])
        #expect(Checker(baseline: baselineOfTwo).check(records: [twice]).exitStatus == 0)
    }

    @Test func fileIsSortedAndDeterministic() throws {
        let forward = try Checker().check(records: SampleRecords.records).makeBaseline().encoded()
        let backward = try Checker().check(records: SampleRecords.records.reversed()).makeBaseline().encoded()
        #expect(forward == backward)
        Golden.check(String(decoding: forward, as: UTF8.self), against: "baseline.json")
        let decoded = try JSONDecoder().decode(Baseline.self, from: forward)
        let paths = decoded.findings.map(\.path)
        #expect(paths == paths.sorted())
    }

    @Test func unreadableInputsAreNeverAccepted() {
        let report = Checker().check(records: [], unreadable: [SampleRecords.scan])
        #expect(report.makeBaseline().findings.isEmpty)
        #expect(Checker(baseline: report.makeBaseline()).check(records: [], unreadable: [SampleRecords.scan]).exitStatus == 3)
    }

    @Test(arguments: [
        ("note 14 on page 9 is never cited", "note 14 on page # is never cited"),
        ("see pages 7-8 and p. 12", "see page # and page #"),
        ("cited on Page 3, 4 and 5", "cited on page #"),
        ("marker 12 has no note", "marker 12 has no note"),
        ("pp.4–6 repeat note 2", "page # repeat note 2"),
    ])
    func pageNumbersLeaveTheMessage(message: String, normalised: String) {
        #expect(Fingerprint.normalisedMessage(message) == normalised)
    }

    @Test func fingerprintDependsOnCodePathLabelAndMessage() {
        let base = Finding(path: "a.pdf", documentID: "a", page: 1, label: "1", code: "orphan-note", severity: .warning, message: "m", bbox: nil)
        var samePlaceElsewhere = base
        samePlaceElsewhere.page = 4
        samePlaceElsewhere.bbox = SampleRecords.box
        samePlaceElsewhere.severity = .error
        #expect(Fingerprint(base) == Fingerprint(samePlaceElsewhere))
        for change in [\Finding.path, \Finding.code, \Finding.message] {
            var other = base
            other[keyPath: change] += "x"
            #expect(Fingerprint(other) != Fingerprint(base))
        }
        var otherLabel = base
        otherLabel.label = "2"
        #expect(Fingerprint(otherLabel) != Fingerprint(base))
    }
}

@Suite struct BaselineFileTests {
    @Test func rejectsANewerFormat() throws {
        let folder = try TemporaryDirectory("plancite-baseline")
        let path = try folder.write(Data(#"{ "tool": "plancite", "version": 2, "findings": [] }"#.utf8), to: "b.json")
        #expect(throws: DecodingError.self) { try Baseline(contentsOf: URL(fileURLWithPath: path)) }
    }
}
