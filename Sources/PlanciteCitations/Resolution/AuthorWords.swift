/// `CitationResolver.authorWords(of:in:notesRefs:source:)` kept per note and reference, so that
/// each op. cit. compares its surname with sets instead of folding every earlier note again.
/// Valid while the notes' references do not change (a reference note's are set when it is resolved).
struct AuthorWords {
    private var cache: [Int: [String: Set<String>]] = [:]

    mutating func words(of ref: String, in parsed: [ParsedNote], notesRefs: [[String]], source: Int) -> Set<String> {
        if let words = cache[source]?[ref] { return words }
        let words = CitationResolver.authorWords(of: ref, in: parsed, notesRefs: notesRefs, source: source)
        cache[source, default: [:]][ref] = words
        return words
    }
}
