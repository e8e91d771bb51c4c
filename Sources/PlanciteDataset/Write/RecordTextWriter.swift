import PlanciteCore

/// Writes record values as JSON text straight from the records, without a tree: into the pretty
/// text of a document and, while one of its items is written, into a second text at the same
/// time (the item's JSON Lines row, or its element of `references.csl.json`).
///
/// The caller writes each object's members in key order (keys sorted by their UTF-8 bytes, as
/// `JSONTextEncoder` writes them). A scalar is written once, into the document, and its bytes
/// copied to the second text. Members only the second text has (a row's `document`, `key` and
/// reference keys) are written with `rowDocument()` and `rowKey(_:_:)`.
struct RecordTextWriter {
    /// How the second text is laid out.
    enum SecondStyle {
        /// One line without spaces (a JSON Lines row).
        case compact
        /// Pretty, as an element written alone with a line prefix of two spaces: the document text
        /// of an item (two levels down) one level less indented, the prefix on empty lines.
        case element
    }

    let document: JSONByteBuffer
    /// The second text: all the rows and references, one after the other.
    let second: JSONByteBuffer
    /// The nesting level in the document: the root object's members are at 1.
    private(set) var depth: Int
    /// Whether the next value of the open container follows another (needs a comma).
    private var documentComma = false
    /// Whether values go into the second text too (while an item is written).
    private var writingSecond = false
    private var secondStyle = SecondStyle.compact
    private var secondComma = false
    /// A row's `document` value, quoted, and the start of its keys (`<document>/`, escaped, no quote).
    private var rowDocumentText: [UInt8] = []
    private var rowKeyPrefix: [UInt8] = []

    init(document: JSONByteBuffer, second: JSONByteBuffer) {
        self.document = document
        self.second = second
        depth = 0
    }

    /// The document id the rows name (`document`, and the start of their keys).
    mutating func setRowDocument(_ id: String) {
        let output = JSONByteBuffer(capacity: id.utf8.count + 8)
        JSONTextWriter.appendString(id, to: output)
        rowDocumentText = output.withBytes { Array($0) }
        output.removeAll()
        JSONTextWriter.appendEscaped(id, to: output)
        output.append(UInt8(ascii: "/"))
        rowKeyPrefix = output.withBytes { Array($0) }
    }

    /// Writes the next value into `second` too, until `endSecond()`.
    mutating func beginSecond(style: SecondStyle) {
        writingSecond = true
        secondStyle = style
        secondComma = false
    }

    mutating func endSecond() { writingSecond = false }

    // MARK: Containers

    mutating func beginObject() { open(UInt8(ascii: "{")) }

    mutating func endObject() { close(UInt8(ascii: "}")) }

    mutating func beginArray() { open(UInt8(ascii: "[")) }

    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Before each element of an array.
    mutating func element() {
        separateDocument()
        if writingSecond { separateSecond() }
    }

    /// A member's key, before its value.
    mutating func key(_ name: StaticString) {
        Self.appendKey(name, comma: documentComma, spaces: 2 * depth, to: document)
        documentComma = true
        if writingSecond {
            Self.appendKey(name, comma: secondComma, spaces: secondSpaces, to: second)
            secondComma = true
        }
    }

    private mutating func open(_ bracket: UInt8) {
        document.append(bracket)
        if writingSecond { second.append(bracket) }
        depth += 1
        documentComma = false
        secondComma = false
    }

    /// Closes a container: pretty text puts an empty line in an empty one (with the line prefix of an element).
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        // One piece: an empty line when empty, the line start and the bracket.
        let empty = !documentComma, spaces = 2 * depth
        document.append(maxCount: spaces &+ 11) { bytes in
            bytes[0] = 0x0A
            let start = empty ? 1 : 0
            let count = start &+ Self.lineStart(comma: false, spaces: spaces, at: bytes + start)
            bytes[count] = bracket
            return count &+ 1
        }
        if writingSecond {
            if secondStyle == .element {
                if !secondComma { second.append("\n  ") }
                Self.appendLineStart(comma: false, spaces: secondSpaces, to: second)
            }
            second.append(bracket)
        }
        documentComma = true
        secondComma = true
    }

    /// The indentation of a line of the second text at this depth; nil when it is compact.
    private var secondSpaces: Int? { secondStyle == .element ? 2 * depth - 2 : nil }

    private mutating func separateDocument() {
        Self.appendLineStart(comma: documentComma, spaces: 2 * depth, to: document)
        documentComma = true
    }

    private mutating func separateSecond() {
        Self.appendLineStart(comma: secondComma, spaces: secondSpaces, to: second)
        secondComma = true
    }

    // MARK: Values

    mutating func string(_ text: String) {
        let start = document.count
        JSONTextWriter.appendString(text, to: document)
        copyToSecond(from: start)
    }

    /// The string, or `null`.
    mutating func string(_ text: String?) {
        guard let text else { return null() }
        string(text)
    }

    mutating func integer(_ value: Int) {
        let start = document.count
        JSONNumberText.append(value, to: document)
        copyToSecond(from: start)
    }

    mutating func bool(_ flag: Bool) {
        if flag { literal("true") } else { literal("false") }
    }

    mutating func null() { literal("null") }

    /// A finite number; throws as `JSONTextEncoder` does for any other.
    mutating func number(_ value: Double) throws {
        let start = document.count
        JSONNumberText.append(try Self.finite(value), to: document)
        copyToSecond(from: start)
    }

    /// `[x0, y0, x1, y1]` rounded to hundredths, as `Rect.encode(to:)` writes it.
    mutating func box(_ rect: Rect) throws {
        guard !writingSecond || secondStyle == .compact else {
            // Not in any record's element of `references`; written the general way.
            let corners = [
                try Self.finite(Rect.rounded(rect.x0)), try Self.finite(Rect.rounded(rect.y0)),
                try Self.finite(Rect.rounded(rect.x1)), try Self.finite(Rect.rounded(rect.y1)),
            ]
            beginArray()
            for value in corners {
                element()
                try number(value)
            }
            return endArray()
        }
        // Each number on a line of its own in the document, back to back in the row.
        document.append(UInt8(ascii: "["))
        if writingSecond { second.append(UInt8(ascii: "[")) }
        try corner(rect.x0, first: true)
        try corner(rect.y0, first: false)
        try corner(rect.x1, first: false)
        try corner(rect.y1, first: false)
        Self.appendLineStart(comma: false, spaces: 2 * depth, to: document)
        document.append(UInt8(ascii: "]"))
        if writingSecond { second.append(UInt8(ascii: "]")) }
        documentComma = true
        secondComma = true
    }

    /// A number of a box (see `box`), rounded to hundredths; throws when that is not finite.
    @inline(__always)
    private mutating func corner(_ value: Double, first: Bool) throws {
        Self.appendLineStart(comma: !first, spaces: 2 * depth + 2, to: document)
        let start = document.count
        if !JSONNumberText.appendRounded(value, to: document) {
            JSONNumberText.append(try Self.finite(Rect.rounded(value)), to: document)
        }
        guard writingSecond else { return }
        if !first { second.append(UInt8(ascii: ",")) }
        second.append(document, from: start)
    }

    /// The box, or `null`.
    mutating func box(_ rect: Rect?) throws {
        guard let rect else { return null() }
        try box(rect)
    }

    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values {
            element()
            string(value)
        }
        endArray()
    }

    mutating func integers(_ values: [Int]) {
        beginArray()
        for value in values {
            element()
            integer(value)
        }
        endArray()
    }

    /// A row's `document` member (rows only).
    mutating func rowDocument() {
        guard writingSecond else { return }
        Self.appendKey("document", comma: secondComma, spaces: nil, to: second)
        secondComma = true
        rowDocumentText.withUnsafeBufferPointer { second.append($0) }
    }

    /// A row's member `name` naming the item `id` of this document folder-wide (`<document>/<id>`),
    /// or `null` (rows only).
    mutating func rowKey(_ name: StaticString, _ id: String?) {
        guard writingSecond else { return }
        Self.appendKey(name, comma: secondComma, spaces: nil, to: second)
        secondComma = true
        guard let id else { return second.append("null") }
        second.append(UInt8(ascii: "\""))
        rowKeyPrefix.withUnsafeBufferPointer { second.append($0) }
        JSONTextWriter.appendEscaped(id, to: second)
        second.append(UInt8(ascii: "\""))
    }

    private mutating func literal(_ text: StaticString) {
        document.append(text)
        if writingSecond { second.append(text) }
    }

    @inline(__always)
    private func copyToSecond(from start: Int) {
        if writingSecond { second.append(document, from: start) }
    }

    static func finite(_ value: Double) throws -> Double {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        return value
    }

    // MARK: Bytes

    /// A key: a comma first if `comma`, then in pretty text (`spaces` given) a line break and `spaces`
    /// spaces, then the key quoted and its separator (` : ` pretty, `:` compact).
    @inline(__always)
    private static func appendKey(_ name: StaticString, comma: Bool, spaces: Int?, to output: JSONByteBuffer) {
        let length = name.utf8CodeUnitCount
        output.append(maxCount: length &+ 14 &+ max(spaces ?? 0, 0)) { bytes in
            var count = lineStart(comma: comma, spaces: spaces, at: bytes)
            bytes[count] = UInt8(ascii: "\"")
            JSONByteBuffer.copy(name.utf8Start, count: length, to: bytes + count + 1)
            count &+= length &+ 1
            bytes[count] = UInt8(ascii: "\"")
            if spaces == nil {
                bytes[count &+ 1] = UInt8(ascii: ":")
                return count &+ 2
            }
            bytes[count &+ 1] = 0x20
            bytes[count &+ 2] = UInt8(ascii: ":")
            bytes[count &+ 3] = 0x20
            return count &+ 4
        }
    }

    /// A comma if `comma`, then in pretty text (`spaces` given) a line break and `spaces` spaces.
    @inline(__always)
    private static func appendLineStart(comma: Bool, spaces: Int?, to output: JSONByteBuffer) {
        output.append(maxCount: 9 &+ max(spaces ?? 0, 0)) { lineStart(comma: comma, spaces: spaces, at: $0) }
    }

    /// Writes what `appendLineStart` appends at `bytes` and returns its length. The spaces are
    /// written eight at a time: the caller leaves room for 7 bytes more.
    @inline(__always)
    private static func lineStart(comma: Bool, spaces: Int?, at bytes: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0
        if comma {
            bytes[0] = UInt8(ascii: ",")
            count = 1
        }
        guard let spaces else { return count }
        bytes[count] = 0x0A
        count &+= 1
        let run = UnsafeMutableRawPointer(bytes + count)
        var written = 0
        while written < spaces {
            run.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: written, as: UInt64.self)
            written &+= 8
        }
        return count &+ max(spaces, 0)
    }
}
