import Testing
import PlanciteCore
@testable import PlanciteCitations

/// Labels of digits read from bytes are the labels the rule by characters gives.
@Suite struct LabelsFromDigitBytes {
    @Test(arguments: [
        "1", "12", "123", "999", "1000", "0", "01", "007", "12345", "1.", "12)", "3:", "[4]", "[04]", "[]", "[1", "1]",
        "1..", "[12].", ".", ")", "[", "1.2", "12a", "a1", "１", "1\u{301}", "[1\u{301}]", "\r\n", "1\r\n", "[1]\r\n", "",
        "iv", "iv.", "[ii]", "*", "**.", "||", "†", "x:", "99:", "(1)", "1,",
        "“The", "—", "†.", "††", "‡‡‡", "‡‡‡‡", "§", "§§.", "¶¶", "‖", "‖)", "†\u{301}", "é", "’s", "€1", "¹", "²", "•",
        "\u{301}", "\u{2020}\u{2021}", "\u{A7}", "\u{B6}x", "\u{2016}\u{2016}", "\u{C2}", "ⅳ", "１",
    ])
    func label(word: String) {
        #expect(NoteLabel.normalising(word) == NoteLabel.normalisingByCharacters(word))
        #expect(NoteLabel.normalising(word[...]) == NoteLabel.normalisingByCharacters(word))
        var copy = word
        if case .some(let decided) = copy.withUTF8({ NoteLabel.normalisingDigits($0) }) {
            #expect(decided == NoteLabel.normalisingByCharacters(word))
        }
    }
}

/// The one-pass test for a glued label agrees with its rule.
@Suite struct GluedLabelPrecheck {
    @Test(arguments: [
        "1.Ibid.", "12)See", "Ibid.", "Agency", "abcd.e", "abcde.", "a", "", "1.", "x\r\n.", "é.", "1.“Q”", "[12].x",
        "longer word without", "12345)", "\u{301}1.A", "a\rb",
    ])
    func precheck(word: String) {
        let rule = word.hasOneCharacterPerByte && !word.utf8.prefix(5).contains(where: { $0 == 0x2E || $0 == 0x29 })
        #expect(NoteSegmenter.hasNoGluedCut(word) == rule)
    }
}
