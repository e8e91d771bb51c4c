import CCrypto

/// SHA-256 (FIPS 180-4), for content hashes in manifests, computed by OpenSSL's libcrypto
/// (hardware SHA instructions where the processor has them).
///
/// A value type: a copy hashes on independently of the original.
public struct SHA256: Sendable {
    /// OpenSSL's context is a plain C struct without pointers, so copying it copies the state.
    private var context = SHA256_CTX()

    public init() { SHA256_Init(&context) }

    /// The hex digest of `bytes`.
    public static func hex<C: Collection>(of bytes: C) -> String where C.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalizeHex()
    }

    /// Feeds more bytes.
    public mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ absorb(UnsafeRawBufferPointer($0)) }) == nil {
            Array(bytes).withUnsafeBytes { absorb($0) }
        }
    }

    private mutating func absorb(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        SHA256_Update(&context, base, bytes.count)
    }

    /// The digest of the bytes so far, as 64 lowercase hex digits; more bytes may follow.
    public func finalizeHex() -> String {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        var finished = context  // SHA256_Final wipes the context it is given.
        SHA256_Final(&digest, &finished)
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
