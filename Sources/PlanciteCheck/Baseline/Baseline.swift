import Foundation

/// Findings accepted on purpose, so that CI fails only on new ones.
///
/// Written by `plancite check --write-baseline FILE` as sorted, pretty-printed JSON:
/// ```json
/// { "findings": [ { "code": "orphan-note", "count": 1, "fingerprint": "…", "label": "7",
///                   "message": "note 7 on page # is never cited", "path": "Samples/plan.pdf" } ],
///   "tool": "plancite", "version": 1 }
/// ```
/// Counts matter: an entry with count 2 accepts two findings with that fingerprint.
public struct Baseline: Sendable, Equatable, Codable {
    /// One accepted fingerprint; code, path, label and message are there for people reading diffs.
    public struct Entry: Sendable, Equatable, Codable {
        public var fingerprint: Fingerprint
        public var code: String
        public var path: String
        public var label: String?
        /// The message with page references normalised, as fingerprinted.
        public var message: String
        public var count: Int

        public init(fingerprint: Fingerprint, code: String, path: String, label: String?, message: String, count: Int) {
            self.fingerprint = fingerprint
            self.code = code
            self.path = path
            self.label = label
            self.message = message
            self.count = count
        }

        enum CodingKeys: String, CodingKey { case fingerprint, code, path, label, message, count }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(fingerprint, forKey: .fingerprint)
            try c.encode(code, forKey: .code)
            try c.encode(path, forKey: .path)
            try c.encode(label, forKey: .label)
            try c.encode(message, forKey: .message)
            try c.encode(count, forKey: .count)
        }
    }

    /// The baseline file format version.
    public static let formatVersion = 1

    public var tool: String
    public var version: Int
    /// Sorted by path, code, label, message, fingerprint.
    public var findings: [Entry]

    /// A baseline accepting exactly these findings (unreadable inputs are never accepted).
    public init(findings: [Finding]) {
        var entries: [Fingerprint: Entry] = [:]
        for finding in findings where finding.code != RuleCatalogue.unreadableInput {
            let fingerprint = Fingerprint(finding)
            if entries[fingerprint] != nil {
                entries[fingerprint]!.count += 1
            } else {
                entries[fingerprint] = Entry(
                    fingerprint: fingerprint, code: finding.code, path: finding.path,
                    label: finding.label, message: Fingerprint.normalisedMessage(finding.message),
                    count: 1)
            }
        }
        tool = "plancite"
        version = Baseline.formatVersion
        self.findings = entries.values.sorted(by: Baseline.entryOrder)
    }

    /// Reads a baseline file.
    public init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        self = try JSONDecoder().decode(Baseline.self, from: data)
        guard version <= Baseline.formatVersion else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "baseline format \(version) is newer than this plancite reads"))
        }
        findings.sort(by: Baseline.entryOrder)
    }

    /// How many findings of each fingerprint the baseline accepts.
    public var acceptedCounts: [Fingerprint: Int] {
        findings.reduce(into: [:]) { $0[$1.fingerprint, default: 0] += $1.count }
    }

    /// The file's bytes: sorted keys, two-space indentation, a final newline.
    public func encoded() throws -> Data {
        try DeterministicJSON.encode(self)
    }

    /// Writes the baseline file atomically.
    public func write(to url: URL) throws {
        try encoded().write(to: url, options: .atomic)
    }

    private static func entryOrder(_ a: Entry, _ b: Entry) -> Bool {
        if a.path != b.path { return a.path < b.path }
        if a.code != b.code { return a.code < b.code }
        if a.label != b.label { return (a.label ?? "") < (b.label ?? "") }
        if a.message != b.message { return a.message < b.message }
        return a.fingerprint < b.fingerprint
    }
}
