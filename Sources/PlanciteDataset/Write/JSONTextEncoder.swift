import Foundation

/// Encodes `Encodable` values as the dataset's JSON text: keys sorted, slashes not escaped,
/// byte for byte what Foundation's `JSONEncoder` on Linux writes with `[.sortedKeys,
/// .withoutEscapingSlashes]` (plus `.prettyPrinted` for the pretty style), at a fraction of its cost.
/// (Darwin's Foundation orders keys differently; the dataset is defined by the Linux bytes.)
///
/// The value is first encoded into a small tree (`JSONTextValue`, by `TreeEncoder`) and then
/// written by `JSONTextWriter`. `URL`, `Data` and `Decimal` are written as Foundation writes them;
/// `Date` as its `Encodable` conformance says, which is Foundation's default too. Coding paths are
/// not tracked: an error names the value, not where it was.
struct JSONTextEncoder {
    enum Style {
        /// Two-space indentation, `"key" : value`, as `JSONEncoder`'s `.prettyPrinted`.
        case pretty
        /// One line without spaces.
        case compact
    }

    /// The sorted key order of objects already written, reused by later values of the same type.
    let keyOrders = KeyOrderCache()

    /// One encoder for many values of the same few types (the rows of a document) writes them faster.
    init() {}

    func encode<T: Encodable>(_ value: T, style: Style) throws -> Data {
        text(try tree(value), style: style)
    }

    /// The value as a tree, to be written once or several times.
    func tree<T: Encodable>(_ value: T) throws -> JSONTextValue {
        if let leaf = try TreeEncoder.leaf(value) { return leaf }
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        guard let root = encoder.value else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "\(T.self) encoded no value."))
        }
        return root
    }

    /// The text of a tree; `linePrefix` starts every line after the first (for a value nested in
    /// pretty text at a given indentation).
    func text(_ tree: JSONTextValue, style: Style, linePrefix: String = "") -> Data {
        let output = JSONByteBuffer()
        write(tree, style: style, linePrefix: linePrefix, to: output)
        return output.data
    }

    /// Appends the text of a tree to `output`.
    func write(_ tree: JSONTextValue, style: Style, linePrefix: String = "", to output: JSONByteBuffer) {
        var writer = JSONTextWriter(pretty: style == .pretty, keyOrders: keyOrders, linePrefix: Array(linePrefix.utf8), output: output)
        writer.write(tree)
    }

    static func encode<T: Encodable>(_ value: T, style: Style) throws -> Data {
        try JSONTextEncoder().encode(value, style: style)
    }
}
