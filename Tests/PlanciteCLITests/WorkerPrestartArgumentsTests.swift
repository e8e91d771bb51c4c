@testable import PlanciteCLI
import Testing

/// How many workers `ingest` and `run` start before their arguments are parsed.
@Suite struct WorkerPrestartArgumentsTests {
    static let cases: [([String], Int?)] = [
        (["ingest", "a.pdf"], 2),
        (["ingest", "a.pdf", "--jobs", "1"], 1),
        (["ingest", "--jobs=1", "a.pdf"], 1),
        (["ingest", "a.pdf", "--jobs", "8"], 2),
        (["ingest", "--jobs", "1", "--jobs", "2", "a.pdf"], 2),
        (["ingest", "--", "--jobs", "1"], 2),
        (["run", "Pipelines/samples.yml", "--jobs", "1"], 1),
        (["ingest", "a.pdf", "--help"], nil),
        (["ingest", "-h"], nil),
        (["ingest", "a.pdf", "--jobs", "0"], nil),
        (["ingest", "a.pdf", "--jobs", "two"], nil),
        (["ingest", "a.pdf", "--jobs"], nil),
        (["ingest"], nil),
        (["check", "a.pdf"], nil),
        (["worker"], nil),
    ]

    @Test(arguments: cases)
    func countFollowsTheJobsOption(arguments: [String], expected: Int?) {
        #expect(WorkerPrestartArguments.count(arguments: ["plancite"] + arguments, cores: 2) == expected)
    }
}
