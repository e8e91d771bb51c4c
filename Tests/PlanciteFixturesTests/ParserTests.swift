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
