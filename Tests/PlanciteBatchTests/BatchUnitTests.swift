import Foundation
@testable import PlanciteBatch
import PlanciteDataset
import Testing

@Suite struct ShardTests {
    @Test(arguments: ["1/1", "2/8", "8/8"])
    func validSharesParse(text: String) {
        #expect(Shard(text)?.description == text)
    }

    @Test(arguments: ["0/4", "5/4", "1/0", "x/2", "1/2/3", "", "2"])
    func invalidSharesAreRejected(text: String) {
        #expect(Shard(text) == nil)
    }

    @Test func everyInputBelongsToExactlyOneShard() {
        let keys = (0..<200).map { String(format: "%064x", $0 &* 2_654_435_761) }
        for key in keys {
            let owners = (1...4).filter { Shard(index: $0, count: 4).contains(sha256: key, path: "x") }
            #expect(owners.count == 1)
        }
        let unreadable = (1...4).filter { Shard(index: $0, count: 4).contains(sha256: nil, path: "missing.pdf") }
        #expect(unreadable.count == 1)
    }
}

@Suite struct FaultInjectionTests {
    @Test func rulesAreParsedAndBadOnesIgnored() {
        let faults = FaultInjection(environment: ["PLANCITE_FAULT": "segv:alpha,bogus:x,hang:,oom:big"])
        #expect(faults.rules.map(\.fault) == [.segv, .oom])
        #expect(faults.rules.map(\.name) == ["alpha", "big"])
        #expect(FaultInjection(environment: [:]).rules.isEmpty)
    }
}

@Suite struct WorkerMessageTests {
    @Test func theSetupLineCarriesThePipelineOptions() throws {
        var pipeline = PlanPipeline(password: "secret")
        pipeline.vocabulary = try JSONDecoder().decode(type(of: pipeline.vocabulary), from: Data(#"{"goal":["Aim"],"objective":["Target"],"action":["Step"]}"#.utf8))
        let setup = WorkerSetup(folder: "/tmp/out", maxMemory: 1 << 30, pipeline: pipeline)
        let decoded = try JSONDecoder().decode(WorkerSetup.self, from: JSONCoding.line(setup))
        #expect(decoded.folder == "/tmp/out" && decoded.maxMemory == 1 << 30)
        #expect(decoded.pipeline.password == "secret")
        #expect(try JSONCoding.line(decoded.pipeline.vocabulary) == JSONCoding.line(pipeline.vocabulary))
    }
}

@Suite struct DispatchOrderTests {
    static func jobs(_ sizes: [Int]) -> [WorkerJob] {
        sizes.enumerated().map { index, bytes in
            WorkerJob(index: index, displayPath: "d\(index).pdf", absolutePath: "/d\(index).pdf", id: "d\(index)", sha256: "", bytes: bytes)
        }
    }

    @Test(arguments: [
        // sizes in input order → expected dispatch order (indices)
        ([10, 12, 11, 9], 2, [0, 1, 2, 3]),               // alike: input order
        ([10, 12, 400, 9, 11], 2, [2, 0, 1, 3, 4]),       // one outlier goes first
        ([10, 300, 12, 500, 9, 11, 10, 8], 2, [3, 1, 0, 2, 4, 5, 6, 7]),  // outliers largest first, the rest in order
        ([10, 12, 400, 9, 11], 1, [0, 1, 2, 3, 4]),       // one worker: input order
        ([0, 0, 0], 2, [0, 1, 2]),
    ])
    func outliersFirstTheRestInInputOrder(sizes: [Int], workers: Int, expected: [Int]) {
        #expect(DispatchOrder.jobs(Self.jobs(sizes), workers: workers).map(\.index) == expected)
    }
}
