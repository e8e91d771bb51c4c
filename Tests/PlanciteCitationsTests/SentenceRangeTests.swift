import Testing
@testable import PlanciteCitations

/// Sentence ranges read as bytes and as characters agree at every position of ASCII text.
@Suite struct SentenceRangesByBuffer {
    @Test(arguments: [
        "First one. Second here and more. Third.", "The U.S. Department wrote it in 2019. Then Dr. Roe read it.",
        "He said \"so.\" Then left.", "No end here", "Ends with closer.) Next one? Yes! Done.", "", ".", " . ",
        "A. B. C. Initials only", "See p. 4 and fig. 2. Next", "e.g. this. And i.e. that.", "Trailing spaces.   ",
        "(Parenthetical.) Capital after. 3 starts too.",
    ])
    func byteAndCharacterRangesAgree(text: String) {
        let bytes = Array(text.utf8)
        let characters = Array(text)
        for position in 0...bytes.count + 1 {
            #expect(SentenceContext.range(in: bytes, at: position) == SentenceContext.range(in: characters, at: position))
            #expect(SentenceContext.sentence(in: bytes, at: position) == SentenceContext.sentence(in: characters, at: position))
        }
    }

    @Test func sentenceAroundAPosition() {
        let text = Array("First one. Second here and more. Third.".utf8)
        #expect(SentenceContext.sentence(in: text, at: 15) == "Second here and more.")
        #expect(SentenceContext.sentence(in: text, at: 0) == "First one.")
        #expect(SentenceContext.sentence(in: text, at: text.count) == "Third.")
    }
}
