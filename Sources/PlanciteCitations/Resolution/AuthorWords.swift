/// The sources of earlier reference notes listed under each of their author words
/// (`CitationResolver.authorWords(of:in:notesRefs:source:)`), so that an op. cit. looks its surname
/// up once instead of comparing it with every earlier note.
///
/// Notes are indexed in document order up to the op. cit. asked about; valid while the references of
/// the notes already indexed do not change (a reference note's are set when it is resolved).
struct AuthorWords {
    /// Per folded word: the note and reference id of each source whose author words hold it, in
    /// document order (the note's references in their order).
    private var sources: [String: [(note: Int, ref: String)]] = [:]
    /// The notes before this index are indexed.
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
                for word in CitationResolver.authorWords(of: ref, in: parsed, notesRefs: notesRefs, source: earlier) {
                    sources[word, default: []].append((earlier, ref))
                }
            }
        }
        return sources[surname] ?? []
    }
}
