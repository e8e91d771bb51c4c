import PlanciteCheck
import PlanciteCore
import Testing

@Suite struct ExitStatusTests {
    @Test(arguments: [(false, false, Int32(0)), (false, true, 1), (true, false, 3), (true, true, 3)])
    func unreadableInputsWinOverFindings(unreadable: Bool, failing: Bool, status: Int32) {
        #expect(CheckReport.exitStatus(hasUnreadableInputs: unreadable, hasFailingFindings: failing) == status)
    }

    @Test func cleanRecordsExitZero() {
        let report = Checker().check(records: [SampleRecords.clean])
        #expect(report.exitStatus == 0)
        #expect(report.summary.line == "0 errors, 0 warnings in 1 file")
    }

    @Test func findingsAtFailOnExitOne() {
        #expect(Checker().check(records: [SampleRecords.plan]).exitStatus == 1)
    }

    @Test func unreadableInputExitsThreeEvenWithFailingFindings() {
        let report = Checker().check(records: [SampleRecords.plan], unreadable: [SampleRecords.scan])
        #expect(report.exitStatus == 3)
        #expect(report.summary.exitStatus == 3)
    }

    @Test func failOnNeverStillExitsThreeForUnreadableInputs() {
        let report = Checker(policy: CheckPolicy(failOn: .never)).check(records: [SampleRecords.plan], unreadable: [SampleRecords.scan])
        #expect(report.exitStatus == 3)
        let readable = Checker(policy: CheckPolicy(failOn: .never)).check(records: [SampleRecords.plan])
        #expect(readable.exitStatus == 0)
    }
}
