import PlanciteLayout

/// Which columns of an action table hold the item, its number and the responsible agencies.
///
/// A table is an action table when a header cell names a work-level term (`Action Item`,
/// `Actions`, `Milestone`, `Strategy`…). Agency columns are headed by a word starting with
/// `agenc`, `lead`, `responsib`, `owner`, `partner` or `office`; lead columns come first.
/// A number column is headed `#`, `No.`, `Number` or `ID`.
struct ActionTableSchema: Equatable {
    var term: String
    var textColumn: Int
    var numberColumn: Int?
    var agencyColumns: [Int]
    var headerTexts: [String]

    /// A cell of a header row: its column and normalised text.
    struct HeaderCell: Hashable {
        var column: Int
        var text: String
    }

    static func headerCells(_ header: Block) -> [HeaderCell] {
        header.cells.map {
            HeaderCell(column: $0.column, text: TextNormalizer.normalize(TokenText.text(of: $0.tokens)))
        }
    }

    /// Reads a header from its cells, with the vocabulary's terms already indexed.
    init?(header cells: [HeaderCell], vocabulary: Vocabulary, terms: Vocabulary.TermIndex) {
        let texts = cells.map(\.text)
        var found: (column: Int, term: String)?
        var numberColumn: Int?
        var leads: [Int] = []
        var partners: [Int] = []
        for (cell, text) in zip(cells, texts) {
            let lower = text.lowercased()
            let words = text.split(separator: " ").map(String.init)
            if found == nil {
                if let match = terms.match(words), match.level == .action {
                    found = (cell.column, match.term)
                } else if let mention = vocabulary.mentionedLevels(in: text).first(where: { $0.level == .action }),
                    words.count <= 4
                {
                    found = (cell.column, mention.term)
                }
            }
            if ["#", "no", "no.", "number", "id"].contains(lower) { numberColumn = cell.column }
            let keys = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
            if keys.contains(where: { $0.hasPrefix("partner") }) {
                partners.append(cell.column)
            } else if keys.contains(where: {
                $0.hasPrefix("agenc") || $0 == "lead" || $0.hasPrefix("responsib") || $0 == "owner"
                    || $0 == "office" || $0 == "party"
            }) {
                leads.append(cell.column)
            }
        }
        guard let found else { return nil }
        term = found.term
        textColumn = found.column
        self.numberColumn = numberColumn
        agencyColumns = (leads + partners).filter { $0 != found.column }
        headerTexts = texts
    }

    /// The text of the cell in `column`, or "".
    static func text(of row: Block, column: Int) -> String {
        // The cells' texts joined by spaces, most often one cell's text alone.
        var joined: String?
        for cell in row.cells where cell.column == column {
            let text = TokenText.text(of: cell.tokens)
            joined = joined.map { $0 + " " + text } ?? text
        }
        return TextNormalizer.normalize(joined ?? "")
    }
}
