import PlanciteCore

/// An input `plancite check` could not read; reported under `unreadable-input`, exit status 3.
public struct UnreadableInput: Sendable, Equatable, Codable {
    /// The path as the user named it.
    public var path: String
    public var code: FailureCode
    public var message: String

    public init(path: String, code: FailureCode, message: String) {
        self.path = path
        self.code = code
        self.message = message
    }
}
