import Foundation

/// Encodes `Encodable` values as the dataset's JSON text: keys sorted, slashes not escaped,
/// byte for byte what Foundation's `JSONEncoder` writes with `[.sortedKeys, .withoutEscapingSlashes]`
/// (plus `.prettyPrinted` for the pretty style), at a fraction of its cost.
///
/// The value is first encoded into a small tree (`JSONTextValue`) and then written by
/// `JSONTextWriter`. Values are encoded as their `Encodable` conformance says: `Date`, `URL`
/// and `Data` get no special treatment (the dataset's records hold none).
struct JSONTextEncoder {
    enum Style {
        /// Two-space indentation, `"key" : value`, as `JSONEncoder`'s `.prettyPrinted`.
        case pretty
        /// One line without spaces.
        case compact
    }

    /// The sorted key order of objects already written, reused by later values of the same type.
    private let keyOrders = KeyOrderCache()

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
        var writer = JSONTextWriter(pretty: style == .pretty, keyOrders: keyOrders, linePrefix: Array(linePrefix.utf8))
        writer.write(tree)
        return Data(writer.bytes)
    }

    static func encode<T: Encodable>(_ value: T, style: Style) throws -> Data {
        try JSONTextEncoder().encode(value, style: style)
    }
}

/// A value while it is being encoded: containers are shared boxes, so that nested containers can
/// fill them after they were stored.
enum JSONTextValue {
    case null
    case bool(Bool)
    /// The number's JSON text.
    case number(String)
    case string(String)
    case array(ArrayBox)
    case object(ObjectBox)
    /// What a `superEncoder()` was given; `{}` when it was given nothing.
    case deferred(TreeEncoder)

    final class ArrayBox {
        var elements: [JSONTextValue] = []
    }

    final class ObjectBox {
        var members: [(key: String, value: JSONTextValue)]
        /// The `CodingKey` type of the first container on this object: its members' key order is cached by it.
        var keyType: ObjectIdentifier?

        init(members: [(key: String, value: JSONTextValue)] = [], keyType: ObjectIdentifier? = nil) {
            self.members = members
            self.keyType = keyType
        }

        /// The last member named `key`.
        func member(_ key: String) -> JSONTextValue? { members.last { $0.key == key }?.value }

        /// The member named `key` when it is a string.
        func string(_ key: String) -> String? {
            if case .string(let text)? = member(key) { return text }
            return nil
        }
    }
}

/// The `Encoder` that builds a `JSONTextValue`.
final class TreeEncoder: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var value: JSONTextValue?

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let box)? = value { return KeyedEncodingContainer(KeyedWriter<Key>(box: box)) }
        let box = JSONTextValue.ObjectBox()
        box.keyType = ObjectIdentifier(Key.self)
        value = .object(box)
        return KeyedEncodingContainer(KeyedWriter<Key>(box: box))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let box)? = value { return UnkeyedWriter(box: box) }
        let box = JSONTextValue.ArrayBox()
        value = .array(box)
        return UnkeyedWriter(box: box)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleValueWriter(encoder: self) }

    /// The tree of a nested value; an `Encodable` that encodes nothing becomes `{}`.
    static func tree<T: Encodable>(of value: T) throws -> JSONTextValue {
        if let leaf = try leaf(value) { return leaf }
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        return encoder.value ?? .object(JSONTextValue.ObjectBox())
    }

    /// Strings, numbers and flags (and optional ones) met as a generic value, e.g. the elements of an
    /// array, encoded without an encoder of their own. Compares metatypes, not casts.
    static func leaf<T: Encodable>(_ value: T) throws -> JSONTextValue? {
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Double.self { return try number(unsafeBitCast(value, to: Double.self)) }
        if T.self == Int.self { return .number(String(unsafeBitCast(value, to: Int.self))) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if T.self == String?.self { return unsafeBitCast(value, to: String?.self).map { .string($0) } ?? .null }
        if T.self == Int?.self { return unsafeBitCast(value, to: Int?.self).map { .number(String($0)) } ?? .null }
        if T.self == Double?.self {
            guard let number = unsafeBitCast(value, to: Double?.self) else { return .null }
            return try Self.number(number)
        }
        return nil
    }

    static func number<T: BinaryFloatingPoint & LosslessStringConvertible>(_ value: T) throws -> JSONTextValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }
}

private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONTextValue.ObjectBox
    var codingPath: [any CodingKey] { [] }

    private func put(_ value: JSONTextValue, _ key: Key) { box.members.append((key.stringValue, value)) }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(try TreeEncoder.number(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(try TreeEncoder.number(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { put(try TreeEncoder.tree(of: value), key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONTextValue.ObjectBox()
        nested.keyType = ObjectIdentifier(NestedKey.self)
        put(.object(nested), key)
        return KeyedEncodingContainer(KeyedWriter<NestedKey>(box: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONTextValue.ArrayBox()
        put(.array(nested), key)
        return UnkeyedWriter(box: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = TreeEncoder()
        box.members.append(("super", .deferred(encoder)))
        return encoder
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let encoder = TreeEncoder()
        put(.deferred(encoder), key)
        return encoder
    }
}

private struct UnkeyedWriter: UnkeyedEncodingContainer {
    let box: JSONTextValue.ArrayBox
    var codingPath: [any CodingKey] { [] }
    var count: Int { box.elements.count }

    private func put(_ value: JSONTextValue) { box.elements.append(value) }

    mutating func encodeNil() throws { put(.null) }
    mutating func encode(_ value: Bool) throws { put(.bool(value)) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(try TreeEncoder.number(value)) }
    mutating func encode(_ value: Float) throws { put(try TreeEncoder.number(value)) }
    mutating func encode(_ value: Int) throws { put(.number(String(value))) }
    mutating func encode(_ value: Int8) throws { put(.number(String(value))) }
    mutating func encode(_ value: Int16) throws { put(.number(String(value))) }
    mutating func encode(_ value: Int32) throws { put(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { put(.number(String(value))) }
    mutating func encode(_ value: UInt) throws { put(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { put(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { put(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { put(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { put(.number(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { put(try TreeEncoder.tree(of: value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONTextValue.ObjectBox()
        nested.keyType = ObjectIdentifier(NestedKey.self)
        put(.object(nested))
        return KeyedEncodingContainer(KeyedWriter<NestedKey>(box: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONTextValue.ArrayBox()
        put(.array(nested))
        return UnkeyedWriter(box: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = TreeEncoder()
        put(.deferred(encoder))
        return encoder
    }
}

private struct SingleValueWriter: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { [] }

    private func put(_ value: JSONTextValue) { encoder.value = value }

    mutating func encodeNil() throws { put(.null) }
    mutating func encode(_ value: Bool) throws { put(.bool(value)) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(try TreeEncoder.number(value)) }
    mutating func encode(_ value: Float) throws { put(try TreeEncoder.number(value)) }
    mutating func encode(_ value: Int) throws { put(.number(String(value))) }
    mutating func encode(_ value: Int8) throws { put(.number(String(value))) }
    mutating func encode(_ value: Int16) throws { put(.number(String(value))) }
    mutating func encode(_ value: Int32) throws { put(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { put(.number(String(value))) }
    mutating func encode(_ value: UInt) throws { put(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { put(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { put(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { put(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { put(.number(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { put(try TreeEncoder.tree(of: value)) }
}
