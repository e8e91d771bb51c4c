import Testing
@testable import PlanciteCitations

/// The byte split of grapheme-simple text gives what the rule by `Character`s gives.
@Suite struct TopLevelSplitByBytes {
    @Test(arguments: [
        "Doe, Plains (Chicago: Press, 2010), 12", "a; b (c; d); [e; f]; g", "“Rivers, Lakes,” Journal, 4",
        "\"a, b\", c", "x) , y], z", "((a, b), c), d", "~^_`{|}, ~", "é, ü; ç", "a\u{9C}, b\u{9D}, c",
        "— x —, … y; ‘z’, ’w’", "", ",", ";;", "Office of Plans, Report on Things, 2021; See Doe, Title",
        "“open, never closed, a", "\"one\" \"two, three\", four", "tab\t,\tnext", "Ünïcödé (à, b), c",
    ])
    func split(text: String) {
        #expect(ReferenceParser.splitTopLevel(text, at: ",") == ReferenceParser.splitTopLevelByCharacters(text, at: ","))
        #expect(ReferenceParser.splitTopLevel(text, at: ";") == ReferenceParser.splitTopLevelByCharacters(text, at: ";"))
    }

    /// Only `"` `(` `)` `[` `]` and the bytes `9C` `9D` can change the state of the split.
    @Test func plainBytes() {
        let stateBytes: Set<UInt8> = [0x22, 0x28, 0x29, 0x5B, 0x5D, 0x9C, 0x9D]
        for byte in UInt8.min...UInt8.max {
            #expect(ReferenceParser.isPlainSplitByte(byte) == !stateBytes.contains(byte))
        }
    }
}
