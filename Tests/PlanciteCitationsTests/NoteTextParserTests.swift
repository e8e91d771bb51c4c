import PlanciteCitations
import Testing

private func parse(_ text: String) -> ParsedNote {
    var parser = NoteTextParser(text)
    return parser.parse()
}

@Suite struct NoteKindDetection {
    @Test(arguments: [
        ("Ibid.", NoteKind.ibid, nil as String?),
        ("Ibid", .ibid, nil),
        ("ibid.", .ibid, nil),
        ("Ibid., 45.", .ibid, "45"),
        ("Ibid. p. 12.", .ibid, "12"),
        ("Ibid., pp. 12–14.", .ibid, "12–14"),
        ("Ibid., 45, 47.", .ibid, "45, 47"),
        ("Id.", .id, nil),
        ("Id. at 4.", .id, "4"),
        ("See id. at 210.", .id, "210"),
        ("See id.", .id, nil),
        ("Smith, supra note 3, at 45.", .supra, "45"),
        ("See Smith, supra n. 3.", .supra, nil),
        ("Smith, op. cit., p. 12.", .opCit, "12"),
        ("Smith, op. cit.", .opCit, nil),
        ("Jane Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011), 33.", .reference, nil),
        ("https://www.example.gov/plan.pdf", .reference, nil),
        ("The office revised this count after the public comment period closed and no further changes followed.", .comment, nil),
        ("Identity theft rose sharply after the change.", .comment, nil),
        ("Carol Roe & Tim Fox, Searching Old Files, 93 LAW LIBR. J. 285, 2001 LAW LIBR. J. 13.", .reference, nil),
        ("See 17 U.S.C. § 106 for the list of rights held by a copyright owner and the limits that follow.", .reference, nil),
        ("In this plan, “workers paid by the hour” includes gig and seasonal workers.", .comment, nil),
    ])
    func kindAndPinpoint(text: String, kind: NoteKind, pinpoint: String?) {
        let parsed = parse(text)
        #expect(parsed.kind == kind)
        #expect(parsed.pinpoint == pinpoint)
    }

    @Test(arguments: [
        ("Smith, supra note 3, at 45.", "3", "Smith"),
        ("See Lee & Park, supra n. 12.", "12", "Lee & Park"),
        ("Ortiz, supra notes 7.", "7", "Ortiz"),
    ])
    func supraTargetAndAuthor(text: String, target: String, author: String) {
        let parsed = parse(text)
        #expect(parsed.supraTarget == target)
        #expect(parsed.author == author)
    }

    @Test func opCitAuthor() {
        #expect(parse("M. Alvarez, op. cit., 9.").author == "M. Alvarez")
        #expect(parse("Alvarez, op.cit. 9.").kind == .opCit)
    }
}

@Suite struct NoteURLs {
    @Test(arguments: [
        ("See https://www.example.gov/report.pdf.", ["https://www.example.gov/report.pdf"]),
        ("Available at www.example.org/page, accessed May 1, 2020.", ["https://www.example.org/page"]),
        ("Data (https://data.example.com/x?id=4).", ["https://data.example.com/x?id=4"]),
        ("Wiki https://en.example.org/wiki/Thing_(idea); see also.", ["https://en.example.org/wiki/Thing_(idea)"]),
        ("Split https://www.example.gov/reports/ 2019/annual.pdf here.", ["https://www.example.gov/reports/2019/annual.pdf"]),
        ("Split https:// www.example.gov/x now.", ["https://www.example.gov/x"]),
        ("Bare example.gov/plans/2020 text.", ["https://example.gov/plans/2020"]),
        ("Two: http://a.example.com/1, and ftp://files.example.net/b.", ["http://a.example.com/1", "ftp://files.example.net/b"]),
        ("No URL in this note, only 2019 and words.", []),
        ("Ends https://example.org/path/. Accessed today.", ["https://example.org/path/"]),
    ])
    func urls(text: String, expected: [String]) {
        #expect(parse(text).urls == expected)
    }

    @Test(arguments: [
        ("See http//example.gov/x.", "http//example.gov/x"),
        ("See http:/example.gov.", "http:/example.gov"),
        ("Host https://intranet/page.", "https://intranet/page"),
        ("Bad https://exa,mple.gov here", "https://exa,mple.gov"),
    ])
    func malformed(text: String, expected: String) {
        let parsed = parse(text)
        #expect(parsed.malformedURLs == [expected])
        #expect(parsed.urls.isEmpty)
    }
}

@Suite struct NoteDOIsAndYears {
    @Test(arguments: [
        ("J. Roe, “Tides,” Coastal Review 4 (2012): 1–9, doi:10.1234/cr.2012.04.", ["10.1234/cr.2012.04"]),
        ("https://doi.org/10.5555/ABC-123.", ["10.5555/ABC-123"]),
        ("10.12/short is not a DOI.", []),
    ])
    func dois(text: String, expected: [String]) {
        #expect(parse(text).dois == expected)
    }

    @Test(arguments: [
        ("Report (2019), updated 2021.", [2019, 2021]),
        ("From 1799 to 1800 and 2100.", [1800]),
        ("See https://example.gov/2015/x.pdf (2016).", [2016]),
        ("Phone 12345 and 20190.", []),
        ("Covering 2019–2020.", [2019, 2020]),
    ])
    func years(text: String, expected: [Int]) {
        #expect(parse(text).years == expected)
    }
}

@Suite struct CSLFields {
    @Test func book() throws {
        let item = try #require(parse("Jane Q. Doe, Rivers of the Plain (Chicago: Lakeside Press, 2011), 33.").sources.first)
        #expect(item.type == "book")
        #expect(item.author == [CSLName(family: "Doe", given: "Jane Q.")])
        #expect(item.title == "Rivers of the Plain")
        #expect(item.publisher == "Lakeside Press")
        #expect(item.issued == CSLDate(year: 2011))
    }

    @Test func journalArticle() throws {
        let item = try #require(
            parse("Ana Ruiz and Tom Berg, “Counting Wetlands,” Journal of Field Methods 12, no. 3 (2018): 40–52, https://doi.org/10.1234/jfm.12.3.").sources.first)
        #expect(item.type == "article-journal")
        #expect(item.author == [CSLName(family: "Ruiz", given: "Ana"), CSLName(family: "Berg", given: "Tom")])
        #expect(item.title == "Counting Wetlands")
        #expect(item.containerTitle == "Journal of Field Methods 12")
        #expect(item.doi == "10.1234/jfm.12.3")
        #expect(item.issued == CSLDate(year: 2018))
    }

    @Test func onlyURLIsWebpage() throws {
        let parsed = parse("www.example.org/resources")
        let item = try #require(parsed.sources.first)
        #expect(item.type == "webpage")
        #expect(item.url == "https://www.example.org/resources")
        #expect(item.title == nil)
    }

    @Test func organisationReport() throws {
        let item = try #require(
            parse("U.S. Department of Rivers, National Flood Strategy 2020 (Washington, DC, March 3, 2020), https://rivers.example.gov/strategy.pdf.").sources.first)
        #expect(item.type == "report")
        #expect(item.author == [CSLName(literal: "U.S. Department of Rivers")])
        #expect(item.title == "National Flood Strategy 2020")
        #expect(item.issued == CSLDate(year: 2020, month: 3, day: 3))
        #expect(item.url == "https://rivers.example.gov/strategy.pdf")
    }

    @Test func longCapitalisedAuthorIsAnOrganisation() throws {
        let item = try #require(parse("Fair Housing Research Consortium, Renting After the Water (2023), www.fair.example.org/water.").sources.first)
        #expect(item.author == [CSLName(literal: "Fair Housing Research Consortium")])
        #expect(item.title == "Renting After the Water")
    }

    @Test func legalCase() throws {
        let item = try #require(parse("Doe v. Roe, 123 F.3d 456, 460 (9th Cir. 2010).").sources.first)
        #expect(item.type == "legal_case")
        #expect(item.title == "Doe v. Roe")
        #expect(item.issued == CSLDate(year: 2010))
    }

    @Test func webArticleWithAccessDate() throws {
        let item = try #require(
            parse("Lena Fox, “Bridges Reopen,” City Ledger, 14 June 2016, accessed July 2, 2019, https://ledger.example.com/bridges.").sources.first)
        #expect(item.type == "webpage")
        #expect(item.title == "Bridges Reopen")
        #expect(item.containerTitle == "City Ledger")
        #expect(item.issued == CSLDate(year: 2016, month: 6, day: 14))
    }

    @Test func severalSources() {
        let parsed = parse("Jane Doe, Rivers (Chicago: Lakeside, 2011); Tom Berg, Lakes (Boston: Shore Press, 2013).")
        #expect(parsed.kind == .reference)
        #expect(parsed.sources.map(\.title) == ["Rivers", "Lakes"])
    }

    @Test func semicolonInsideParenthesesIsOneSource() {
        let parsed = parse("Jane Doe, Rivers (Chicago; Boston: Lakeside, 2011).")
        #expect(parsed.sources.count == 1)
    }
}
