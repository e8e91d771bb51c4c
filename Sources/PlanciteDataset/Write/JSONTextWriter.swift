/// Writes a `JSONTextValue` as UTF-8 JSON text with keys sorted by their UTF-8 bytes.
///
/// Pretty output follows Foundation's `.prettyPrinted`: two spaces a level, `"key" : value`,
/// and an empty container as its brackets on two lines with an empty line between.
struct JSONTextWriter {
    let pretty: Bool
    private let keyOrders: KeyOrderCache
    /// Written at the start of every line but the first (pretty output only).
    private let linePrefix: [UInt8]
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    private static let spaces = [UInt8](repeating: 0x20, count: 256)

    init(pretty: Bool, keyOrders: KeyOrderCache = KeyOrderCache(), linePrefix: [UInt8] = []) {
        self.pretty = pretty
        self.keyOrders = keyOrders
        self.linePrefix = linePrefix
        bytes.reserveCapacity(4096)
    }

    mutating func write(_ value: JSONTextValue) {
        switch value {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text): bytes.append(contentsOf: text.utf8)
        case .string(let text): writeString(text)
        case .array(let box): writeArray(box.elements)
        case .object(let box): writeObject(box)
        case .deferred(let encoder): write(encoder.value ?? .object(JSONTextValue.ObjectBox()))
        }
    }

    private mutating func writeArray(_ elements: [JSONTextValue]) {
        bytes.append(UInt8(ascii: "["))
        if pretty && elements.isEmpty { return closeEmpty(with: UInt8(ascii: "]")) }
        depth += 1
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            newline()
            write(element)
        }
        depth -= 1
        newline()
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func writeObject(_ box: JSONTextValue.ObjectBox) {
        let members = box.members
        bytes.append(UInt8(ascii: "{"))
        if pretty && members.isEmpty { return closeEmpty(with: UInt8(ascii: "}")) }
        depth += 1
        for (position, index) in keyOrders.order(of: members, keyType: box.keyType).enumerated() {
            let member = members[index]
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            newline()
            writeString(member.key)
            if pretty { bytes.append(contentsOf: " : ".utf8) } else { bytes.append(UInt8(ascii: ":")) }
            write(member.value)
        }
        depth -= 1
        newline()
        bytes.append(UInt8(ascii: "}"))
    }

    /// Pretty output of an empty container after its opening bracket: an empty line, then the closing one.
    private mutating func closeEmpty(with bracket: UInt8) {
        bytes.append(0x0A)
        bytes.append(contentsOf: linePrefix)
        newline()
        bytes.append(bracket)
    }

    /// In pretty output: a line break, the line prefix and the current indentation.
    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: linePrefix)
        var indentation = 2 * depth
        while indentation > 0 {
            let chunk = min(indentation, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[0..<chunk])
            indentation -= chunk
        }
    }

    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                start = index + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
                case 0x0A: bytes.append(contentsOf: "\\n".utf8)
                case 0x0D: bytes.append(contentsOf: "\\r".utf8)
                case 0x09: bytes.append(contentsOf: "\\t".utf8)
                case 0x08: bytes.append(contentsOf: "\\b".utf8)
                case 0x0C: bytes.append(contentsOf: "\\f".utf8)
                default:
                    let digits = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: "\\u00".utf8)
                    bytes.append(digits[Int(byte >> 4)])
                    bytes.append(digits[Int(byte & 0xF)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
