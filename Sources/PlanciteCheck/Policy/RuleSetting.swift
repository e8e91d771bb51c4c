import PlanciteCore

/// A policy's override for one rule: switched off, or reported at another severity.
///
/// Written in YAML/JSON as one string: `off`, `info`, `warning` or `error`.
public enum RuleSetting: Sendable, Equatable, Codable {
    case off
    case severity(Severity)

    /// The setting a string names, or nil when it names none.
    public init?(rawValue: String) {
        if rawValue == "off" {
            self = .off
        } else if let severity = Severity(rawValue: rawValue) {
            self = .severity(severity)
        } else {
            return nil
        }
    }

    public var rawValue: String {
        switch self {
        case .off: "off"
        case .severity(let severity): severity.rawValue
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let setting = RuleSetting(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "rule setting \"\(text)\" is not one of off, info, warning, error")
        }
        self = setting
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
