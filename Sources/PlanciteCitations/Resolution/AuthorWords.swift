/// The author words (`CitationResolver.authorWordList(of:in:notesRefs:source:)`) of each source of
/// the earlier reference notes, folded once, so that an op. cit. compares its surname with lists
/// instead of folding every earlier note again.
///
/// Notes are read in document order up to the op. cit. asked about; valid while the references of
/// the notes already read do not change (a reference note's are set when it is resolved).
struct AuthorWords {
    /// Each source of the notes read: its note, reference id and author words, in document order
    /// (a note's references in their order).
    private var sources: [(note: Int, ref: String, words: [String])] = []
    /// The notes before this index are read.
    private var indexed = 0

    /// The sources of the reference notes before `index` whose author words include `surname`.
    mutating func sources(
        by surname: String, before index: Int, notes: [Note], parsed: [ParsedNote], notesRefs: [[String]]
    ) -> [(note: Int, ref: String)] {
        while indexed < index {
            let earlier = indexed
            indexed += 1
            guard notes[earlier].kind == .reference else { continue }
            for ref in notesRefs[earlier] {
                let words = CitationResolver.authorWordList(of: ref, in: parsed, notesRefs: notesRefs, source: earlier)
                sources.append((earlier, ref, words))
            }
        }
        return sources.filter { $0.note < index && $0.words.contains(surname) }.map { ($0.note, $0.ref) }
    }
}
