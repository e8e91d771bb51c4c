import Foundation
import PlanciteStructure
import Yams

/// A pipeline file (`Pipelines/NAME.yml`): what to ingest, where to write it, and the check policy.
///
/// ```yaml
/// name: samples
/// inputs: [../Samples]          # files, folders (recursive) or globs
/// output: ../Output/samples
/// formats: [json, csv]          # json is always written
/// password: null                # for encrypted PDFs
/// vocabulary:                   # words for each level of a plan
///   goal: [Outcome]             # added to the defaults
///   replace: {action: [Deliverable]}   # used instead of the defaults
/// check:
///   fail-on: error              # error, warning or never
///   rules: {orphan-note: off, out-of-order: error}
///   baseline: ../.plancite-baseline.json
/// ```
/// Relative paths are resolved against the folder holding the pipeline file.
public struct PipelineConfig: Sendable, Equatable, Decodable {
    public var name: String?
    public var inputs: [String]
    public var output: String
    public var formats: [OutputFormat]
    public var password: String?
    /// The words for each level: the defaults, plus additions, less replaced levels.
    public var vocabulary: Vocabulary
    public var check: CheckSection
    /// Write the HTML report of the output folder after a run.
    public var report: Bool

    /// The `check:` section, kept as plain values for the check stage to interpret.
    public struct CheckSection: Sendable, Equatable, Decodable {
        public var failOn: String?
        public var rules: [String: String]
        public var baseline: String?

        enum CodingKeys: String, CodingKey {
            case failOn = "fail-on"
            case rules, baseline
        }

        public init(failOn: String? = nil, rules: [String: String] = [:], baseline: String? = nil) {
            self.failOn = failOn
            self.rules = rules
            self.baseline = baseline
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            failOn = try c.decodeIfPresent(String.self, forKey: .failOn)
            rules = try c.decodeIfPresent([String: String].self, forKey: .rules) ?? [:]
            baseline = try c.decodeIfPresent(String.self, forKey: .baseline)
        }
    }

    enum CodingKeys: String, CodingKey {
        case name, inputs, output, formats, password, vocabulary, check, report
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        inputs = try c.decode([String].self, forKey: .inputs)
        output = try c.decodeIfPresent(String.self, forKey: .output) ?? "Output"
        formats = try c.decodeIfPresent([OutputFormat].self, forKey: .formats) ?? [.json]
        password = try c.decodeIfPresent(String.self, forKey: .password)
        vocabulary = try c.decodeIfPresent(VocabularySection.self, forKey: .vocabulary)?.vocabulary ?? .default
        check = try c.decodeIfPresent(CheckSection.self, forKey: .check) ?? CheckSection()
        report = try c.decodeIfPresent(Bool.self, forKey: .report) ?? false
    }

    /// `vocabulary:`: level names add terms, `replace:` swaps a level's terms.
    struct VocabularySection: Decodable {
        var vocabulary: Vocabulary

        init(from decoder: any Decoder) throws {
            let additions = try Vocabulary(from: decoder)
            let c = try decoder.container(keyedBy: AnyKey.self)
            for key in c.allKeys where !["goal", "objective", "action", "replace"].contains(key.stringValue) {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c, debugDescription: "unknown level `\(key.stringValue)`; use goal, objective, action or replace")
            }
            var result = Vocabulary.default.merging(additions)
            if let replace = c.allKeys.first(where: { $0.stringValue == "replace" }) {
                let replacements = try c.decode([String: [String]].self, forKey: replace)
                for (name, terms) in replacements.sorted(by: { $0.key < $1.key }) {
                    guard let level = Vocabulary.Level(rawValue: name) else {
                        throw DecodingError.dataCorruptedError(
                            forKey: replace, in: c, debugDescription: "unknown level `\(name)` under replace")
                    }
                    result = result.replacing(level, with: terms)
                }
            }
            vocabulary = result
        }

        struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { return nil }
        }
    }

    /// The folder that relative paths in the file are resolved against.
    public private(set) var baseFolder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

    /// Reads and checks a pipeline file.
    public static func load(path: String) throws(DatasetError) -> PipelineConfig {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .cannotRead(path: path, reason: FileManager.default.fileExists(atPath: url.path) ? "\(error.localizedDescription)" : "no such file")
        }
        var config: PipelineConfig
        do {
            config = try YAMLDecoder().decode(PipelineConfig.self, from: text)
        } catch let error as DecodingError {
            throw .invalidPipeline(path: path, reason: Self.describe(error))
        } catch {
            throw .invalidPipeline(path: path, reason: "\(error)")
        }
        config.baseFolder = url.deletingLastPathComponent()
        if config.inputs.isEmpty { throw .invalidPipeline(path: path, reason: "`inputs` lists no files or folders") }
        return config
    }

    /// A path of the file resolved against `baseFolder`.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return baseFolder.appendingPathComponent(path).standardizedFileURL.path
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "missing key `\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))`"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "`\(path)`: \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
