import PlanciteCore

/// Every rule `plancite check` knows, with its default severity and documentation.
///
/// The citations stage emits diagnostics under these codes; diagnostics with other codes
/// are reported under `CheckRule.generic(code:severity:)`.
public enum RuleCatalogue {
    /// The code of findings for inputs that could not be read; they always force exit status 3.
    public static let unreadableInput = "unreadable-input"

    /// The rules in documentation order.
    public static let rules: [CheckRule] = [
        CheckRule(
            id: "dangling-marker", defaultSeverity: .error,
            summary: "A note marker in the text has no matching note.",
            catches: "A superscript or bracketed marker whose label matches no footnote or endnote.",
            example: "The body cites marker 12 but the notes run from 1 to 11.",
            fix: "Add the missing note, correct the marker's label, or remove the marker."),
        CheckRule(
            id: "orphan-note", defaultSeverity: .warning,
            summary: "A note is never cited by a marker.",
            catches: "A footnote or endnote whose label no marker in the text uses.",
            example: "Endnote 7 exists, but no marker 7 appears anywhere in the body.",
            fix: "Add the marker where the source is used, or delete the unused note."),
        CheckRule(
            id: "ibid-without-antecedent", defaultSeverity: .error,
            summary: "An Ibid. or Id. note has no earlier note to refer to.",
            catches: "An Ibid./Id. note that is the first note, or follows only notes that cite nothing.",
            example: "Note 1 reads \"Ibid., p. 4.\"",
            fix: "Replace the Ibid. with the full citation of the source."),
        CheckRule(
            id: "ambiguous-ibid", defaultSeverity: .warning,
            summary: "An Ibid. note follows a note that cites several sources.",
            catches: "An Ibid./Id. whose preceding note names more than one source, so the reader cannot tell which one is meant.",
            example: "Note 5 cites a budget report and a survey; note 6 reads \"Ibid.\"",
            fix: "Write a short form of the intended source instead of Ibid."),
        CheckRule(
            id: "numbering-gap", defaultSeverity: .error,
            summary: "Note numbers skip a value.",
            catches: "A sequence of note labels with a missing number.",
            example: "The notes are numbered 1, 2, 4: note 3 is missing.",
            fix: "Restore the missing note or renumber the notes and their markers."),
        CheckRule(
            id: "out-of-order", defaultSeverity: .warning,
            summary: "Markers appear out of sequence in reading order.",
            catches: "A marker whose number is lower than a marker that comes before it in the text.",
            example: "Marker 9 appears in the paragraph before marker 8.",
            fix: "Renumber the markers, or check the reading order of columns and sidebars."),
        CheckRule(
            id: "duplicate-label", defaultSeverity: .error,
            summary: "Two notes share the same label.",
            catches: "Two footnotes or endnotes in the same sequence with the same number or symbol.",
            example: "The endnotes list two separate notes numbered 15.",
            fix: "Renumber the notes so that every label is used once."),
        CheckRule(
            id: "malformed-url", defaultSeverity: .error,
            summary: "A URL in a note cannot be parsed.",
            catches: "A web address with spaces, a broken scheme or no host, often split across lines.",
            example: "A note gives \"https://www.agency .gov/plan-2024\".",
            fix: "Correct the address in the source document; avoid breaking it with a hyphen or space."),
        CheckRule(
            id: "supra-forward", defaultSeverity: .error,
            summary: "A supra reference points to the same or a later note.",
            catches: "A \"supra note N\" whose N is not earlier than the note itself.",
            example: "Note 4 reads \"Rivera, supra note 9.\"",
            fix: "Point the supra reference to the earlier note where the source is first cited in full."),
        CheckRule(
            id: "unresolved-supra", defaultSeverity: .error,
            summary: "A supra reference matches no earlier citation.",
            catches: "A supra reference whose note number is missing or whose author no earlier note cites.",
            example: "Note 10 reads \"Okafor, supra note 3\" but note 3 cites a different author.",
            fix: "Correct the note number or the author name, or give the full citation."),
        CheckRule(
            id: "unresolved-op-cit", defaultSeverity: .error,
            summary: "An op. cit. reference matches no earlier citation.",
            catches: "An op. cit. whose author no earlier note cites in full.",
            example: "Note 12 reads \"Lindqvist, op. cit., 30\" and no earlier note cites Lindqvist.",
            fix: "Give the full citation at the first use of the source."),
        CheckRule(
            id: "ambiguous-supra", defaultSeverity: .warning,
            summary: "A supra reference points at a note that cites several sources.",
            catches: "A \"supra note N\" whose note N names more than one source, with no author to choose between them.",
            example: "Note 3 cites a survey and a budget report; note 8 reads \"Supra note 3, at 12.\"",
            fix: "Add the author or a short title before supra so the source is clear."),
        CheckRule(
            id: "ambiguous-op-cit", defaultSeverity: .warning,
            summary: "An op. cit. reference could mean several earlier works.",
            catches: "An op. cit. whose author is cited with more than one work in earlier notes.",
            example: "Two earlier notes cite different reports by the same office; note 20 reads \"Office of Planning, op. cit.\"",
            fix: "Use a short title instead of op. cit. so the work is clear."),
        CheckRule(
            id: unreadableInput, defaultSeverity: .error,
            summary: "An input could not be read.",
            catches: "A PDF that is missing, empty, damaged, encrypted, not a PDF, or has no text layer.",
            example: "The path names a scanned PDF without a text layer.",
            fix: "Fix the path or the file; unreadable inputs always end the check with exit status 3."),
    ]

    private static let byID: [String: CheckRule] = Dictionary(
        uniqueKeysWithValues: rules.map { ($0.id, $0) })

    /// The catalogue rule with this code, or nil when the code comes from another stage.
    public static func knownRule(_ code: String) -> CheckRule? { byID[code] }

    /// The rule for a code: the catalogue's, else a generic entry with the given severity.
    public static func rule(for code: String, severity: Severity) -> CheckRule {
        byID[code] ?? .generic(code: code, severity: severity)
    }
}
