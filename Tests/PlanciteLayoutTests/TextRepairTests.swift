import Testing

@testable import PlanciteLayout

/// Word repairs: ligatures, compatibility forms, line-end hyphens and URLs.
@Suite struct TextRepairTests {
    @Test(arguments: [
        ("ﬁnal", "final"), ("ﬂoor", "floor"), ("oﬃce", "office"), ("ﬀ", "ff"), ("ﬄ", "ffl"),
        ("ﬅ", "st"), ("ﬆ", "st"), ("Ｐｌａｎ", "Plan"), ("“quoted”", "“quoted”"), ("2013–2017", "2013–2017"),
        ("plan¹", "plan¹"), ("§", "§"), ("plain", "plain"),
    ])
    func clean(_ input: String, _ expected: String) {
        #expect(TextRepair.clean(input) == expected)
    }

    @Test(arguments: [
        ("consi-", "derations", "considerations"),
        ("institu-", "tionalization,", "institutionalization,"),
        ("long-", "term", "long-term"),
        ("2013-", "2017", "2013-2017"),
        ("trauma-", "informed", "trauma-informed"),
        ("evidence-", "based", "evidence-based"),
        ("COVID-", "19", "COVID-19"),
        ("Inter-", "Agency", "Inter-Agency"),
        ("state-of-the-", "art", "state-of-the-art"),
        ("self-", "assessment", "self-assessment"),
        ("well-", "being", "well-being"),
        ("pre-", "cisely", "precisely"),
        ("ex-", "ample", "example"),
        ("informa\u{00AD}", "tion", "information"),
        ("https://www.example.org/reports/", "2024/plan.pdf", "https://www.example.org/reports/2024/plan.pdf"),
        ("www.example.", "gov/plan", "www.example.gov/plan"),
        ("https://example.org/long-", "name.pdf", "https://example.org/long-name.pdf"),
    ])
    func joined(_ head: String, _ tail: String, _ expected: String) {
        #expect(LineJoiner.joinedText(head, tail) == expected)
    }

    @Test(arguments: [
        ("offices", "and"),
        ("-", "item"),
        ("https://example.org/report", "and"),
        ("http://example.org.", "The"),
        ("end.", "next"),
    ])
    func keptApart(_ head: String, _ tail: String) {
        #expect(LineJoiner.joinedText(head, tail) == nil)
    }
}
