import Foundation
import PlanciteCore

/// Parses notes and resolves Ibid., Id., supra and op. cit. to the notes that hold their sources.
///
/// Rules (Chicago 16.47, Bluebook 4.1–4.2):
/// - `Ibid.`/`Id.` repeat the single source of the immediately preceding note, through chains of
///   ibids; after a note with several sources the ibid is ambiguous (`ambiguous-ibid`); first, or
///   after a note that cites nothing, it is unresolved (`ibid-without-antecedent`).
/// - `supra note N` repeats note N's source; N must come earlier (`supra-forward`, the target still
///   recorded as antecedent when it cites one source) and exist (`unresolved-supra`); the note's own
///   series is searched first.
/// - `Author, op. cit.` repeats the latest earlier work by that surname; several works by the author
///   make it ambiguous (`ambiguous-op-cit`), none unresolved (`unresolved-op-cit`).
/// Unresolved cases are errors, ambiguous ones warnings; nothing is guessed.
public struct CitationResolver {
    /// Notes with kind, parse results, antecedents and references filled in; the CSL items; the problems.
    public struct Resolution: Sendable, Equatable {
        public var notes: [Note]
        public var references: [CSLItem]
        public var diagnostics: [Diagnostic]
    }

    public init() {}

    /// Resolves notes given in document order; `citedBy` (when filled) orders the reference ids.
    public func resolve(_ input: [Note]) -> Resolution {
        var notes = input
        var diagnostics: [Diagnostic] = []
        let parsed = notes.map { note -> ParsedNote in
            var parser = NoteTextParser(note.text)
            return parser.parse()
        }
        for index in notes.indices {
            // Fields read in place: no copy of the parse result per note.
            notes[index].kind = parsed[index].kind
            notes[index].urls = parsed[index].urls
            notes[index].dois = parsed[index].dois
            notes[index].years = parsed[index].years
            notes[index].pinpoint = parsed[index].pinpoint
            notes[index].antecedent = nil
            notes[index].ambiguous = false
            for url in parsed[index].malformedURLs {
                diagnostics.append(
                    Diagnostic(
                        code: "malformed-url", severity: .error,
                        message: "note \"\(notes[index].label)\" has a malformed URL \"\(url)\"; write it as https://host.domain/path",
                        page: notes[index].page, label: notes[index].label, bbox: notes[index].bbox))
            }
        }
        let (references, sourceRefs) = CitationResolver.references(notes: notes, parsed: parsed)

        // holder[i]: the note that holds the full source note i repeats (itself for references).
        var holder: [Int?] = Array(repeating: nil, count: notes.count)
        var chosen: [[String]] = Array(repeating: [], count: notes.count)
        var authorWords = AuthorWords()
        var labelIndex: [String: [Int]] = [:]
        for index in notes.indices {
            // The note is copied out only where its fields are read for a diagnostic.
            switch notes[index].kind {
            case .reference:
                holder[index] = index
                chosen[index] = sourceRefs[index]
            case .comment:
                break
            case .ibid, .id:
                let note = notes[index]
                let word = note.kind == .ibid ? "Ibid." : "Id."
                guard index > 0 else {
                    diagnostics.append(problem("ibid-without-antecedent", .error, note, "note \"\(note.label)\" says \(word) but no note comes before it; write the full citation"))
                    continue
                }
                let previous = notes[index - 1]
                if let source = holder[index - 1], chosen[index - 1].count <= 1 {
                    holder[index] = source
                    chosen[index] = chosen[index - 1]
                } else if previous.ambiguous || chosen[index - 1].count > 1 {
                    notes[index].ambiguous = true
                    let why = previous.ambiguous
                        ? "note \"\(previous.label)\" before it is itself ambiguous"
                        : "note \"\(previous.label)\" before it cites \(chosen[index - 1].count) sources"
                    diagnostics.append(problem("ambiguous-ibid", .warning, note, "note \"\(note.label)\" says \(word) but \(why); name the source instead"))
                } else {
                    let why = previous.kind == .comment
                        ? "note \"\(previous.label)\" before it cites no source"
                        : "note \"\(previous.label)\" before it could not be resolved"
                    diagnostics.append(problem("ibid-without-antecedent", .error, note, "note \"\(note.label)\" says \(word) but \(why); write the full citation"))
                }
            case .supra:
                resolveSupra(
                    index, notes: &notes, parsed: parsed, sourceRefs: sourceRefs, holder: &holder, chosen: &chosen,
                    labelIndex: &labelIndex, diagnostics: &diagnostics)
            case .opCit:
                resolveOpCit(
                    index, notes: &notes, parsed: parsed, holder: &holder, chosen: &chosen, authorWords: &authorWords,
                    diagnostics: &diagnostics)
            }
        }
        for index in notes.indices {
            if let source = holder[index], source != index { notes[index].antecedent = notes[source].id }
            notes[index].reference = chosen[index].first
            notes[index].references = chosen[index]
        }
        return Resolution(notes: notes, references: references, diagnostics: diagnostics)
    }

    /// `labelIndex`: each label's notes in order, filled on the first call (labels do not change).
    private func resolveSupra(
        _ index: Int, notes: inout [Note], parsed: [ParsedNote], sourceRefs: [[String]], holder: inout [Int?], chosen: inout [[String]],
        labelIndex: inout [String: [Int]], diagnostics: inout [Diagnostic]
    ) {
        let note = notes[index]
        let target = parsed[index].supraTarget ?? ""
        if labelIndex.isEmpty {
            for position in notes.indices { labelIndex[notes[position].label, default: []].append(position) }
        }
        let anySeries = labelIndex[target] ?? []
        let sameSeries = anySeries.filter { notes[$0].series == note.series }
        let candidates = sameSeries.isEmpty ? anySeries : sameSeries
        guard !candidates.isEmpty else {
            diagnostics.append(problem("unresolved-supra", .error, note, "note \"\(note.label)\" refers to note \(target) with supra, but there is no note \(target)"))
            return
        }
        guard let targetIndex = candidates.last(where: { $0 < index }) else {
            diagnostics.append(problem("supra-forward", .error, note, "note \"\(note.label)\" refers to note \(target) with supra, which comes later; supra must point to an earlier note"))
            // The target is named explicitly: keep it when it cites one source in full.
            if let forward = candidates.first, notes[forward].kind == .reference,
                parsed[forward].sources.count == 1
            {
                holder[index] = forward
                chosen[index] = sourceRefs[forward]
            }
            return
        }
        guard let source = holder[targetIndex] else {
            diagnostics.append(problem("unresolved-supra", .error, note, "note \"\(note.label)\" refers to note \(target) with supra, but note \(target) cites no resolvable source"))
            return
        }
        var refs = chosen[targetIndex]
        if refs.count > 1, let surname = CitationResolver.surname(parsed[index].author) {
            let matching = refs.filter { ref in CitationResolver.author(of: ref, in: parsed, notesRefs: chosen, source: source, matches: surname) }
            if !matching.isEmpty { refs = matching }
        }
        if refs.count > 1 {
            notes[index].ambiguous = true
            diagnostics.append(problem("ambiguous-supra", .warning, note, "note \"\(note.label)\" refers to note \(target) with supra, but note \(target) cites \(refs.count) sources; name the author"))
            return
        }
        holder[index] = source
        chosen[index] = refs
    }

    private func resolveOpCit(
        _ index: Int, notes: inout [Note], parsed: [ParsedNote], holder: inout [Int?], chosen: inout [[String]],
        authorWords: inout AuthorWords, diagnostics: inout [Diagnostic]
    ) {
        let note = notes[index]
        guard let surname = CitationResolver.surname(parsed[index].author) else {
            diagnostics.append(problem("unresolved-op-cit", .error, note, "note \"\(note.label)\" says op. cit. without an author; name the author"))
            return
        }
        var works: [String] = []
        var latest: [String: Int] = [:]
        for (earlier, ref) in authorWords.sources(by: surname, before: index, notes: notes, parsed: parsed, notesRefs: chosen) {
            if latest.updateValue(earlier, forKey: ref) == nil { works.append(ref) }
        }
        if works.isEmpty {
            diagnostics.append(problem("unresolved-op-cit", .error, note, "note \"\(note.label)\" cites \(surname), op. cit., but no earlier note cites a work by \(surname)"))
        } else if works.count > 1 {
            notes[index].ambiguous = true
            diagnostics.append(problem("ambiguous-op-cit", .warning, note, "note \"\(note.label)\" cites \(surname), op. cit., but earlier notes cite \(works.count) works by \(surname); use a short title instead"))
        } else {
            holder[index] = latest[works[0]]
            chosen[index] = works
        }
    }

    /// True when the source `ref` of note `source` has an author whose surname is `surname`.
    private static func author(
        of ref: String, in parsed: [ParsedNote], notesRefs: [[String]], source: Int, matches surname: String
    ) -> Bool {
        authorWords(of: ref, in: parsed, notesRefs: notesRefs, source: source).contains(surname)
    }

    /// The folded words that may be the surname of the author of source `ref` of note `source`:
    /// its authors' family names, or — no author parsed (the source follows prose) — all its words.
    static func authorWords(
        of ref: String, in parsed: [ParsedNote], notesRefs: [[String]], source: Int
    ) -> Set<String> {
        Set(authorWordList(of: ref, in: parsed, notesRefs: notesRefs, source: source))
    }

    /// The words of `authorWords(of:in:notesRefs:source:)` as a list (repeats kept).
    static func authorWordList(
        of ref: String, in parsed: [ParsedNote], notesRefs: [[String]], source: Int
    ) -> [String] {
        var names: [String: [String]] = [:]
        return authorWordList(of: ref, in: parsed, notesRefs: notesRefs, source: source, names: &names)
    }

    /// `authorWordList(of:in:notesRefs:source:)`, the folded words of each name looked up in (and
    /// added to) `names`: the same authors recur from note to note.
    static func authorWordList(
        of ref: String, in parsed: [ParsedNote], notesRefs: [[String]], source: Int, names: inout [String: [String]]
    ) -> [String] {
        guard let position = notesRefs[source].firstIndex(of: ref), position < parsed[source].sources.count else { return [] }
        let item = parsed[source].sources[position]
        guard let authors = item.author else { return proseWords(item.note ?? "").map(folded) }
        var words: [String] = []
        for name in authors {
            let text = name.family ?? name.literal ?? ""
            if let known = names[text] {
                words += known
            } else {
                let found = ReferenceParser.words(of: text).map(folded)
                names[text] = found
                words += found
            }
        }
        return words
    }

    /// The runs of letters, `-`, `’` and `'` in a text (`text.split { !$0.isLetter && … }`); in
    /// grapheme-simple text each scalar is a character, tested on its own (ASCII ones by byte).
    static func proseWords(_ text: String) -> [String] {
        guard ASCIIBytes.isGraphemeSimple(text) else {
            return text.split { !$0.isLetter && $0 != "-" && $0 != "’" && $0 != "'" }.map(String.init)
        }
        let scalars = text.unicodeScalars
        var words: [String] = []
        var start = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let value = scalar.value
            let inWord = value < 0x80
                ? value &- 0x41 < 26 || value &- 0x61 < 26 || value == 0x2D || value == 0x27
                : value == 0x2019 || Character(scalar).isLetter
            if !inWord {
                if start < index { words.append(String(scalars[start..<index])) }
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        if start < scalars.endIndex { words.append(String(scalars[start...])) }
        return words
    }

    /// The folded last word of the first person named (`Jane Doe and John Roe` → `doe`).
    static func surname(_ author: String?) -> String? {
        guard let author else { return nil }
        let last: Substring
        if author.hasOneCharacterPerByte {
            guard let word = lastWordOfFirstPerson(ascii: author) else { return nil }
            last = word
        } else {
            let people = author.components(separatedBy: " and ")
            guard let word = people.first?.split(separator: " ").last else { return nil }
            last = word
        }
        let word = folded(String(last))
        return word.isEmpty ? nil : word
    }

    /// `author.components(separatedBy: " and ").first?.split(separator: " ").last` for text of one
    /// character per byte: the bytes before the first ` and `, their last run without a space.
    static func lastWordOfFirstPerson(ascii author: String) -> Substring? {
        let utf8 = author.utf8
        var end = utf8.endIndex
        let pattern: [UInt8] = [0x20, 0x61, 0x6E, 0x64, 0x20]  // " and "
        var index = utf8.startIndex
        search: while index < utf8.endIndex {
            var probe = index
            for byte in pattern {
                guard probe < utf8.endIndex, utf8[probe] == byte else {
                    utf8.formIndex(after: &index)
                    continue search
                }
                utf8.formIndex(after: &probe)
            }
            end = index
            break
        }
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { utf8.formIndex(before: &end) }
        guard end > utf8.startIndex else { return nil }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != 0x20 { utf8.formIndex(before: &start) }
        return Substring(utf8[start..<end])
    }

    static func folded(_ word: String) -> String {
        let trimmed = word.trimmingTrailingPunctuation()
        // Folding ASCII only lowercases it.
        if trimmed.isASCII { return ASCIIBytes.lowercased(trimmed) }
        return trimmed.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The number closing a marker id (`marker-12` → 12): `Int(id.split(separator: "-").last ?? "")`,
    /// read from the bytes when the last run without a `-` byte is one to eighteen ASCII digits
    /// (a `-` before digits is a character of its own, and digits end the text).
    static func markerNumber(_ id: String) -> Int? {
        var text = id
        let number = text.withUTF8 { bytes -> Int? in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x2D { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != 0x2D { start -= 1 }
            guard start < end, end - start <= 18 else { return nil }
            var value = 0
            for index in start..<end {
                guard ASCIIBytes.isDigit(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] &- 0x30)
            }
            return value
        }
        return number ?? Int(id.split(separator: "-").last ?? "")
    }

    /// CSL items for every distinct source, numbered in order of first citation; and each note's item ids.
    static func references(notes: [Note], parsed: [ParsedNote]) -> ([CSLItem], [[String]]) {
        // The lowest number among a note's citing markers (`citedBy.compactMap(markerNumber).min()`).
        func firstCitation(_ citedBy: [String]) -> Int {
            var lowest = Int.max
            for id in citedBy {
                if let number = CitationResolver.markerNumber(id), number < lowest { lowest = number }
            }
            return lowest
        }
        let first = notes.indices.map { firstCitation(notes[$0].citedBy) }
        let order = notes.indices.sorted { (first[$0], $0) < (first[$1], $1) }
        var items: [CSLItem] = []
        var idByKey: [String: String] = [:]
        idByKey.reserveCapacity(notes.count)
        var refs: [[String]] = Array(repeating: [], count: notes.count)
        for index in order where parsed[index].kind == .reference {
            for source in parsed[index].sources {
                let key = ReferenceParser.sourceKey(source)
                if let id = idByKey[key] {
                    refs[index].append(id)
                    continue
                }
                var item = source
                item.id = "ref-\(items.count + 1)"
                idByKey[key] = item.id
                items.append(item)
                refs[index].append(item.id)
            }
        }
        return (items, refs)
    }

    private func problem(_ code: String, _ severity: Severity, _ note: Note, _ message: String) -> Diagnostic {
        Diagnostic(code: code, severity: severity, message: message, page: note.page, label: note.label, bbox: note.bbox)
    }
}
