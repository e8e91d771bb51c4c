import Testing

@testable import PlanciteFixtures

@Suite struct ParserErrorTests {
    @Test(arguments: [
        ("Intro\n\n@bogus thing", 3),
        ("@meta title=A\n@columns seven", 2),
        ("one\ntwo\n\nthree ^{1", 4),
        ("@table A | B\n| x | y\nnot a row\n@endtable", 3),
        ("a\n@table A | B\n| x | y", 2),
        ("**bold never closed", 1),
        ("@endtable", 1),
        ("@link https://example.org", 1),
    ])
    func errorNamesTheLine(markup: String, line: Int) {
        #expect(throws: FixtureError.self) { try FixtureMarkup(parsing: markup) }
        do {
            _ = try FixtureMarkup(parsing: markup)
        } catch let error as FixtureError {
            #expect(error.line == line)
            #expect(error.errorDescription?.hasPrefix("line \(line):") == true)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

@Suite struct DirectiveArgumentTests {
    @Test(arguments: [
        "@page b5", "@font mono", "@size huge", "@size 200", "@columns 0", "@hyphenate maybe",
        "@meta colour=blue", "@meta no pairs here", "@toc no page number", "@outline Title | zero",
        "@text y=10 Missing x", "@text x=1 y=2 font=comic Text", "@footnote", "@space -3", "@link two words",
    ])
    func badArgumentsAreRejectedWithTheirLine(line: String) {
        do {
            _ = try FixtureMarkup(parsing: "Intro paragraph.\n\n" + line + "\n\nMore text.")
            Issue.record("accepted \(line)")
        } catch let error as FixtureError {
            guard case .invalidDirective(_, let number, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(number == 3)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func absolutePlacementAndSpacingParse() throws {
        let markup = try FixtureMarkup(parsing: "@text x=100 y=200 size=30 font=sans-bold Big A\n@space 24\n@outline Goals | 3\n@page a4")
        #expect(markup.elements.map(\.block) == [
            .absoluteText(x: 100, y: 200, size: 30, face: FontFace(family: .sans, bold: true), text: "Big A"),
            .space(24), .outline(title: "Goals", page: 3), .page(.a4),
        ])
        #expect(markup.pageSize == .a4)
    }

    @Test func escapedLeadingMarkersStayParagraphText() throws {
        let markup = try FixtureMarkup(parsing: "\\@agency on social media\n\n\\# not a heading")
        #expect(markup.elements.map(\.block) == [
            .paragraph(runs: [InlineRun("@agency on social media")]),
            .paragraph(runs: [InlineRun("# not a heading")]),
        ])
    }
}
