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
        for index in tokens.indices { count += tokens[index].text.utf8.count + 1 }
        return count
    }

    /// Reads each token's fields in place (no copy of the token) and its text's contiguous bytes.
    private static func append(_ tokens: [Token], to bytes: inout [UInt8]) {
        for index in tokens.indices where tokens[index].kind != .superscript {
            if tokens[index].spaceBefore && !bytes.isEmpty { bytes.append(0x20) }
            let text = tokens[index].text
            if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
                bytes.append(contentsOf: text.utf8)
            }
        }
    }

    /// The last character of `text(of: tokens)`, read from the last bytes when they are ASCII.
    static func lastCharacter(of tokens: [Token]) -> Character? {
        var last: UInt8?
        var beforeLast: UInt8?
        var index = tokens.endIndex
        reading: while index > tokens.startIndex {
            index -= 1
            let token = tokens[index]
            guard token.kind != .superscript else { continue }
            for byte in token.text.utf8.reversed() {
                if last == nil {
                    last = byte
                } else {
                    beforeLast = byte
                    break reading
                }
            }
            if token.spaceBefore, tokens[..<index].contains(where: { $0.kind != .superscript && !$0.text.isEmpty }) {
                if last == nil {
                    last = 0x20
                } else {
                    beforeLast = 0x20
                    break
                }
            }
        }
        guard let last else { return nil }
        // Two ASCII scalars are two characters, but for CR LF.
        if last < 0x80, beforeLast.map({ $0 < 0x80 && !($0 == 0x0D && last == 0x0A) }) ?? true {
            return Character(Unicode.Scalar(last))
        }
        return text(of: tokens).last
    }

    /// False when `line.text` (superscripts written `^label`) cannot show a dotted leader: the
    /// bytes `StructureWalker.mayHaveLeader(raw:)` reads, without building the text.
    static func mayHaveLeader(_ line: Line) -> Bool {
        // Most lines have fewer than three leader bytes: count them first, in one tight loop per token.
        var leaders = 0
        for token in line.tokens { leaders += leaderBytes(token.text) }
        guard leaders >= 3 else { return false }
        var scan = StructureWalker.LeaderScan()
        for token in line.tokens {
            if token.kind == .superscript { scan.read(0x5E) }
            for byte in token.text.utf8 { scan.read(byte) }
        }
        return scan.mayHaveLeader
    }

    /// The bytes `StructureWalker.LeaderScan` counts as leaders.
    private static func leaderBytes(_ text: String) -> Int {
        func count(_ bytes: some Sequence<UInt8>) -> Int {
            var count = 0
            for byte in bytes where byte == 0x2E || byte == 0xA6 || byte == 0xB7 || byte == 0x87 { count += 1 }
            return count
        }
        return text.utf8.withContiguousStorageIfAvailable { count($0) } ?? count(text.utf8)
    }
}
