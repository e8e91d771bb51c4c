import PlanciteLayout

/// The text of a line's tokens with superscripts left out, as `Block.render(_:superscripts: .omit)`
/// gives it, written from the tokens' UTF-8 bytes straight into the string's storage (appending
/// to a byte array token by token cost more than the rest of the work).
enum LineText {
    static func text(of tokens: ArraySlice<Token>) -> String {
        String(unsafeUninitializedCapacity: byteCount(tokens)) { buffer in
            var end = 0
            write(tokens, to: buffer, at: &end)
            return end
        }
    }

    /// `block.text`: the lines' tokens joined as one run.
    static func text(of block: Block) -> String {
        var length = 0
        for line in block.lines.indices { length += byteCount(block.lines[line].tokens[...]) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var end = 0
            for line in block.lines.indices { write(block.lines[line].tokens[...], to: buffer, at: &end) }
            return end
        }
    }

    /// Room for the tokens' bytes and a space before each.
    private static func byteCount(_ tokens: ArraySlice<Token>) -> Int {
        var length = 0
        for index in tokens.indices { length += tokens[index].text.utf8.count + 1 }
        return length
    }

    /// Writes the tokens other than superscripts from `end` on, a space before those that have
    /// one unless nothing is written yet, and moves `end` past them.
    private static func write(_ tokens: ArraySlice<Token>, to buffer: UnsafeMutableBufferPointer<UInt8>, at end: inout Int) {
        for index in tokens.indices where tokens[index].kind != .superscript {
            if tokens[index].spaceBefore && end > 0 {
                buffer[end] = 0x20
                end += 1
            }
            UInt8.write(tokens[index].text, to: buffer, at: &end)
        }
    }
}
