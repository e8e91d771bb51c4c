extension RuleCatalogue {
    /// The README section listing every rule, rendered from the catalogue so docs cannot drift.
    public static func markdownSection(headingLevel: Int = 3) -> String {
        let hashes = String(repeating: "#", count: max(1, headingLevel))
        var lines = [
            "\(hashes) Check rules",
            "",
            "`plancite check` reports these rules. Switch a rule off or re-grade it in the pipeline's",
            "`check:` section (`rules: { orphan-note: off, out-of-order: error }`).",
            "Diagnostics with other codes (from the layout and structure stages) are reported too,",
            "under their own code and severity, and can be switched off or re-graded the same way.",
            "",
            "| Rule | Default | What it catches | Example | Fix |",
            "| --- | --- | --- | --- | --- |",
        ]
        for rule in rules {
            let cells = [
                "`\(rule.id)`", rule.defaultSeverity.rawValue, "**\(rule.summary)** \(rule.catches)", rule.example,
                rule.fix,
            ].map(MarkdownText.cell)
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
