import Testing

@testable import PlanciteFixtures

struct TextOp {
    var text: String
    var x: Double
    var y: Double
    var size: Double
    var page: Int
}

func textOps(_ markup: String) throws -> [TextOp] {
    try FixtureRenderer.layout(FixtureMarkup(parsing: markup)).enumerated().flatMap { index, page in
        page.ops.compactMap { op -> TextOp? in
            guard case .text(let text, let x, let y, _, let size, _) = op else { return nil }
            return TextOp(text: text, x: x, y: y, size: size, page: index + 1)
        }
    }
}

@Suite struct SuperscriptLayoutTests {
    @Test func gluedSuperscriptIsSmallerRaisedAndTouchesItsWord() throws {
        let ops = try textOps("a quoted “phrase”^{ii} here")
        let marker = try #require(ops.first { $0.text == "ii" })
        let word = try #require(ops.first { $0.text == "“phrase”" })
        #expect(abs(marker.size - 11 * 0.6) < 0.001)
        #expect(abs((word.y - marker.y) - 11 * 0.35) < 0.001)
        #expect(marker.x > word.x)
        let space = try #require(ops.first { $0.text == "here" })
        #expect(space.x > marker.x)
    }
}

@Suite struct FootnotePlacementTests {
    @Test(arguments: [20, 29, 30, 31, 38])
    func noteLandsOnTheMarkersPageBelowTheBody(fillerLines: Int) throws {
        let filler = (1...fillerLines).map { "Filler line number \($0)." }.joined(separator: "\n\n")
        let markup = filler + "\n\nThe cited sentence^{7} sits here.\n@footnote 7 Department of Tests, Report on Notes (2024).\n\nAfter."
        let ops = try textOps(markup)
        let marker = try #require(ops.first { $0.text == "7" && $0.size < 11 })
        let note = try #require(ops.first { $0.text == "Department" })
        #expect(note.page == marker.page)
        let bodyOnPage = ops.filter { $0.page == note.page && $0.size == 11 }
        #expect(bodyOnPage.allSatisfy { $0.y < note.y })
    }
}

@Suite struct TableLayoutTests {
    @Test func longTableRepeatsItsHeaderOnEachPage() throws {
        let rows = (1...80).map { "| Action item number \($0) | DOJ | 2025" }.joined(separator: "\n")
        let ops = try textOps("@table Action | Agency | Year\n\(rows)\n@endtable")
        let pages = Set(ops.map(\.page))
        #expect(pages.count >= 2)
        for page in pages {
            #expect(ops.contains { $0.page == page && $0.text == "Agency" })
        }
    }
}

@Suite struct HyphenationTests {
    @Test(arguments: [(true, true), (false, false)])
    func hyphenationSplitsWordsOnlyWhenOn(on: Bool, expectHyphen: Bool) throws {
        let words = String(repeating: "intergovernmental responsibilities comprehensively ", count: 20)
        let ops = try textOps("@hyphenate \(on ? "on" : "off")\n\(words)")
        #expect(ops.contains { $0.text.hasSuffix("-") } == expectHyphen)
    }
}
