/// Fixture markup used by the round-trip tests, with the note markers each one holds.
enum Fixtures {
    struct Fixture: Sendable, CustomStringConvertible {
        var description: String
        var markup: String
        /// Note markers set as superscripts in the body text (not note labels), in reading order.
        var markers: [String]
    }

    /// Running text of about `words` words, varied so that lines differ.
    static func prose(_ seed: Int, words: Int) -> String {
        let vocabulary = [
            "the", "office", "will", "review", "each", "program", "with", "partners", "and", "report",
            "progress", "to", "the", "public", "every", "year", "while", "staff", "measure", "results",
        ]
        var state = UInt64(seed * 7919 + 17)
        var result: [String] = []
        for _ in 0..<words {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            result.append(vocabulary[Int(state >> 33) % vocabulary.count])
        }
        return result.joined(separator: " ")
    }

    static let superscripts = Fixture(
        description: "superscripts",
        markup: """
            # Goal 1: Reduce Waiting Times

            Clinics described the backlog as “an endless queue of slavery…”^{ii} and asked for help. \
            The county answered within a month.^{3} Costs rose as 10^{2} dollars per case, and the \
            model used x^{2} for the trend. A second note follows the word plans^{iv} and one sits \
            after a comma,^{12} before the sentence ends.

            THE SMALL CAPS heading style is not a marker, nor are 24 hours.
            """,
        markers: ["ii", "3", "iv", "12"])

    static let footnotes = Fixture(
        description: "footnote zone",
        markup: """
            # Objective 2.1

            Agencies will publish a shared calendar of reviews.^{1} Each review lists the data it \
            used and the people who checked it.^{2}

            @footnote 1 A shared calendar means one page on the agency site listing every review date and owner.
            @footnote 2 Reviewers sign the checklist kept with the review record.
            """,
        markers: ["1", "2"])

    static let twoColumns = Fixture(
        description: "two columns",
        markup: """
            @columns 2
            # Two Column Section

            Left one \(prose(1, words: 70)).

            Left two \(prose(2, words: 70)).

            Left three \(prose(3, words: 70)).

            Left four \(prose(4, words: 70)).

            Left five \(prose(5, words: 70)).

            Left six \(prose(6, words: 70)).

            Left seven \(prose(7, words: 70)).
            """,
        markers: [])

    static let furniture = Fixture(
        description: "running header and footer",
        markup: """
            @header Community Safety Plan 2025
            @footer Page {page}
            # Part One

            \(prose(11, words: 60)).
            @newpage
            # Part Two

            \(prose(12, words: 60)).
            @newpage
            # Part Three

            \(prose(13, words: 60)).
            """,
        markers: [])

    static let repair = Fixture(
        description: "hyphenation, ligatures and URLs",
        markup: """
            @hyphenate on
            The program supports internationalization of institutionalization characteristically \
            through telecommunications responsibilities, trauma-informed approaches, long-term \
            commitments, 2013-2017 reports and considerable reorganization of administrative \
            responsibilities across jurisdictions and municipalities with extraordinarily \
            comprehensive accountability.

            @hyphenate off
            The ﬁnal ﬂoor of the oﬃce held the ﬁles.

            Read more at https://www.example.org/reports/2024/community-safety-plan-final-edition.pdf today.
            """,
        markers: [])

    static let blocks = Fixture(
        description: "headings, lists and TOC",
        markup: """
            # Contents

            @toc Goal 1: Align Efforts | 5
            @toc Goal 2: Measure Results | 9
            @toc Appendix | 12

            # Goal 1: Align Efforts

            ## Objective 1.1 Share Data

            ### Background

            The objective has three parts.

            - Build a shared inventory of data sets that every office can search and reuse without asking.
            - Name an owner for each data set.

            1. Draft the inventory.
            2. Review the inventory with partners.
            a. Publish the inventory.
            1.1 Assign owners.
            """,
        markers: [])

    static let table = Fixture(
        description: "table across a page break",
        markup: """
            # Action Items

            The table lists the actions.

            @table Action | Lead Agency | Timeframe
            \((1...34).map { "| Develop guide \($0) with partners and review it | Office \($0 % 4) | 202\($0 % 10)" }.joined(separator: "\n"))
            @endtable

            A closing paragraph follows the table.
            """,
        markers: [])

    static let dropCap = Fixture(
        description: "drop cap and small caps",
        markup: """
            @text x=72 y=120 size=30 font=serif W
            @text x=106 y=100 size=11 ater systems across the region will be checked twice a year by the
            @text x=106 y=113.5 size=11 utility staff, and any fault found will be fixed within thirty days
            @text x=72 y=127 size=11 of the inspection, with a public note posted for each repair made.
            @text x=72 y=200 size=11 T
            @text x=79.5 y=200 size=8.8 HE
            @text x=94 y=200 size=11 plan names no other duty.
            """,
        markers: [])

    static let all: [Fixture] = [superscripts, footnotes, twoColumns, furniture, repair, blocks, table, dropCap]
}
