/// The tool's version and the version of the dataset contract it writes.
public enum ToolInfo {
    public static let name = "plancite"
    public static let version = "0.1.0"
    /// Bumped whenever the document record or the output folder changes shape.
    public static let schemaVersion = "1.0.0"
}
