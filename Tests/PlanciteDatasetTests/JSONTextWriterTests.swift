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
}
