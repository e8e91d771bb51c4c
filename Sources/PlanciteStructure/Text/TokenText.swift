import PlanciteLayout

/// The text of a block or line with superscripts left out, as `Block.text` gives it.
///
/// Writes the tokens' UTF-8 bytes straight into the string's storage instead of appending strings token by token.
enum TokenText {
    /// `block.text`.
    static func text(of block: Block) -> String {
        let lines = block.lines
        var length = 0
        for index in lines.indices { length += byteCount(lines[index].tokens) }
        guard length > 0 else { return "" }
        // Writes the bytes straight into the string's storage: no byte array, no second copy.
        return String(unsafeUninitializedCapacity: length) { buffer in
            var count = 0
            for index in lines.indices { count = write(lines[index].tokens, into: buffer, at: count) }
            return count
        }
    }

    /// `Block.render(tokens, superscripts: .omit)`.
    static func text(of tokens: [Token]) -> String {
        let length = byteCount(tokens)
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { buffer in
            write(tokens, into: buffer, at: 0)
        }
    }

    /// At least the bytes the tokens' text takes.
    private static func byteCount(_ tokens: [Token]) -> Int {
        var count = 0
        for index in tokens.indices { count += tokens[index].text.utf8.count + 1 }
        return count
    }

    /// Writes the tokens' text (a space before a token that has one, but at the start) from
    /// `start` on; returns the new end. Reads each token's fields in place (no copy of the token)
    /// and its text's contiguous bytes. `buffer` holds at least `byteCount(tokens)` more bytes.
    private static func write(_ tokens: [Token], into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        guard let base = buffer.baseAddress else { return start }
        // Reads the tokens from their buffer: each token's text is borrowed, not retained.
        return tokens.withUnsafeBufferPointer { tokens -> Int in
            var count = start
            for index in tokens.indices where tokens[index].kind != .superscript {
                if tokens[index].spaceBefore && count > 0 {
                    base[count] = 0x20
                    count += 1
                }
                let copied = tokens[index].text.utf8.withContiguousStorageIfAvailable { source -> Int in
                    if let from = source.baseAddress { (base + count).update(from: from, count: source.count) }
                    return source.count
                }
                if let copied {
                    count += copied
                } else {
                    for byte in tokens[index].text.utf8 {
                        base[count] = byte
                        count += 1
                    }
                }
            }
            return count
        }
    }

    /// The text of the first token that is not a superscript (`text(of: block)` starts with it)
    /// and the last byte of the last one (`text(of: block)` ends with it), when both tokens hold
    /// text; nil otherwise (a space may then be written first or last). Reads only those two tokens.
    static func edges(of lines: [Line]) -> (firstToken: String, last: UInt8)? {
        // Lines and tokens read through pointers: no token is copied to read its kind.
        lines.withUnsafeBufferPointer { lines -> (firstToken: String, last: UInt8)? in
            var firstToken: String?
            finding: for line in lines.indices {
                let found = lines[line].tokens.withUnsafeBufferPointer { tokens -> String? in
                    for index in tokens.indices where tokens[index].kind != .superscript { return tokens[index].text }
                    return nil
                }
                if let found {
                    firstToken = found
                    break finding
                }
            }
            guard let firstToken, !firstToken.isEmpty else { return nil }
            for line in lines.indices.reversed() {
                let found = lines[line].tokens.withUnsafeBufferPointer { tokens -> UInt8?? in
                    for index in tokens.indices.reversed() where tokens[index].kind != .superscript {
                        return .some(tokens[index].text.utf8.last)
                    }
                    return nil
                }
                // A last token without text: nil, as a space may be written last.
                if let found { return found.map { (firstToken, $0) } }
            }
            return nil
        }
    }

    /// The text of the first token that is not a superscript (`text(of: tokens)` starts with it
    /// when it is not empty), read in place; nil when there is none.
    static func firstText(of tokens: [Token]) -> String? {
        tokens.withUnsafeBufferPointer { tokens -> String? in
            for index in tokens.indices where tokens[index].kind != .superscript { return tokens[index].text }
            return nil
        }
    }

    /// The last character of `text(of: tokens)`, read from the last bytes when they are ASCII.
    static func lastCharacter(of tokens: [Token]) -> Character? {
        let (last, beforeLast) = lastBytes(of: tokens)
        guard let last else { return nil }
        if isOneCharacter(last, after: beforeLast) { return Character(Unicode.Scalar(last)) }
        return text(of: tokens).last
    }

    /// The last character of `text(of: tokens)` as its byte when it is one ASCII byte; nil when
    /// the text is empty or ends in another character.
    static func lastASCIICharacter(of tokens: [Token]) -> UInt8? {
        let (last, beforeLast) = lastBytes(of: tokens)
        guard let last, isOneCharacter(last, after: beforeLast) else { return nil }
        return last
    }

    /// Two ASCII scalars are two characters, but for CR LF.
    private static func isOneCharacter(_ last: UInt8, after beforeLast: UInt8?) -> Bool {
        last < 0x80 && (beforeLast.map { $0 < 0x80 && !($0 == 0x0D && last == 0x0A) } ?? true)
    }

    /// The last two bytes of `text(of: tokens)`, read from the end (tokens read in place).
    private static func lastBytes(of tokens: [Token]) -> (last: UInt8?, beforeLast: UInt8?) {
        var last: UInt8?
        var beforeLast: UInt8?
        var index = tokens.endIndex
        reading: while index > tokens.startIndex {
            index -= 1
            guard tokens[index].kind != .superscript else { continue }
            let utf8 = tokens[index].text.utf8
            var position = utf8.endIndex
            while position > utf8.startIndex {
                utf8.formIndex(before: &position)
                if last == nil {
                    last = utf8[position]
                } else {
                    beforeLast = utf8[position]
                    break reading
                }
            }
            if tokens[index].spaceBefore,
                tokens[..<index].contains(where: { $0.kind != .superscript && !$0.text.isEmpty })
            {
                if last == nil {
                    last = 0x20
                } else {
                    beforeLast = 0x20
                    break
                }
            }
        }
        return (last, beforeLast)
    }

    /// False when `line.text` (superscripts written `^label`) cannot show a dotted leader: the
    /// bytes `StructureWalker.mayHaveLeader(raw:)` reads, without building the text.
    static func mayHaveLeader(_ line: Line) -> Bool {
        mayHaveLeader(tokens: line.tokens)
    }

    /// `mayHaveLeader(_:)` for a line's tokens.
    static func mayHaveLeader(tokens: [Token]) -> Bool {
        // Most lines end in a letter that no page number ends in: read the last bytes first.
        guard mayEndInPageNumber(tokens) else { return false }
        // Most lines have fewer than three leader bytes: count them next, in one tight loop per token.
        var leaders = 0
        for index in tokens.indices { leaders += leaderBytes(tokens[index].text) }
        guard leaders >= 3 else { return false }
        var scan = StructureWalker.LeaderScan()
        for token in tokens {
            if token.kind == .superscript { scan.read(0x5E) }
            for byte in token.text.utf8 { scan.read(byte) }
        }
        return scan.mayHaveLeader
    }

    /// The condition `StructureWalker.LeaderScan.mayHaveLeader` puts on the last two bytes that are
    /// not white space (`^` before a superscript's text), read from the end of the tokens.
    static func mayEndInPageNumber(_ tokens: [Token]) -> Bool {
        var last: UInt8 = 0x20
        var beforeLast: UInt8 = 0x20
        var found = 0
        var index = tokens.endIndex
        // No closure and no captured state: a plain loop over the last bytes, most often two.
        while found < 2 && index > tokens.startIndex {
            index -= 1
            let utf8 = tokens[index].text.utf8
            let read: Void? = utf8.withContiguousStorageIfAvailable { bytes in
                var position = bytes.count
                while found < 2 && position > 0 {
                    position -= 1
                    let byte = bytes[position]
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
                    if found == 0 { last = byte } else { beforeLast = byte }
                    found += 1
                }
            }
            var position = utf8.endIndex
            while read == nil && found < 2 && position > utf8.startIndex {
                utf8.formIndex(before: &position)
                let byte = utf8[position]
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
                if found == 0 { last = byte } else { beforeLast = byte }
                found += 1
            }
            if found < 2 && tokens[index].kind == .superscript {
                if found == 0 { last = 0x5E } else { beforeLast = 0x5E }
                found += 1
            }
        }
        if last >= 0x80 || beforeLast >= 0x80 { return true }
        return (last >= 0x30 && last <= 0x39) || last == 0x69 || last == 0x76 || last == 0x78 || last == 0x6C
            || last == 0x63
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
