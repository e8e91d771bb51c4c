import Foundation
@testable import PlanciteDataset
import Testing

/// Strings are escaped as Foundation escapes them wherever the character falls (the writer scans
/// eight bytes at a time).
@Suite struct JSONTextWriterTests {
    @Test(arguments: ["\"", "\\", "\n", "\u{0}", "\u{1}", "\u{1f}", " ", "!", "#", "[", "]", "é", "\u{7f}", "\u{80}", "🎉", "~"])
    func aCharacterIsEscapedAtEveryPosition(character: String) throws {
        let foundation = JSONEncoder()
        foundation.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 24] {
            for position in 0...length {
                let filler = String(repeating: "abcdefgh", count: 4).prefix(length)
                let text = String(filler.prefix(position)) + character + String(filler.dropFirst(position))
                let ours = try JSONTextEncoder.encode([text], style: .compact)
                #expect(ours == (try foundation.encode([text])), "\(text.debugDescription)")
            }
        }
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
