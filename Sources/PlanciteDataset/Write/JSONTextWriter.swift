/// Writes a `JSONTextValue` as UTF-8 JSON text with keys sorted by their UTF-8 bytes.
///
/// Pretty output follows Foundation's `.prettyPrinted`: two spaces a level, `"key" : value`,
/// and an empty container as its brackets on two lines with an empty line between.
/// Several values may be written one after the other into the same `output`.
struct JSONTextWriter {
    typealias Member = KeyOrderCache.Member

    let pretty: Bool
    let output: JSONByteBuffer
    private let keyOrders: KeyOrderCache
    /// A comma, a line break, the line prefix and then spaces: the start of a line at depth `d` is
    /// its bytes from 1 to `lineStartBase + 2 * d`, and after a comma from 0 (compact output: the comma).
    private let lineStart: [UInt8]
    private let lineStartBase: Int
    private var depth = 0

    init(pretty: Bool, keyOrders: KeyOrderCache = KeyOrderCache(), linePrefix: [UInt8] = [], output: JSONByteBuffer = JSONByteBuffer()) {
        self.pretty = pretty
        self.keyOrders = keyOrders
        self.output = output
        lineStart = [UInt8(ascii: ","), 0x0A] + linePrefix + [UInt8](repeating: 0x20, count: 256)
        lineStartBase = 2 + linePrefix.count
    }

    mutating func write(_ value: JSONTextValue) {
        switch value {
        case .null: output.append("null")
        case .bool(let flag): if flag { output.append("true") } else { output.append("false") }
        case .number(let text): output.append(utf8: text)
        case .integer(let number): JSONNumberText.append(number, to: output)
        case .double(let number): JSONNumberText.append(number, to: output)
        case .string(let text): Self.appendString(text, to: output)
        case .array(let box): writeArray(box.elements)
        case .object(let box): writeObject(box.members, keyType: box.keyType)
        case .deferred(let encoder): write(encoder.value ?? .object(JSONTextValue.ObjectBox()))
        }
    }

    private mutating func writeArray(_ elements: [JSONTextValue]) {
        output.append(UInt8(ascii: "["))
        if pretty && elements.isEmpty { return closeEmpty(with: UInt8(ascii: "]")) }
        depth += 1
        var first = true
        for element in elements {
            newline(afterComma: !first)
            first = false
            write(element)
        }
        depth -= 1
        newline()
        output.append(UInt8(ascii: "]"))
    }

    /// An object of `members` followed by `extra` members (a later key replaces an earlier one).
    mutating func writeObject(_ members: [Member], extra: [Member] = [], keyType: ObjectIdentifier?) {
        writeObject(members, extra: extra, keyType: keyType) { writer, index in
            writer.write(index < members.count ? members[index].value : extra[index - members.count].value)
        }
    }

    /// The members in key order, each value written by `writeValue` (given the member index; an
    /// index past `members` is an extra member).
    private mutating func writeObject(
        _ members: [Member], extra: [Member], keyType: ObjectIdentifier?,
        writeValue: (inout JSONTextWriter, Int) -> Void
    ) {
        output.append(UInt8(ascii: "{"))
        if pretty && members.isEmpty && extra.isEmpty { return closeEmpty(with: UInt8(ascii: "}")) }
        let layout = keyOrders.layout(of: members, extra: extra, keyType: keyType)
        depth += 1
        var keyStart = 0
        let keyEnds = pretty ? layout.prettyEnds : layout.compactEnds
        (pretty ? layout.prettyKeys : layout.compactKeys).withUnsafeBufferPointer { keyText in
            for (position, index) in layout.order.enumerated() {
                newline(afterComma: position > 0)
                let keyEnd = keyEnds[position]
                output.append(UnsafeBufferPointer(rebasing: keyText[keyStart..<keyEnd]))
                keyStart = keyEnd
                writeValue(&self, index)
            }
        }
        depth -= 1
        newline()
        output.append(UInt8(ascii: "}"))
    }

    /// Pretty output of an empty container after its opening bracket: an empty line, then the closing one.
    private mutating func closeEmpty(with bracket: UInt8) {
        lineStart.withUnsafeBufferPointer { output.append(UnsafeBufferPointer(rebasing: $0[1..<lineStartBase])) }
        newline()
        output.append(bracket)
    }

    /// The separator before a value: after a comma if `afterComma`, and in pretty output a line
    /// break, the line prefix and the current indentation.
    @inline(__always)
    private func newline(afterComma: Bool = false) {
        guard pretty else {
            if afterComma { output.append(UInt8(ascii: ",")) }
            return
        }
        let start = afterComma ? 0 : 1
        let end = lineStartBase + 2 * depth
        if end <= lineStart.count {
            lineStart.withUnsafeBufferPointer { output.append(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        } else {
            deepNewline(afterComma: afterComma)
        }
    }

    @inline(never)
    private func deepNewline(afterComma: Bool) {
        lineStart.withUnsafeBufferPointer { lineStart in
            output.append(UnsafeBufferPointer(rebasing: lineStart[(afterComma ? 0 : 1)..<lineStartBase]))
            var indentation = 2 * depth
            while indentation > 0 {
                let chunk = min(indentation, lineStart.count - lineStartBase)
                output.append(UnsafeBufferPointer(rebasing: lineStart[lineStartBase..<lineStartBase + chunk]))
                indentation -= chunk
            }
        }
    }

    /// A JSON string: quoted, with `"`, `\` and control characters escaped as Foundation does.
    static func appendString(_ text: String, to output: JSONByteBuffer) {
        let done: Bool? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            // Most strings need no escape: written with their quotes in one piece.
            guard !mayNeedEscaping(utf8) else { return false }
            output.append(maxCount: utf8.count &+ 2) { bytes in
                bytes[0] = UInt8(ascii: "\"")
                if let base = utf8.baseAddress { JSONByteBuffer.copy(base, count: utf8.count, to: bytes + 1) }
                bytes[utf8.count &+ 1] = UInt8(ascii: "\"")
                return utf8.count &+ 2
            }
            return true
        }
        if done == true { return }
        output.reserve(text.utf8.count + 2)
        output.append(UInt8(ascii: "\""))
        appendEscaped(text, to: output)
        output.append(UInt8(ascii: "\""))
    }

    /// The text of a JSON string without its quotes (escaping is byte by byte: the escaped text of
    /// two strings joined is the two escaped texts joined).
    static func appendEscaped(_ text: String, to output: JSONByteBuffer) {
        // Read in place (native and small strings): a copy to call `withUTF8` on costs a retain and a release.
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped(utf8: $0, to: output) }) == nil {
            var text = text
            text.withUTF8 { appendEscaped(utf8: $0, to: output) }
        }
    }

    /// `appendEscaped(_:to:)` of UTF-8 bytes.
    @inline(__always)
    private static func appendEscaped(utf8: UnsafeBufferPointer<UInt8>, to output: JSONByteBuffer) {
        // Most strings need no escape: checked a word at a time, then copied whole.
        if !mayNeedEscaping(utf8) { return output.append(utf8) }
        output.reserve(utf8.count)
        var start = 0
        var index = 0
        while index < utf8.count {
            // Eight bytes at a time while none of them needs escaping (the usual case).
            if index + 8 <= utf8.count,
                !mayNeedEscaping(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = utf8[index]
            index += 1
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            output.append(UnsafeBufferPointer(rebasing: utf8[start..<index - 1]))
            start = index
            appendEscape(of: byte, to: output)
        }
        output.append(UnsafeBufferPointer(rebasing: utf8[start...]))
    }

    /// Whether any of the bytes is a control character, `"` or `\` (exact for "none"): eight at a
    /// time, the last eight (or four) overlapping the ones before.
    @inline(__always)
    private static func mayNeedEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = utf8.count
        guard let base = utf8.baseAddress, count > 0 else { return false }
        let bytes = UnsafeRawPointer(base)
        if count >= 8 {
            var index = 0
            while index &+ 8 < count {
                if mayNeedEscaping(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return true }
                index &+= 8
            }
            return mayNeedEscaping(bytes.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
        }
        if count >= 4 {
            let head = UInt64(bytes.loadUnaligned(as: UInt32.self))
            let tail = UInt64(bytes.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self))
            return mayNeedEscaping(head | tail << 32)
        }
        // One to three bytes, repeated to fill a word.
        let word = UInt64(base[0]) | UInt64(base[count &- 1]) << 8 | UInt64(base[count >> 1]) << 16
        return mayNeedEscaping(word | word << 24 | word << 48)
    }

    /// Whether any of eight bytes is a control character, `"` or `\` (exact for "none").
    @inline(__always)
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let hasControl = (word &- ones &* 0x20) & ~word & highs != 0
        return hasControl || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }

    private static func appendEscape(of byte: UInt8, to output: JSONByteBuffer) {
        switch byte {
        case UInt8(ascii: "\""): output.append("\\\"")
        case UInt8(ascii: "\\"): output.append("\\\\")
        case 0x0A: output.append("\\n")
        case 0x0D: output.append("\\r")
        case 0x09: output.append("\\t")
        case 0x08: output.append("\\b")
        case 0x0C: output.append("\\f")
        default:
            let digits: StaticString = "0123456789abcdef"
            output.append("\\u00")
            output.append(digits.utf8Start[Int(byte >> 4)])
            output.append(digits.utf8Start[Int(byte & 0xF)])
        }
    }
}
