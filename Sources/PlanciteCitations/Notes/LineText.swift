import PlanciteLayout

/// The text of a line's tokens with superscripts left out, as `Block.render(_:superscripts: .omit)`
/// gives it, joined from the tokens' UTF-8 bytes in one buffer.
enum LineText {
    static func text(of tokens: ArraySlice<Token>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(byteCount(tokens))
        append(tokens, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `block.text`: the lines' tokens joined as one run.
    static func text(of block: Block) -> String {
        var length = 0
        for line in block.lines.indices { length += byteCount(block.lines[line].tokens[...]) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(length)
        for line in block.lines.indices { append(block.lines[line].tokens[...], to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func byteCount(_ tokens: ArraySlice<Token>) -> Int {
        var length = 0
        for index in tokens.indices { length += tokens[index].text.utf8.count + 1 }
        return length
    }

    private static func append(_ tokens: ArraySlice<Token>, to bytes: inout [UInt8]) {
        for index in tokens.indices where tokens[index].kind != .superscript {
            if tokens[index].spaceBefore && !bytes.isEmpty { bytes.append(0x20) }
            let text = tokens[index].text
            if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
                bytes.append(contentsOf: text.utf8)
            }
        }
    }
}
