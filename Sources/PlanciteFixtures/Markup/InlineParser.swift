/// Parses inline markup of one paragraph into styled runs.
///
/// Grammar:
/// ```
/// inline  := { escape | bold | italic | sup | sub | link | char }
/// escape  := "\" char                       -- the char, literally
/// bold    := "**" inline "**"
/// italic  := "*" inline "*"
/// sup     := "^{" { char | escape } "}"     -- superscript, glued to what is written next to it
/// sub     := "_{" { char | escape } "}"
/// link    := "[[" uri "|" text "]]"         -- text is plain; "[[uri]]" shows the uri
/// ```
struct InlineParser {
    private let characters: [Character]
    private var position = 0
    private let line: Int
    private var style = InlineStyle()
    private var runs: [InlineRun] = []

    init(text: String, line: Int) {
        characters = Array(text)
        self.line = line
    }

    mutating func parse() throws -> [InlineRun] {
        while position < characters.count {
            let character = characters[position]
            if character == "\\", position + 1 < characters.count {
                emit(String(characters[position + 1]))
                position += 2
            } else if starts(with: "**") {
                style.bold.toggle()
                position += 2
            } else if character == "*" {
                style.italic.toggle()
                position += 1
            } else if starts(with: "^{") {
                try parseScript(.superscript)
            } else if starts(with: "_{") {
                try parseScript(.subscript)
            } else if starts(with: "[[") {
                try parseLink()
            } else {
                emit(String(character))
                position += 1
            }
        }
        if style.bold { throw FixtureError.malformedInline(line: line, reason: "'**' is not closed") }
        if style.italic { throw FixtureError.malformedInline(line: line, reason: "'*' is not closed") }
        return runs
    }

    private func starts(with prefix: String) -> Bool {
        let marker = Array(prefix)
        guard position + marker.count <= characters.count else { return false }
        return Array(characters[position..<position + marker.count]) == marker
    }

    private mutating func parseScript(_ script: InlineScript) throws {
        let opener = script == .superscript ? "^{" : "_{"
        position += 2
        var text = ""
        while position < characters.count, characters[position] != "}" {
            if characters[position] == "\\", position + 1 < characters.count { position += 1 }
            text.append(characters[position])
            position += 1
        }
        guard position < characters.count else {
            throw FixtureError.malformedInline(line: line, reason: "'\(opener)' is not closed")
        }
        guard !text.isEmpty else { throw FixtureError.malformedInline(line: line, reason: "empty '\(opener)}'") }
        position += 1
        var scripted = style
        scripted.script = script
        append(InlineRun(text, style: scripted))
    }

    private mutating func parseLink() throws {
        position += 2
        var body = ""
        while position < characters.count, !starts(with: "]]") {
            body.append(characters[position])
            position += 1
        }
        guard position < characters.count else { throw FixtureError.malformedInline(line: line, reason: "'[[' is not closed") }
        position += 2
        let parts = body.split(separator: "|", maxSplits: 1).map(String.init)
        guard let uri = parts.first, !uri.isEmpty else { throw FixtureError.malformedInline(line: line, reason: "empty link") }
        var linked = style
        linked.link = uri
        append(InlineRun(parts.count > 1 ? parts[1] : uri, style: linked))
    }

    private mutating func emit(_ text: String) {
        append(InlineRun(text, style: style))
    }

    private mutating func append(_ run: InlineRun) {
        if let last = runs.last, last.style == run.style, run.style.script == .base {
            runs[runs.count - 1].text += run.text
        } else {
            runs.append(run)
        }
    }
}
