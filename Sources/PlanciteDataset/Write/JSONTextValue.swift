/// A value while it is being encoded: containers are shared boxes, so that nested containers can
/// fill them after they were stored.
enum JSONTextValue {
    case null
    case bool(Bool)
    /// The number's JSON text.
    case number(String)
    case integer(Int)
    /// A finite double.
    case double(Double)
    case string(String)
    case array(ArrayBox)
    case object(ObjectBox)
    /// What a `superEncoder()` was given; `{}` when it was given nothing.
    case deferred(TreeEncoder)

    final class ArrayBox {
        // Filled and read by one encoder or writer at a time: no dynamic exclusivity checks.
        @exclusivity(unchecked) var elements: [JSONTextValue]

        init(elements: [JSONTextValue] = []) {
            self.elements = elements
        }
    }

    final class ObjectBox {
        @exclusivity(unchecked) var members: [(key: String, value: JSONTextValue)]
        /// The `CodingKey` type of the first container on this object: its members' key order is cached by it.
        var keyType: ObjectIdentifier?

        init(members: [(key: String, value: JSONTextValue)] = [], keyType: ObjectIdentifier? = nil) {
            self.members = members
            self.keyType = keyType
        }

        /// The last member named `key` (the same UTF-8 bytes).
        func member(_ key: String) -> JSONTextValue? {
            let length = key.utf8.count
            return members.last { $0.key.utf8.count == length && KeyOrderCache.sameKey($0.key, key) }?.value
        }

        /// The member named `key` when it is a string.
        func string(_ key: String) -> String? {
            if case .string(let text)? = member(key) { return text }
            return nil
        }
    }
}
