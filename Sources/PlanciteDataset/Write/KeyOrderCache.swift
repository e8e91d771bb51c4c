import Foundation

/// The order in which to write an object's members: sorted by key (UTF-8 bytes), a key given twice
/// written once with its last value. Orders are remembered per `CodingKey` type and key sequence,
/// since the values of one type almost always have the same keys in the same order; first by
/// this cache, then by one the whole process shares (so each document does not sort them again).
final class KeyOrderCache {
    typealias Member = (key: String, value: JSONTextValue)

    /// The members of one key sequence in written order, with their keys already quoted and escaped.
    final class Layout: Sendable {
        /// The keys in member order (the members of the object, then the extra members).
        let keys: [String]
        /// Member indices in written order; an index past the object's members is an extra member.
        let order: [Int]
        /// The quoted, escaped keys in written order, each followed by the pretty separator ` : `, back to back.
        let prettyKeys: [UInt8]
        /// Where each written key ends in `prettyKeys`.
        let prettyEnds: [Int]
        /// The same keys followed by the compact separator `:`.
        let compactKeys: [UInt8]
        let compactEnds: [Int]

        init(keys: [String]) {
            self.keys = keys
            order = KeyOrderCache.sortedOrder(of: keys)
            (prettyKeys, prettyEnds) = Self.text(of: order.map { keys[$0] }, separator: " : ")
            (compactKeys, compactEnds) = Self.text(of: order.map { keys[$0] }, separator: ":")
        }

        private static func text(of keys: [String], separator: StaticString) -> ([UInt8], [Int]) {
            let output = JSONByteBuffer(capacity: 32 * max(keys.count, 1))
            var ends: [Int] = []
            ends.reserveCapacity(keys.count)
            for key in keys {
                JSONTextWriter.appendString(key, to: output)
                output.append(separator)
                ends.append(output.count)
            }
            return ([UInt8](output.data), ends)
        }

        func matches(_ members: [Member], _ extra: [Member]) -> Bool {
            guard keys.count == members.count + extra.count else { return false }
            for index in members.indices where !KeyOrderCache.sameKey(keys[index], members[index].key) { return false }
            for index in extra.indices where !KeyOrderCache.sameKey(keys[members.count + index], extra[index].key) { return false }
            return true
        }
    }

    /// Known layouts by key type, looked up by a scan: there are only a few types.
    @exclusivity(unchecked) private var known = Layouts()
    private static let shared = SharedLayouts()

    /// The layout of an object's members followed by `extra` members.
    func layout(of members: [Member], extra: [Member] = [], keyType: ObjectIdentifier?) -> Layout {
        guard let keyType else { return Layout(keys: members.map(\.key) + extra.map(\.key)) }
        if let layout = known.layout(of: members, extra: extra, keyType: keyType) { return layout }
        let layout = Self.shared.layout(of: members, extra: extra, keyType: keyType)
        known.add(layout, keyType: keyType)
        return layout
    }

    /// Layouts by key type, at most 8 key sequences a type.
    private struct Layouts {
        private var slots: [(keyType: ObjectIdentifier, layouts: [Layout])] = []

        func layout(of members: [Member], extra: [Member], keyType: ObjectIdentifier) -> Layout? {
            for slot in slots where slot.keyType == keyType {
                for layout in slot.layouts where layout.matches(members, extra) { return layout }
            }
            return nil
        }

        mutating func add(_ layout: Layout, keyType: ObjectIdentifier) {
            if let slot = slots.firstIndex(where: { $0.keyType == keyType }) {
                if slots[slot].layouts.count < 8 { slots[slot].layouts.append(layout) }
            } else {
                slots.append((keyType, [layout]))
            }
        }
    }

    /// The layouts every cache of the process has made.
    private final class SharedLayouts: @unchecked Sendable {
        private let lock = NSLock()
        private var known = Layouts()

        func layout(of members: [Member], extra: [Member], keyType: ObjectIdentifier) -> Layout {
            lock.lock()
            defer { lock.unlock() }
            if let layout = known.layout(of: members, extra: extra, keyType: keyType) { return layout }
            let layout = Layout(keys: members.map(\.key) + extra.map(\.key))
            known.add(layout, keyType: keyType)
            return layout
        }
    }

    /// Whether two keys have the same UTF-8 bytes.
    @inline(__always)
    static func sameKey(_ left: String, _ right: String) -> Bool {
        // Identical representations (the same small string, or the same storage: a key type's
        // literal) hold the same bytes; otherwise compare the bytes.
        if unsafeBitCast(left, to: (UInt64, UInt64).self) == unsafeBitCast(right, to: (UInt64, UInt64).self) { return true }
        return left.utf8.elementsEqual(right.utf8)
    }

    static func sortedOrder(of keys: [String]) -> [Int] {
        var order = Array(keys.indices)
        order.sort { left, right in
            let a = keys[left].utf8, b = keys[right].utf8
            return a.elementsEqual(b) ? left < right : a.lexicographicallyPrecedes(b)
        }
        // A key given twice: keep the last one.
        var result: [Int] = []
        result.reserveCapacity(order.count)
        for index in order {
            if let last = result.last, keys[last].utf8.elementsEqual(keys[index].utf8) {
                result[result.count - 1] = index
            } else {
                result.append(index)
            }
        }
        return result
    }
}
