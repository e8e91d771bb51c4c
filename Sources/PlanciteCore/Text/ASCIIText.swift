extension StringProtocol {
    /// True when every UTF-8 byte is ASCII.
    public var isASCII: Bool {
        utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// True when the text is ASCII without a carriage return, so that each byte is one `Character`
    /// (CR LF is the only pair of ASCII scalars that forms one character).
    public var hasOneCharacterPerByte: Bool {
        func check(_ bytes: some Sequence<UInt8>) -> Bool { bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        return utf8.withContiguousStorageIfAvailable(check) ?? check(utf8)
    }
}
