import Testing
@testable import PlanciteCitations

/// The container after a quoted title, read from the bytes of ASCII text, is what the rule by
/// characters gives.
@Suite struct ContainersFromBytes {
    /// The rule: the first top-level piece without its parenthetical and trailing punctuation, when it
    /// has two characters or more, starts with a capital, is no URL and opens with no access word or month.
    static func reference(_ rest: String) -> String? {
        let piece = ReferenceParser.trimmedPieces(of: rest, at: 0x2C).first { !$0.isEmpty } ?? ""
        let candidate = ReferenceParser.strippingParenthetical(piece).trimmingTrailingPunctuation()
        let lower = candidate.lowercased()
        let firstWord = lower.split(separator: " ").first.map(String.init) ?? ""
        guard candidate.count >= 2, candidate.first?.isUppercase == true, URLScanner.normalise(candidate) == nil,
            !URLScanner.startsLikeURL(candidate), !lower.hasPrefix("accessed"), !lower.hasPrefix("retrieved"),
            ReferenceParser.months[firstWord.trimmingTrailingPunctuation()] == nil
        else { return nil }
        return candidate
    }

    @Test(arguments: [
        " Journal of Plains Law 12 (2019): 33–40.", ", Plains Review, 4", " accessed May 3, 2020", " Accessed May 3",
        " Retrieved from x", " RETRIEVEDX", " May 2019 issue", " June, 2020", " Jun. 4", " Janitor Weekly, 3", " Mar",
        " MARCH 4", " Dec.", " December.", " Decade Review", " https://example.org/a", " www.x.org", " Www Review",
        " example.gov", " x", " X", " Xy", " 12 Review", " (Chicago: Press, 2010)", " “Inner,” Outer", " Über Review, 3",
        " É", " Ab\u{301}c Review", " A\r\nB", " a Review", "", " Q.", " Apr", " Apron Weekly", " Septet, 2", " Sept. 9",
        " Nov\u{301} Review", " Accessedly", " Law Review (2019)",
    ])
    func container(rest: String) {
        #expect(ReferenceParser.container(after: rest) == Self.reference(rest))
    }
}
