import PlanciteCore
import PlanciteLayout

/// Builds LayoutDocuments by hand from compact strings.
///
/// In a line, words are separated by spaces; `^{x}` is a superscript token (glued to the previous
/// word unless a space precedes it), `^^{x}` an exponent token. Lines of a block are separated by `\n`.
struct LayoutBuilder {
    private var pages: [LayoutPage] = []
    private var offset = 0
    private var y = 72.0

    init() { newPage() }

    mutating func newPage() {
        pages.append(LayoutPage(number: pages.count + 1, width: 612, height: 792, body: []))
        offset = 0
        y = 72
    }

    mutating func heading(_ text: String, level: Int = 1) {
        var block = makeBlock(text, kind: .heading, size: 18)
        block.headingLevel = level
        pages[pages.count - 1].body.append(block)
    }

    mutating func paragraph(_ text: String) {
        pages[pages.count - 1].body.append(makeBlock(text, kind: .paragraph, size: 11))
    }

    mutating func listItem(_ text: String, marker: String) {
        var block = makeBlock(text, kind: .listItem, size: 11)
        block.listMarker = marker
        pages[pages.count - 1].body.append(block)
    }

    mutating func tableRow(_ text: String) {
        pages[pages.count - 1].body.append(makeBlock(text, kind: .tableRow, size: 11))
    }

    mutating func footnote(_ text: String) {
        let saved = y
        y = 700 + Double(pages[pages.count - 1].footnotes.count) * 20
        let block = makeBlock(text, kind: .footnote, size: 8)
        y = saved
        pages[pages.count - 1].footnotes.append(block)
    }

    var document: LayoutDocument { LayoutDocument(path: "built.pdf", pages: pages) }

    private mutating func makeBlock(_ text: String, kind: BlockKind, size: Double) -> Block {
        let page = pages.count
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { lineText -> Line in
            let tokens = LayoutBuilder.tokens(String(lineText), page: page, size: size, y: y, offset: &offset)
            let bbox = Rect.union(tokens.map(\.bbox))
            defer { y += size * 1.3 }
            offset += 1
            return Line(tokens: tokens, page: page, bbox: bbox, baseline: y + size, bodySize: size)
        }
        y += size
        let start = lines.first?.tokens.first?.range.start ?? offset
        return Block(
            kind: kind, lines: lines, page: page, bbox: Rect.union(lines.map(\.bbox)),
            range: TextRange(start: start, end: offset))
    }

    static func tokens(_ line: String, page: Int, size: Double, y: Double, offset: inout Int) -> [Token] {
        var tokens: [Token] = []
        var x = 72.0
        func add(_ text: String, kind: TokenKind, spaceBefore: Bool) {
            guard !text.isEmpty else { return }
            if spaceBefore && !tokens.isEmpty {
                offset += 1
                x += size * 0.3
            }
            let tokenSize = kind == .word ? size : size * 0.6
            let width = Double(text.count) * tokenSize * 0.5
            let top = kind == .word ? y : y - size * 0.35
            let count = text.unicodeScalars.count
            tokens.append(
                Token(
                    text: text, kind: kind, page: page, bbox: Rect(x0: x, y0: top, x1: x + width, y1: top + tokenSize),
                    size: tokenSize, range: TextRange(start: offset, end: offset + count), spaceBefore: spaceBefore))
            offset += count
            x += width
        }
        for word in line.split(separator: " ") {
            var rest = Substring(word)
            var first = true
            while !rest.isEmpty {
                if rest.hasPrefix("^^{") || rest.hasPrefix("^{"), let close = rest.firstIndex(of: "}") {
                    let isExponent = rest.hasPrefix("^^{")
                    let inner = rest[rest.index(rest.startIndex, offsetBy: isExponent ? 3 : 2)..<close]
                    add(String(inner), kind: isExponent ? .exponent : .superscript, spaceBefore: first)
                    rest = rest[rest.index(after: close)...]
                } else {
                    let end = rest.range(of: "^")?.lowerBound ?? rest.endIndex
                    let piece = rest[..<end].isEmpty ? rest : rest[..<end]
                    add(String(piece), kind: .word, spaceBefore: first)
                    rest = rest[piece.endIndex...]
                }
                first = false
            }
        }
        return tokens
    }
}
