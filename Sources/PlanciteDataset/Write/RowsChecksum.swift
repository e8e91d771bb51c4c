/// A 64-bit checksum of a rows cache body, to tell a damaged or cut cache from an intact one.
///
/// Not cryptographic, and it need not be: the checksum sits in the same file as the body, so
/// whoever can rewrite the body can rewrite any hash beside it, SHA-256 included. What ties a
/// cache to its document is the document's SHA-256 in the header. Eight bytes a step: a
/// multiply and two shifts per word, so checking a cache costs a small part of reading it.
enum RowsChecksum {
    /// 16 lowercase hex digits.
    static func hex(of bytes: UnsafeRawBufferPointer) -> String {
        let value = checksum(of: bytes)
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: (0..<16).map { digits[Int((value >> (60 - 4 * UInt64($0))) & 0xF)] }, as: UTF8.self)
    }

    static func checksum(of bytes: UnsafeRawBufferPointer) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        @inline(__always)
        func step(_ offset: Int) {
            hash = (hash ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))) &* multiplier
            hash ^= hash >> 29
        }
        var offset = 0
        // Four words a turn of the loop, then one at a time: the same steps in the same order.
        while offset &+ 32 <= bytes.count {
            step(offset)
            step(offset &+ 8)
            step(offset &+ 16)
            step(offset &+ 24)
            offset &+= 32
        }
        while offset &+ 8 <= bytes.count {
            step(offset)
            offset &+= 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
        hash = (hash ^ tail) &* multiplier
        // Final mix (MurmurHash3's), so that every input bit reaches every output bit.
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }
}
