// Inlinable, so that each caller gets a version specialised for its string type: these run on
// every token of the hot stages.
extension StringProtocol {
    /// True when every UTF-8 byte is ASCII.
    @inlinable
    public var isASCII: Bool {
        utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// True when the text is ASCII without a carriage return, so that each byte is one `Character`
    /// (CR LF is the only pair of ASCII scalars that forms one character).
    @inlinable
    public var hasOneCharacterPerByte: Bool {
        utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
            ?? utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }
}
