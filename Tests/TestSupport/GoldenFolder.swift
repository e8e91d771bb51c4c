import Foundation
import Testing

/// Compares text output with files in a folder of golden files; `PLANCITE_RECORD_GOLDEN=1` (re)records them.
public struct GoldenFolder: Sendable {
    public let folder: URL

    public init(_ folder: URL) {
        self.folder = folder
    }

    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["PLANCITE_RECORD_GOLDEN"] == "1"
    }

    public func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        if Self.isRecording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
            } catch {
                Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "golden file \(name) is missing; run with PLANCITE_RECORD_GOLDEN=1 to record it",
                sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            Issue.record(
                "output differs from golden \(name) (- golden, + actual):\n\(LineDiff.render(expected, actual))",
                sourceLocation: sourceLocation)
        }
    }
}

/// A small line diff (longest common subsequence) showing changed lines with a little context.
public enum LineDiff {
    public static func render(_ old: String, _ new: String, context: Int = 2) -> String {
        let a = old.components(separatedBy: "\n")
        let b = new.components(separatedBy: "\n")
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var ops: [(Character, String)] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                ops.append((" ", a[i])); i += 1; j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                ops.append(("-", a[i])); i += 1
            } else {
                ops.append(("+", b[j])); j += 1
            }
        }
        let changed = ops.indices.filter { ops[$0].0 != " " }
        var shown = Set<Int>()
        for index in changed {
            for k in max(0, index - context)...min(ops.count - 1, index + context) { shown.insert(k) }
        }
        var lines: [String] = []
        var last = -1
        for index in shown.sorted() {
            if last >= 0, index > last + 1 { lines.append("  ...") }
            lines.append("\(ops[index].0) \(ops[index].1)")
            last = index
        }
        return lines.joined(separator: "\n")
    }
}
