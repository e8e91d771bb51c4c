import PlanciteLayout

/// The text of a block or line with superscripts left out, as `Block.text` gives it.
///
/// Joins the tokens' UTF-8 bytes in one buffer instead of appending strings token by token.
enum TokenText {
    /// `block.text`.
    static func text(of block: Block) -> String {
        var length = 0
        for line in block.lines { length += byteCount(line.tokens) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(length)
        for line in block.lines { append(line.tokens, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `Block.render(tokens, superscripts: .omit)`.
    static func text(of tokens: [Token]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(byteCount(tokens))
        append(tokens, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// At least the bytes the tokens' text takes.
    private static func byteCount(_ tokens: [Token]) -> Int {
        var count = 0
        for token in tokens { count += token.text.utf8.count + 1 }
        return count
    }

    private static func append(_ tokens: [Token], to bytes: inout [UInt8]) {
        for token in tokens where token.kind != .superscript {
            if token.spaceBefore && !bytes.isEmpty { bytes.append(0x20) }
            bytes.append(contentsOf: token.text.utf8)
        }
    }

    /// False when `line.text` (superscripts written `^label`) cannot show a dotted leader: the
    /// bytes `StructureWalker.mayHaveLeader(raw:)` reads, without building the text.
    static func mayHaveLeader(_ line: Line) -> Bool {
        var scan = StructureWalker.LeaderScan()
        for token in line.tokens {
            if token.kind == .superscript { scan.read(0x5E) }
            for byte in token.text.utf8 { scan.read(byte) }
        }
        return scan.mayHaveLeader
    }
}
