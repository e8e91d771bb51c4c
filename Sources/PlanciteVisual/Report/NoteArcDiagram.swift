import PlanciteDataset

/// An inline SVG of a record's notes on a line, each back-reference drawn as an arrow to its antecedent.
struct NoteArcDiagram {
    let documentID: String
    let notes: [NoteRecord]

    var svg: String {
        let positions = Dictionary(notes.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let arrows = notes.compactMap { note -> (from: Int, to: Int, note: NoteRecord)? in
            guard let antecedent = note.antecedent, let to = positions[antecedent], let from = positions[note.id] else { return nil }
            return (from, to, note)
        }
        let problems = notes.filter { NotesSection.state(of: $0) == "ambiguous" || NotesSection.state(of: $0) == "unresolved" }
        guard !arrows.isEmpty || !problems.isEmpty else { return "" }

        let step = notes.count > 80 ? 6.0 : 14.0
        let width = max(120.0, Double(notes.count - 1) * step + 24)
        let longest = arrows.map { abs($0.from - $0.to) }.max() ?? 1
        let height = arrows.isEmpty ? 24.0 : min(120.0, 30 + Double(longest) * step / 2)
        let baseline = height - 14
        func x(_ index: Int) -> String { format(12 + Double(index) * step) }
        let marker = HTMLText.anchor("arrow", documentID)

        var out = "<figure class=\"arcs\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(format(width)) \(format(height))\" width=\"\(format(width * 2.5))\" height=\"\(format(height * 2.5))\" role=\"img\">"
        out += "<title>Back-references between the notes of \(esc(documentID))</title>"
        out += "<defs><marker id=\"\(marker)\" viewBox=\"0 0 6 6\" refX=\"5\" refY=\"3\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto\">"
        out += "<path d=\"M0,0 L6,3 L0,6 z\" fill=\"#555\"/></marker></defs>"
        out += "<line x1=\"\(x(0))\" y1=\"\(format(baseline))\" x2=\"\(x(notes.count - 1))\" y2=\"\(format(baseline))\" stroke=\"#bbb\"/>"
        for arrow in arrows {
            let rise = min(baseline - 4, 8 + Double(abs(arrow.from - arrow.to)) * step / 2)
            let middle = (12 + Double(arrow.from + arrow.to) * step / 2)
            let cls = arrow.note.ambiguous ? "arc ambiguous" : "arc"
            out += "<path class=\"\(cls)\" d=\"M\(x(arrow.from)),\(format(baseline - 3)) Q\(format(middle)),\(format(baseline - 2 * rise)) \(x(arrow.to)),\(format(baseline - 3))\" "
            out += "fill=\"none\" marker-end=\"url(#\(marker))\"><title>\(esc(arrow.note.kind)) \(esc(arrow.note.label))</title></path>"
        }
        for (index, note) in notes.enumerated() {
            let state = NotesSection.state(of: note)
            let radius = state == "ok" || state == "uncited" ? "2.5" : "4"
            out += "<circle class=\"dot \(state)\" cx=\"\(x(index))\" cy=\"\(format(baseline))\" r=\"\(radius)\">"
            out += "<title>note \(esc(note.label)) (\(esc(note.kind)), p. \(note.page))\(state == "ok" ? "" : ": " + state)</title></circle>"
            if notes.count <= 40 {
                out += "<text x=\"\(x(index))\" y=\"\(format(height - 2))\" text-anchor=\"middle\">\(esc(note.label))</text>"
            }
        }
        out += "</svg><figcaption>Arrows run from each ibid, id, op. cit. or supra note to the note it repeats; "
        out += "large dots mark ambiguous or unresolved notes.</figcaption></figure>\n"
        return out
    }

    /// A number with at most one decimal, never in exponent notation.
    private func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
