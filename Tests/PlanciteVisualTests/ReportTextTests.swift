import PlanciteCore
import PlanciteDataset
@testable import PlanciteVisual
import Testing

@Suite struct ReportEscapingTests {
    @Test(arguments: [
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        ("say \"ibid\" or 'id'", "say &quot;ibid&quot; or &#39;id&#39;"),
        ("form\u{0C}feed and \u{01}control", "formfeed and control"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("Treasury – 2025–2029 ✓", "Treasury – 2025–2029 ✓"),
    ])
    func textIsEscapedForHTMLAndXML(text: String, expected: String) {
        #expect(HTMLText.escape(text) == expected)
    }

    @Test(arguments: [
        (["plan", "note-2.1"], "plan-note-2-1"),
        (["my doc", "note-*"], "my-doc-note--"),
    ])
    func anchorsAreLettersDigitsAndHyphens(parts: [String], expected: String) {
        #expect(HTMLText.anchor(parts[0], parts[1]) == expected)
    }

    @Test(arguments: [
        ("https://example.org/a", true), ("http://example.org", true),
        ("javascript:alert(1)", false), ("www.example.org", false), ("file:///etc/passwd", false),
    ])
    func onlyWebAddressesBecomeLinks(url: String, linkable: Bool) {
        #expect(HTMLText.isLinkable(url) == linkable)
    }
}

@Suite struct NoteStateTests {
    static func note(kind: String, antecedent: String? = nil, ambiguous: Bool = false, citedBy: [String] = ["marker-1"]) -> NoteRecord {
        NoteRecord(
            id: "note-2", label: "2", ordinal: 2, page: 1, bbox: .zero, text: "Ibid.", kind: kind,
            antecedent: antecedent, pinpoint: nil, ambiguous: ambiguous, urls: [], dois: [], years: [],
            reference: nil, citedBy: citedBy, footnote: true)
    }

    @Test(arguments: [
        (note(kind: "ibid", antecedent: "note-1"), "ok"),
        (note(kind: "ibid"), "unresolved"),
        (note(kind: "supra"), "unresolved"),
        (note(kind: "op-cit", antecedent: "note-1", ambiguous: true), "ambiguous"),
        (note(kind: "reference", citedBy: []), "uncited"),
        (note(kind: "comment"), "ok"),
    ])
    func notesAreMarkedByHowTheyResolved(note: NoteRecord, state: String) {
        #expect(NotesSection.state(of: note) == state)
    }
}
