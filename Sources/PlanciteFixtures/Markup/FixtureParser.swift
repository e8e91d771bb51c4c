import Foundation

/// Line parser for fixture markup.
///
/// Grammar (one construct per line; surrounding spaces ignored):
/// ```
/// document      := { line }
/// line          := blank | comment | directive | heading | listItem | paragraphLine
/// blank         := only spaces            -- ends a paragraph or list item
/// comment       := "//" any               -- ignored, does not end a paragraph
/// directive     := "@" name [ " " argument ]
/// heading       := "#" | "##" | "###" then " " inline
/// listItem      := ( "- " | "• " | label " " ) inline, continued by following lines indented by a space or tab
/// label         := digits { "." digits } [ "." | ")" ]  -- digits alone need a "." or ")" (1. 1) 1.1 1.1.)
///                | letter ( "." | ")" ) | roman ( "." | ")" )   -- lowercase
/// paragraphLine := any other line; consecutive ones join with one space
/// table         := "@table" cells NL { row | blank | comment } "@endtable";  row := "|" cell { "|" cell } [ "|" ]
/// ```
/// A line starting with `\` is always paragraph text (`\@`, `\#`, `\-` escape a leading marker).
/// `@link URI` makes the next paragraph a link; `@space N` adds N points of vertical space (an extension).
/// Unknown directives throw `FixtureError.unknownDirective`; bad arguments throw `invalidDirective`.
struct FixtureParser {
    private let lines: [Substring]
    private var index = 0
    private var elements: [FixtureMarkup.Element] = []
    private var pendingLink: (uri: String, line: Int)?

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
    }

    mutating func parse() throws -> [FixtureMarkup.Element] {
        while index < lines.count {
            try parseLine()
        }
        if let link = pendingLink { throw FixtureError.danglingLink(line: link.line) }
        return elements
    }

    private var lineNumber: Int { index + 1 }

    private mutating func parseLine() throws {
        let raw = lines[index]
        let line = raw.trimmingCharacters(in: .whitespaces)
        if line.isEmpty || line.hasPrefix("//") {
            index += 1
        } else if line.hasPrefix("@") {
            try parseDirective(line)
        } else if let level = headingLevel(line) {
            let text = line.dropFirst(level).trimmingCharacters(in: .whitespaces)
            append(.heading(level: level, runs: try inline(text)))
            index += 1
        } else if let (marker, rest) = listMarker(line) {
            let start = lineNumber
            index += 1
            var text = rest
            while index < lines.count, let first = lines[index].first, first == " " || first == "\t",
                !lines[index].trimmingCharacters(in: .whitespaces).isEmpty
            {
                text += " " + lines[index].trimmingCharacters(in: .whitespaces)
                index += 1
            }
            append(.listItem(marker: marker, runs: try inline(text, line: start)), line: start)
        } else {
            try parseParagraph()
        }
    }

    private mutating func parseParagraph() throws {
        let start = lineNumber
        var parts: [String] = []
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("//") {
                index += 1
                continue
            }
            if line.isEmpty || line.hasPrefix("@") || headingLevel(line) != nil { break }
            if !parts.isEmpty, listMarker(line) != nil { break }
            parts.append(line)
            index += 1
        }
        var runs = try inline(parts.joined(separator: " "), line: start)
        if let link = pendingLink {
            runs = runs.map { InlineRun($0.text, style: with($0.style) { $0.link = link.uri }) }
            pendingLink = nil
        }
        append(.paragraph(runs: runs), line: start)
    }

    // MARK: Directives

    private mutating func parseDirective(_ line: String) throws {
        let body = line.dropFirst()
        let name = String(body.prefix { !$0.isWhitespace })
        let argument = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        let start = lineNumber
        index += 1
        func invalid(_ reason: String) -> FixtureError {
            .invalidDirective(name: name, line: start, reason: reason)
        }
        switch name {
        case "meta":
            append(.meta(try parseMeta(argument, invalid: invalid)), line: start)
        case "page":
            guard let size = PageSize(rawValue: argument.lowercased()) else { throw invalid("expected letter or a4") }
            append(.page(size), line: start)
        case "font":
            guard let family = FontFamily(rawValue: argument.lowercased()) else { throw invalid("expected serif or sans") }
            append(.font(family), line: start)
        case "size":
            guard let size = Double(argument), size >= 4, size <= 72 else { throw invalid("expected a size from 4 to 72") }
            append(.size(size), line: start)
        case "columns":
            guard let count = Int(argument), (1...4).contains(count) else { throw invalid("expected 1 to 4 columns") }
            append(.columns(count), line: start)
        case "header":
            append(.header(argument), line: start)
        case "footer":
            append(.footer(argument), line: start)
        case "newpage":
            append(.newPage, line: start)
        case "rule":
            append(.rule, line: start)
        case "space":
            guard let points = Double(argument), points > 0, points < 800 else { throw invalid("expected points from 0 to 800") }
            append(.space(points), line: start)
        case "hyphenate":
            guard argument == "on" || argument == "off" else { throw invalid("expected on or off") }
            append(.hyphenate(argument == "on"), line: start)
        case "link":
            guard !argument.isEmpty, !argument.contains(where: \.isWhitespace) else { throw invalid("expected one URI") }
            pendingLink = (argument, start)
        case "toc":
            guard let bar = argument.lastIndex(of: "|") else { throw invalid("expected 'text | page'") }
            let text = argument[..<bar].trimmingCharacters(in: .whitespaces)
            let page = argument[argument.index(after: bar)...].trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty, !page.isEmpty else { throw invalid("expected 'text | page'") }
            append(.tocEntry(runs: try inline(text, line: start), page: page), line: start)
        case "outline":
            guard let bar = argument.lastIndex(of: "|"),
                let page = Int(argument[argument.index(after: bar)...].trimmingCharacters(in: .whitespaces)), page >= 1
            else { throw invalid("expected 'title | page'") }
            append(.outline(title: argument[..<bar].trimmingCharacters(in: .whitespaces), page: page), line: start)
        case "footnote":
            let label = String(argument.prefix { !$0.isWhitespace })
            guard !label.isEmpty else { throw invalid("expected a label and the note text") }
            let text = argument.dropFirst(label.count).trimmingCharacters(in: .whitespaces)
            append(.footnote(label: label, runs: try inline(text, line: start)), line: start)
        case "table":
            try parseTable(header: argument, start: start)
        case "endtable":
            throw invalid("no @table is open")
        case "text":
            append(try parseAbsoluteText(argument, invalid: invalid), line: start)
        default:
            throw FixtureError.unknownDirective(name: name, line: start)
        }
    }

    private func parseMeta(_ argument: String, invalid: (String) -> FixtureError) throws -> [MetaEntry] {
        try argument.split(separator: ";").map { pair in
            guard let equals = pair.firstIndex(of: "=") else { throw invalid("expected key=value pairs separated by ';'") }
            let key = pair[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let value = pair[pair.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            let known = ["title", "author", "subject", "keywords", "creator", "created", "modified"]
            guard known.contains(key) else { throw invalid("unknown key '\(key)'") }
            return MetaEntry(key: key, value: value)
        }
    }

    private func parseAbsoluteText(_ argument: String, invalid: (String) -> FixtureError) throws -> FixtureBlock {
        var rest = Substring(argument)
        var values: [String: String] = [:]
        while let word = rest.split(separator: " ", maxSplits: 1).first, let equals = word.firstIndex(of: "="),
            ["x", "y", "size", "font"].contains(String(word[..<equals]))
        {
            values[String(word[..<equals])] = String(word[word.index(after: equals)...])
            rest = rest.dropFirst(word.count).drop(while: { $0 == " " })
        }
        guard let x = values["x"].flatMap(Double.init), let y = values["y"].flatMap(Double.init) else {
            throw invalid("expected x=NUMBER y=NUMBER")
        }
        let size = values["size"].flatMap(Double.init) ?? 11
        guard let face = FontFace(name: values["font"] ?? "serif") else { throw invalid("unknown font") }
        guard !rest.isEmpty else { throw invalid("expected text after the options") }
        return .absoluteText(x: x, y: y, size: size, face: face, text: String(rest))
    }

    private mutating func parseTable(header: String, start: Int) throws {
        let headerCells = try cells(header, line: start)
        guard !headerCells.isEmpty else {
            throw FixtureError.invalidDirective(name: "table", line: start, reason: "expected header cells")
        }
        var rows: [[[InlineRun]]] = []
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            if line == "@endtable" {
                index += 1
                append(.table(header: headerCells, rows: rows), line: start)
                return
            }
            if line.hasPrefix("|") {
                rows.append(try cells(line, line: lineNumber))
            } else if !line.isEmpty && !line.hasPrefix("//") {
                throw FixtureError.invalidTableRow(line: lineNumber)
            }
            index += 1
        }
        throw FixtureError.unterminatedTable(line: start)
    }

    private func cells(_ text: String, line: Int) throws -> [[InlineRun]] {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.hasPrefix("|") { body = body.dropFirst() }
        if body.hasSuffix("|") { body = body.dropLast() }
        return try body.split(separator: "|", omittingEmptySubsequences: false).map {
            try inline($0.trimmingCharacters(in: .whitespaces), line: line)
        }
    }

    // MARK: Helpers

    private mutating func append(_ block: FixtureBlock, line: Int? = nil) {
        elements.append(FixtureMarkup.Element(line: line ?? lineNumber, block: block))
    }

    private func inline(_ text: String, line: Int? = nil) throws -> [InlineRun] {
        var parser = InlineParser(text: text, line: line ?? lineNumber)
        return try parser.parse()
    }

    private func headingLevel(_ line: String) -> Int? {
        for level in (1...3).reversed() where line.hasPrefix(String(repeating: "#", count: level) + " ") {
            return level
        }
        return nil
    }

    /// The list marker that starts `line`, and the text after it.
    private func listMarker(_ line: String) -> (ListMarker, String)? {
        if line.hasPrefix("- ") || line.hasPrefix("• ") {
            return (.bullet, String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces))
        }
        guard let space = line.firstIndex(of: " ") else { return nil }
        let label = String(line[..<space])
        guard Self.isListLabel(label) else { return nil }
        return (.label(label), line[space...].trimmingCharacters(in: .whitespaces))
    }

    static func isListLabel(_ label: String) -> Bool {
        var core = Substring(label)
        let closed = core.hasSuffix(".") || core.hasSuffix(")")
        if closed { core = core.dropLast() }
        guard !core.isEmpty else { return false }
        let groups = core.split(separator: ".", omittingEmptySubsequences: false)
        if groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) {
            return closed || groups.count > 1
        }
        guard closed, groups.count == 1 else { return false }
        if core.count == 1, let letter = core.first, letter.isLowercase, letter.isASCII { return true }
        return core.count <= 6 && core.allSatisfy { "ivxlc".contains($0) }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

func with<T>(_ value: T, _ change: (inout T) -> Void) -> T {
    var copy = value
    change(&copy)
    return copy
}
