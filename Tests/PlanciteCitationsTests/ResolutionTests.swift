import PlanciteCitations
import PlanciteCore
import Testing

private func notes(_ texts: [String]) -> [Note] {
    texts.enumerated().map { index, text in
        Note(
            id: "note-\(index + 1)", label: "\(index + 1)", ordinal: index + 1, page: 1, bbox: .zero, text: text,
            kind: .comment)
    }
}

/// One resolution case: the notes' texts, then per note "antecedent label or -", and the diagnostic codes.
struct ResolutionCase: CustomTestStringConvertible, Sendable {
    var name: String
    var texts: [String]
    /// Per note: the label of the antecedent, "-" for none, "?" for ambiguous.
    var antecedents: [String]
    var pinpoints: [String?]
    var codes: [String]

    var testDescription: String { name }
}

private let doe = "Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011), 33."
private let berg = "Tom Berg, Lakes and Ponds (Boston: Shore Press, 2013), 9."
private let doe2 = "Jane Doe, Hills of the East (Chicago: Lakeside Press, 2015), 4."

@Suite struct IbidAndIdResolution {
    static let cases: [ResolutionCase] = [
        ResolutionCase(name: "ibid after a reference", texts: [doe, "Ibid., 45."], antecedents: ["-", "1"], pinpoints: [nil, "45"], codes: []),
        ResolutionCase(name: "chain of ibids", texts: [doe, "Ibid.", "Ibid., 7.", "ibid"], antecedents: ["-", "1", "1", "1"], pinpoints: [nil, nil, "7", nil], codes: []),
        ResolutionCase(name: "id at", texts: [doe, "Id. at 4.", "See id."], antecedents: ["-", "1", "1"], pinpoints: [nil, "4", nil], codes: []),
        ResolutionCase(name: "ibid first", texts: ["Ibid., 3.", doe], antecedents: ["-", "-"], pinpoints: ["3", nil], codes: ["ibid-without-antecedent"]),
        ResolutionCase(name: "ibid after a comment", texts: [doe, "The county later changed the method used for counting these wells across the region.", "Ibid."], antecedents: ["-", "-", "-"], pinpoints: [nil, nil, nil], codes: ["ibid-without-antecedent"]),
        ResolutionCase(name: "ibid after several sources", texts: [doe + "; " + berg, "Ibid.", "Ibid., 2."], antecedents: ["-", "?", "?"], pinpoints: [nil, nil, "2"], codes: ["ambiguous-ibid", "ambiguous-ibid"]),
        ResolutionCase(name: "ibid after unresolved ibid", texts: ["Ibid.", "Ibid."], antecedents: ["-", "-"], pinpoints: [nil, nil], codes: ["ibid-without-antecedent", "ibid-without-antecedent"]),
        ResolutionCase(name: "supra backwards", texts: [doe, berg, "Doe, supra note 1, at 12."], antecedents: ["-", "-", "1"], pinpoints: [nil, nil, "12"], codes: []),
        ResolutionCase(name: "ibid after supra", texts: [doe, berg, "Doe, supra note 1.", "Ibid., 3."], antecedents: ["-", "-", "1", "1"], pinpoints: [nil, nil, nil, "3"], codes: []),
        ResolutionCase(name: "supra forward keeps its named target", texts: ["Doe, supra note 2.", doe], antecedents: ["2", "-"], pinpoints: [nil, nil], codes: ["supra-forward"]),
        ResolutionCase(name: "supra to itself", texts: [doe, "Doe, supra note 2."], antecedents: ["-", "-"], pinpoints: [nil, nil], codes: ["supra-forward"]),
        ResolutionCase(name: "supra missing", texts: [doe, "Doe, supra n. 9."], antecedents: ["-", "-"], pinpoints: [nil, nil], codes: ["unresolved-supra"]),
        ResolutionCase(name: "supra picks the named author", texts: [doe + "; " + berg, "Berg, supra note 1, at 2."], antecedents: ["-", "1"], pinpoints: [nil, "2"], codes: []),
        ResolutionCase(name: "supra finds the author in a source that follows prose", texts: ["Water use grew for years. Lynn Ortiz & Bo Kim, Dry Fields, 2 J. FARM 275 (2000); Tom Berg, Lakes (Boston: Shore Press, 2013).", "Ortiz & Kim, supra note 1, at 279."], antecedents: ["-", "1"], pinpoints: [nil, "279"], codes: []),
        ResolutionCase(name: "supra to a multi-source note without author match", texts: [doe + "; " + berg, "Ruiz, supra note 1."], antecedents: ["-", "?"], pinpoints: [nil, nil], codes: ["ambiguous-supra"]),
        ResolutionCase(name: "op. cit. one work", texts: [doe, berg, "Doe, op. cit., 12."], antecedents: ["-", "-", "1"], pinpoints: [nil, nil, "12"], codes: []),
        ResolutionCase(name: "op. cit. two works by one author", texts: [doe, doe2, "Doe, op. cit., 12."], antecedents: ["-", "-", "?"], pinpoints: [nil, nil, "12"], codes: ["ambiguous-op-cit"]),
        ResolutionCase(name: "op. cit. same work twice", texts: [doe, "Jane Doe, Rivers of the Plain, 50.", "Doe, op. cit."], antecedents: ["-", "-", "2"], pinpoints: [nil, nil, nil], codes: []),
        ResolutionCase(name: "op. cit. unknown author", texts: [doe, "Ruiz, op. cit., 3."], antecedents: ["-", "-"], pinpoints: [nil, "3"], codes: ["unresolved-op-cit"]),
    ]

    @Test(arguments: cases)
    func resolves(_ testCase: ResolutionCase) {
        let resolution = CitationResolver().resolve(notes(testCase.texts))
        let antecedents = resolution.notes.map { note in
            note.ambiguous ? "?" : (note.antecedent.map { String($0.dropFirst("note-".count)) } ?? "-")
        }
        #expect(antecedents == testCase.antecedents)
        #expect(resolution.notes.map(\.pinpoint) == testCase.pinpoints)
        #expect(resolution.diagnostics.map(\.code) == testCase.codes)
    }

    @Test func severities() {
        let resolution = CitationResolver().resolve(notes(["Ibid.", doe + "; " + berg, "Ibid."]))
        #expect(resolution.diagnostics.map(\.severity) == [.error, .warning])
        #expect(resolution.diagnostics.map(\.label) == ["1", "3"])
        #expect(resolution.diagnostics.allSatisfy { $0.page == 1 })
    }
}

@Suite struct ReferenceItems {
    @Test func distinctSourcesGetOneItemEach() {
        let resolution = CitationResolver().resolve(
            notes([doe, berg, "Ibid., 3.", "Jane Doe, Rivers of the Plain, 50.", doe2]))
        #expect(resolution.references.map(\.id) == ["ref-1", "ref-2", "ref-3"])
        #expect(resolution.references.map(\.title) == ["Rivers of the Plain", "Lakes and Ponds", "Hills of the East"])
        #expect(resolution.notes.map(\.reference) == ["ref-1", "ref-2", "ref-2", "ref-1", "ref-3"])
    }

    @Test func itemsAreNumberedByFirstCitation() {
        var input = notes([doe, berg])
        input[0].citedBy = ["marker-5"]
        input[1].citedBy = ["marker-2"]
        let resolution = CitationResolver().resolve(input)
        #expect(resolution.notes.map(\.reference) == ["ref-2", "ref-1"])
    }

    @Test func multiSourceNoteListsAllItems() {
        let resolution = CitationResolver().resolve(notes([doe + "; see also " + berg]))
        #expect(resolution.notes[0].references == ["ref-1", "ref-2"])
        #expect(resolution.notes[0].reference == "ref-1")
    }

    @Test func commentsCiteNothing() {
        let resolution = CitationResolver().resolve(notes(["The county later changed the method used for counting these wells across the region."]))
        #expect(resolution.notes[0].kind == .comment)
        #expect(resolution.references.isEmpty)
        #expect(resolution.notes[0].reference == nil)
    }

    @Test func malformedURLIsReported() {
        let resolution = CitationResolver().resolve(notes(["Water Board, Report, http//water.example.gov/r."]))
        #expect(resolution.diagnostics.map(\.code) == ["malformed-url"])
        #expect(resolution.diagnostics.first?.severity == .error)
    }
}
