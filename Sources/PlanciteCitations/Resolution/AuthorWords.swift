/// The author words (`CitationResolver.authorWordList(of:in:notesRefs:source:)`) of each source of
/// the earlier reference notes, folded once and indexed by word, so that an op. cit. looks its
/// surname up instead of folding every earlier note again or comparing it with every source.
///
/// Notes are read in document order up to the op. cit. asked about; valid while the references of
/// the notes already read do not change (a reference note's are set when it is resolved).
struct AuthorWords {
    /// Each source of the notes read: its note and reference id, in document order (a note's
    /// references in their order).
    private var sources: [(note: Int, ref: String)] = []
    /// For each author word, the sources (indices into `sources`) whose words hold it, in order.
    private var sourcesByWord: [String: [Int]] = [:]
    /// The folded words of each author name met.
    private var wordsOfNames: [String: [String]] = [:]
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
                let source = sources.count
                sources.append((earlier, ref))
                let words = CitationResolver.authorWordList(
                    of: ref, in: parsed, notesRefs: notesRefs, source: earlier, names: &wordsOfNames)
                // One look-up per word: a word repeated in the source is listed once.
                func add(_ source: Int, to list: inout [Int]) { if list.last != source { list.append(source) } }
                for word in words { add(source, to: &sourcesByWord[word, default: []]) }
            }
        }
        let read = sources
        return (sourcesByWord[surname] ?? []).map { read[$0] }.filter { $0.note < index }
    }
}
