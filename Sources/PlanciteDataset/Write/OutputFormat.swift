/// Extra formats an output folder can carry beside its JSON.
public enum OutputFormat: String, Sendable, Codable, CaseIterable {
    /// Always written: documents, JSON Lines, CSL-JSON, manifest and data package.
    case json
    /// A CSV file beside each JSON Lines resource.
    case csv
}
