import PlanciteDataset

/// The notes of one record with how each resolved: ibid chains drawn as arrows, problems highlighted.
struct NotesSection {
    let record: DocumentRecord

    /// Kinds whose note must point back at an earlier one.
    static let backReferences: Set<String> = ["ibid", "id", "op-cit", "supra"]

    var html: String {
        let notes = record.notes
        var out = ""
        let orphans = record.markers.filter { $0.note == nil }
        if !orphans.isEmpty {
            out += "<p class=\"problem\">Markers with no note: "
            out += orphans.map { "<span class=\"chip unresolved\">\(esc($0.label)) p. \($0.page)</span>" }.joined(separator: " ")
            out += "</p>\n"
        }
        guard !notes.isEmpty else { return out + "<p class=\"empty\">No notes found.</p>\n" }
        out += NoteArcDiagram(documentID: record.id, notes: notes).svg
        out += "<div class=\"scroll\"><table class=\"notes\">\n"
        out += "<thead><tr><th>Note</th><th>Page</th><th>Kind</th><th>Resolves to</th><th>Text</th></tr></thead>\n<tbody>\n"
        let byID = Dictionary(notes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for note in notes {
            let state = Self.state(of: note)
            out += "<tr id=\"\(HTMLText.anchor(record.id, note.id))\" class=\"\(state)\">"
            out += "<td>\(esc(note.label))</td><td>\(note.page)</td>"
            out += "<td><span class=\"kind \(esc(note.kind))\">\(esc(note.kind))</span></td>"
            out += "<td>\(resolution(of: note, byID: byID))</td>"
            out += "<td>\(esc(note.text))\(links(note))</td></tr>\n"
        }
        return out + "</tbody></table></div>\n"
    }

    /// `ambiguous`, `unresolved`, `uncited` or `ok`.
    static func state(of note: NoteRecord) -> String {
        if note.ambiguous { return "ambiguous" }
        if backReferences.contains(note.kind) && note.antecedent == nil { return "unresolved" }
        if note.citedBy.isEmpty { return "uncited" }
        return "ok"
    }

    private func resolution(of note: NoteRecord, byID: [String: NoteRecord]) -> String {
        var parts: [String] = []
        if note.ambiguous {
            parts.append("<span class=\"chip ambiguous\">ambiguous</span>")
        }
        if note.antecedent != nil {
            parts.append("<span class=\"chain\">" + chain(from: note, byID: byID) + "</span>")
        } else if Self.backReferences.contains(note.kind) && !note.ambiguous {
            parts.append("<span class=\"chip unresolved\">unresolved</span>")
        }
        if let pinpoint = note.pinpoint { parts.append("<span class=\"pin\">at \(esc(pinpoint))</span>") }
        if let reference = note.reference { parts.append("<code>\(esc(reference))</code>") }
        if note.citedBy.isEmpty { parts.append("<span class=\"chip uncited\">not cited</span>") }
        return parts.joined(separator: " ")
    }

    /// `5 → 4 → 3`: the note, then each antecedent in turn, as links to their rows.
    private func chain(from note: NoteRecord, byID: [String: NoteRecord]) -> String {
        var steps = [esc(note.label)]
        var seen: Set<String> = [note.id]
        var next = note.antecedent
        while let id = next, !seen.contains(id) {
            seen.insert(id)
            guard let antecedent = byID[id] else {
                steps.append("<span class=\"chip unresolved\">\(esc(id))?</span>")
                break
            }
            steps.append("<a href=\"#\(HTMLText.anchor(record.id, antecedent.id))\">\(esc(antecedent.label))</a>")
            next = antecedent.antecedent
        }
        return steps.joined(separator: " <span class=\"arrow\">→</span> ")
    }

    private func links(_ note: NoteRecord) -> String {
        let urls = note.urls.filter(HTMLText.isLinkable)
        let dois = note.dois.map { "https://doi.org/" + $0 }
        guard !(urls.isEmpty && dois.isEmpty) else { return "" }
        let anchors = (urls + dois).map { "<a href=\"\(esc($0))\" rel=\"noreferrer\">\(esc($0))</a>" }
        return "<div class=\"urls\">" + anchors.joined(separator: " ") + "</div>"
    }
}
