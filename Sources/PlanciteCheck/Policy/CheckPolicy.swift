import PlanciteCore

/// What fails a check, which rules are off or re-graded, and which baseline accepts old findings.
///
/// Decodes from the pipeline YAML's `check:` section; every key is optional:
/// ```yaml
/// check:
///   fail-on: error          # error (default), warning or never
///   rules:
///     orphan-note: off      # off, info, warning or error
///     out-of-order: error
///   baseline: plancite-baseline.json
/// ```
public struct CheckPolicy: Sendable, Equatable, Codable {
    public var failOn: FailLevel
    /// Overrides by rule id; rules not named keep their default severity.
    public var rules: [String: RuleSetting]
    /// The baseline file's path, as written in the policy (the CLI resolves it).
    public var baseline: String?

    public init(failOn: FailLevel = .error, rules: [String: RuleSetting] = [:], baseline: String? = nil) {
        self.failOn = failOn
        self.rules = rules
        self.baseline = baseline
    }

    /// The severity a finding is reported at, or nil when its rule is off.
    ///
    /// `unreadable-input` cannot be switched off or re-graded: it is always an error.
    public func severity(forCode code: String, reported: Severity) -> Severity? {
        if code == RuleCatalogue.unreadableInput { return .error }
        switch rules[code] {
        case .off: return nil
        case .severity(let severity): return severity
        case nil: return RuleCatalogue.knownRule(code)?.defaultSeverity ?? reported
        }
    }

    /// Rule ids named in `rules` that the catalogue does not know (they may still be other stages' codes).
    public var unknownRuleIDs: [String] {
        rules.keys.filter { RuleCatalogue.knownRule($0) == nil }.sorted()
    }

    enum CodingKeys: String, CodingKey {
        case failOn = "fail-on", rules, baseline
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        failOn = try c.decodeIfPresent(FailLevel.self, forKey: .failOn) ?? .error
        rules = try c.decodeIfPresent([String: RuleSetting].self, forKey: .rules) ?? [:]
        baseline = try c.decodeIfPresent(String.self, forKey: .baseline)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(failOn, forKey: .failOn)
        try c.encode(rules, forKey: .rules)
        try c.encodeIfPresent(baseline, forKey: .baseline)
    }
}
