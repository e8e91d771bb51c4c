import Foundation
import PlanciteCore

/// The `Encoder` that builds a `JSONTextValue`.
final class TreeEncoder: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    @exclusivity(unchecked) var value: JSONTextValue?

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let box)? = value { return KeyedEncodingContainer(KeyedWriter<Key>(box: box)) }
        let box = JSONTextValue.ObjectBox(keyType: ObjectIdentifier(Key.self))
        box.members.reserveCapacity(16)
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
        // Each `unsafeBitCast` below converts a value to the type `T` was just found to be: the same type.
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Double.self { return try number(unsafeBitCast(value, to: Double.self)) }
        if T.self == Int.self { return .integer(unsafeBitCast(value, to: Int.self)) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        let type = ObjectIdentifier(T.self)
        let generic = leafTypes
        if type == generic.optionalString { return unsafeBitCast(value, to: String?.self).map { .string($0) } ?? .null }
        if type == generic.optionalInt { return unsafeBitCast(value, to: Int?.self).map { .integer($0) } ?? .null }
        // Arrays of strings and numbers, as their `Encodable` conformance would give them.
        if type == generic.strings { return .array(JSONTextValue.ArrayBox(elements: unsafeBitCast(value, to: [String].self).map { .string($0) })) }
        if type == generic.ints { return .array(JSONTextValue.ArrayBox(elements: unsafeBitCast(value, to: [Int].self).map { .integer($0) })) }
        if type == generic.doubles { return .array(JSONTextValue.ArrayBox(elements: try unsafeBitCast(value, to: [Double].self).map { try number($0) })) }
        if type == generic.optionalDouble {
            guard let number = unsafeBitCast(value, to: Double?.self) else { return .null }
            return try Self.number(number)
        }
        // A box, in every record: the array its `Encodable` conformance writes, without an encoder of its own.
        if T.self == Rect.self { return try box(unsafeBitCast(value, to: Rect.self)) }
        if type == generic.optionalRect {
            guard let rect = unsafeBitCast(value, to: Rect?.self) else { return .null }
            return try box(rect)
        }
        // The types Foundation's encoder writes its own way rather than by their `Encodable` conformance.
        if T.self == URL.self { return .string(unsafeBitCast(value, to: URL.self).absoluteString) }
        if T.self == Data.self { return .string(unsafeBitCast(value, to: Data.self).base64EncodedString()) }
        if T.self == Decimal.self { return .number(unsafeBitCast(value, to: Decimal.self).description) }
        return nil
    }

    /// The generic types `leaf` knows, named once: naming one looks its metadata up each time.
    private struct LeafTypes: Sendable {
        let optionalString = ObjectIdentifier(String?.self)
        let optionalInt = ObjectIdentifier(Int?.self)
        let optionalDouble = ObjectIdentifier(Double?.self)
        let optionalRect = ObjectIdentifier(Rect?.self)
        let strings = ObjectIdentifier([String].self)
        let ints = ObjectIdentifier([Int].self)
        let doubles = ObjectIdentifier([Double].self)
    }

    private static let leafTypes = LeafTypes()

    /// `[x0, y0, x1, y1]` rounded to hundredths, as `Rect.encode(to:)` writes it.
    private static func box(_ rect: Rect) throws -> JSONTextValue {
        let corners = [rect.x0, rect.y0, rect.x1, rect.y1]
        return .array(JSONTextValue.ArrayBox(elements: try corners.map { try number(Rect.rounded($0)) }))
    }

    static func number(_ value: Double) throws -> JSONTextValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        return .double(value)
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
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.integer(Int(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.integer(Int(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.integer(Int(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.integer(Int(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.integer(Int(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { put(try TreeEncoder.tree(of: value), key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        if case .object(let existing)? = box.member(key.stringValue) {
            return KeyedEncodingContainer(KeyedWriter<NestedKey>(box: existing))
        }
        let nested = JSONTextValue.ObjectBox()
        nested.keyType = ObjectIdentifier(NestedKey.self)
        put(.object(nested), key)
        return KeyedEncodingContainer(KeyedWriter<NestedKey>(box: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        if case .array(let existing)? = box.member(key.stringValue) { return UnkeyedWriter(box: existing) }
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
    mutating func encode(_ value: Int) throws { put(.integer(Int(value))) }
    mutating func encode(_ value: Int8) throws { put(.integer(Int(value))) }
    mutating func encode(_ value: Int16) throws { put(.integer(Int(value))) }
    mutating func encode(_ value: Int32) throws { put(.integer(Int(value))) }
    mutating func encode(_ value: Int64) throws { put(.integer(Int(value))) }
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
    mutating func encode(_ value: Int) throws { put(.integer(Int(value))) }
    mutating func encode(_ value: Int8) throws { put(.integer(Int(value))) }
    mutating func encode(_ value: Int16) throws { put(.integer(Int(value))) }
    mutating func encode(_ value: Int32) throws { put(.integer(Int(value))) }
    mutating func encode(_ value: Int64) throws { put(.integer(Int(value))) }
    mutating func encode(_ value: UInt) throws { put(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { put(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { put(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { put(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { put(.number(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { put(try TreeEncoder.tree(of: value)) }
}
