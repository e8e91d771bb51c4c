/// The order in which to write an object's members: sorted by key (UTF-8 bytes), a key given twice
/// written once with its last value. Orders are remembered per `CodingKey` type and key sequence,
/// since the values of one type almost always have the same keys in the same order.
final class KeyOrderCache {
    private var orders: [ObjectIdentifier: [(keys: [String], order: [Int])]] = [:]

    func order(of members: [(key: String, value: JSONTextValue)], keyType: ObjectIdentifier?) -> [Int] {
        guard let keyType else { return Self.sortedOrder(of: members) }
        if let known = orders[keyType] {
            for entry in known where entry.keys.count == members.count
                && zip(entry.keys, members).allSatisfy({ $0.utf8.elementsEqual($1.key.utf8) }) {
                return entry.order
            }
        }
        let order = Self.sortedOrder(of: members)
        if orders[keyType, default: []].count < 8 {
            orders[keyType, default: []].append((members.map(\.key), order))
        }
        return order
    }

    static func sortedOrder(of members: [(key: String, value: JSONTextValue)]) -> [Int] {
        var order = Array(members.indices)
        order.sort { left, right in
            let a = members[left].key.utf8, b = members[right].key.utf8
            return a.elementsEqual(b) ? left < right : a.lexicographicallyPrecedes(b)
        }
        // A key given twice: keep the last one.
        var result: [Int] = []
        result.reserveCapacity(order.count)
        for index in order {
            if let last = result.last, members[last].key.utf8.elementsEqual(members[index].key.utf8) {
                result[result.count - 1] = index
            } else {
                result.append(index)
            }
        }
        return result
    }
}
