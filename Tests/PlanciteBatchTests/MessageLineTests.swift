import Foundation
@testable import PlanciteBatch
import PlanciteCore
import PlanciteDataset
import Testing
import TestSupport

/// Jobs and replies travel as tab-separated lines: every string survives, nil stays nil, and a
/// damaged line is refused rather than misread.
@Suite struct MessageLineTests {
    static let encodings: [([String?], String)] = [
        (["a", "b"], "a\tb\n"),
        ([nil, "", "-"], "\\-\t\t-\n"),
        (["tab\there"], "tab\\there\n"),
        (["two\nlines\r"], "two\\nlines\\r\n"),
        (["back\\slash", "\\-"], "back\\\\slash\t\\\\-\n"),
        (["café ✓"], "café ✓\n"),
    ]

    @Test(arguments: encodings)
    func encodesFields(fields: [String?], line: String) {
        #expect(String(decoding: MessageLine.encode(fields), as: UTF8.self) == line)
        #expect(MessageLine.decode(Data(line.utf8)) == fields)
    }

    @Test(arguments: ["a\\q", "a\\", "a\tb\\x\tc", "\\-x"])
    func malformedEscapesAreRefused(line: String) {
        #expect(MessageLine.decode(Data(line.utf8)) == nil)
    }

    @Test func randomFieldsRoundTrip() {
        var random = SplitMix(seed: 0x11AE)
        let pieces = ["a", "Z", "\t", "\n", "\r", "\\", "-", "\\-", " ", "é", "😀", "\u{0}", "t", "n"]
        for _ in 0..<2_000 {
            let fields: [String?] = (0..<Int(random.next() % 6) + 1).map { _ in
                if random.next() % 5 == 0 { return nil }
                return (0..<Int(random.next() % 8)).map { _ in random.pick(pieces) }.joined()
            }
            let line = MessageLine.encode(fields)
            #expect(line.last == 0x0A)
            #expect(line.dropLast().allSatisfy { $0 != 0x0A && $0 != 0x0D })
            #expect(MessageLine.decode(line) == fields, "\(fields)")
        }
    }

    @Test func jobsRoundTrip() {
        let job = WorkerJob(index: 7, displayPath: "in/a\tb.pdf", absolutePath: "/w/in/a\tb.pdf", id: "a-b", sha256: "00ff", bytes: 1234)
        #expect(WorkerJob(line: job.line) == job)
    }

    static let replies: [WorkerReply] = [
        WorkerReply(kind: .ready),
        WorkerReply(
            kind: .done, index: 3,
            entry: ManifestEntry(path: "in/x.pdf", document: "x", sha256: "ab", bytes: 10, pages: 4, status: .ok, error: nil),
            document: WrittenFile(path: "documents/x.json", sha256: "cd", bytes: 99)),
        WorkerReply(
            kind: .done, index: 0,
            entry: ManifestEntry(
                path: "in/\\odd\nname.pdf", document: nil, sha256: nil, bytes: nil, pages: nil, status: .failed,
                error: FailureRecord(code: .notPDF, message: "in/odd.pdf: error[not-pdf]: no %PDF- header\tat all"))),
        WorkerReply(kind: .done, index: 12, writeError: "/out/documents: cannot write (No space left on device)"),
        WorkerReply(
            kind: .done, index: 1,
            entry: ManifestEntry(path: "", document: "", sha256: "", bytes: 0, pages: 0, status: .skipped, error: nil)),
    ]

    @Test(arguments: replies)
    func repliesRoundTrip(reply: WorkerReply) {
        #expect(WorkerReply(line: reply.line) == reply)
    }

    @Test(arguments: [
        "done\t1",
        "done\tone\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-",
        "maybe\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-",
        "done\t1\tin/x.pdf\tx\t\\-\t\\-\t\\-\tfine\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-",
        "done\t1\tin/x.pdf\t\\-\t\\-\t\\-\t\\-\tfailed\tno-such-code\tm\t\\-\t\\-\t\\-\t\\-",
        "done\t1\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\t\\-\tdocuments/x.json\tcd\tmany\t\\-",
        "{\"kind\":\"ready\"}",
    ])
    func damagedRepliesAreRefused(line: String) {
        #expect(WorkerReply(line: Data(line.utf8)) == nil)
    }
}
