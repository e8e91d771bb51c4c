import Foundation
@testable import PlanciteDataset
import Testing

/// Strings are escaped as Foundation escapes them wherever the character falls, in strings of every
/// length up to 26 bytes (the writer scans eight bytes at a time, and shorter strings as one word).
@Suite struct JSONTextWriterTests {
    @Test(arguments: ["\"", "\\", "\n", "\u{0}", "\u{1}", "\u{1f}", " ", "!", "#", "[", "]", "é", "\u{7f}", "\u{80}", "🎉", "~", "\u{2028}", "/"])
    func aCharacterIsEscapedAtEveryPosition(character: String) throws {
        let foundation = JSONEncoder()
        foundation.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for length in 0...25 {
            for position in 0...length {
                let filler = String(repeating: "abcdefgh", count: 4).prefix(length)
                let text = String(filler.prefix(position)) + character + String(filler.dropFirst(position))
                let ours = try JSONTextEncoder.encode([text], style: .compact)
                #expect(ours == (try foundation.encode([text])), "\(text.debugDescription)")
            }
        }
    }

    /// The byte buffer appends pieces of every length whole (short ones are copied without `memmove`).
    @Test func piecesOfEveryLengthAreAppendedWhole() {
        let bytes = (0..<48).map { UInt8(0x41 + $0) }
        let output = JSONByteBuffer(capacity: 16)
        var expected: [UInt8] = []
        for length in 0...40 {
            for offset in [0, 3, 7] {
                bytes[offset..<offset + length].withUnsafeBufferPointer { output.append($0) }
                expected += bytes[offset..<offset + length]
            }
        }
        #expect(output.withBytes { Array($0) } == expected)
    }

    /// Arrays and objects nested deeper than the prepared indentation (128 levels), one empty.
    struct Nest: Encodable {
        let depth: Int
        enum Keys: String, CodingKey { case inner, last }

        func encode(to encoder: any Encoder) throws {
            if depth % 2 == 0 {
                var container = encoder.unkeyedContainer()
                if depth > 0 { try container.encode(Nest(depth: depth - 1)) }
                try container.encode(depth)
            } else {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(Nest(depth: depth - 1), forKey: .inner)
                try container.encode([String: Int](), forKey: .last)
            }
        }
    }

    @Test(arguments: [1, 2, 3, 127, 128, 129, 140, 300])
    func deepValuesAreIndentedAlike(depth: Int) throws {
        for pretty in [false, true] {
            let foundation = JSONEncoder()
            foundation.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
            let ours = try JSONTextEncoder.encode(Nest(depth: depth), style: pretty ? .pretty : .compact)
            #expect(ours == (try foundation.encode(Nest(depth: depth))))
        }
    }
}
