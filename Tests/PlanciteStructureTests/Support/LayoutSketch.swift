import Foundation
import PlanciteCore
import PlanciteLayout

/// Builds a `LayoutDocument` by hand from one compact line per block.
///
/// ```
/// === page                  starts a new page (the first page starts implicitly)
/// # Heading                 heading level 1 (size 20); ## level 2 (16); ### level 3 (13)
/// plain text                paragraph (size 11)
/// big Title text            paragraph set at size 28 (a cover title)
/// - item                    list item with marker "•"
/// [3.1] item                list item with marker "3.1" (the marker is not repeated in the text)
/// toc Goal 1 ..... 5        table-of-contents entry
/// hdr Running header        running header (furniture)
/// |1h| A | B                header row of table 1; |1| a | b is a body row of table 1
/// ```
/// ` // ` inside a block's text breaks it into lines. `^{12}` inside text makes a superscript token. Offsets run on per page, one space between
/// tokens and one line break between blocks.
enum LayoutSketch {
    static func document(_ sketch: String) -> LayoutDocument {
        var pages: [LayoutPage] = []
        var body: [Block] = []
        var furniture: [Block] = []
        var offset = 0
        var y = 72.0

        func finishPage() {
            pages.append(LayoutPage(
                number: pages.count + 1, width: 612, height: 792, body: body, furniture: furniture))
            body = []
            furniture = []
            offset = 0
            y = 72
        }

        func tokens(_ text: String, size: Double, bold: Bool, page: Int) -> [Token] {
            var result: [Token] = []
            var x = 72.0
            for word in text.split(separator: " ") {
                var pieces: [(String, TokenKind, Bool)] = []
                var rest = Substring(word)
                var space = true
                while let open = rest.range(of: "^{"), let close = rest[open.upperBound...].firstIndex(of: "}") {
                    let before = rest[..<open.lowerBound]
                    if !before.isEmpty { pieces.append((String(before), .word, space)); space = false }
                    pieces.append((String(rest[open.upperBound..<close]), .superscript, false))
                    rest = rest[rest.index(after: close)...]
                    space = false
                }
                if !rest.isEmpty { pieces.append((String(rest), .word, space)) }
                for (text, kind, spaceBefore) in pieces {
                    if spaceBefore && !result.isEmpty { offset += 1 }
                    let count = text.unicodeScalars.count
                    let width = Double(count) * size * 0.5
                    result.append(Token(
                        text: text, kind: kind, page: page,
                        bbox: Rect(x0: x, y0: y, x1: x + width, y1: y + size),
                        size: kind == .superscript ? size * 0.6 : size, isBold: bold,
                        range: TextRange(start: offset, end: offset + count), spaceBefore: spaceBefore))
                    offset += count
                    x += width + size * 0.25
                }
            }
            return result
        }

        func block(_ kind: BlockKind, _ text: String, size: Double = 11, bold: Bool = false,
                   level: Int? = nil, marker: String? = nil, table: Int? = nil, header: Bool = false) -> Block {
            let page = pages.count + 1
            let start = offset
            var cells: [TableCell] = []
            var lineTokens: [Token] = []
            if table != nil {
                for (column, cellText) in text.split(separator: "|").enumerated() {
                    let cellTokens = tokens(cellText.trimmingCharacters(in: .whitespaces), size: size, bold: header, page: page)
                    offset += 1
                    cells.append(TableCell(tokens: cellTokens, bbox: Rect.union(cellTokens.map(\.bbox)), column: column))
                    lineTokens += cellTokens
                }
            }
            var lines: [Line] = []
            let top = y
            for (index, lineText) in (table == nil ? text.components(separatedBy: " // ") : [""]).enumerated() {
                if table == nil {
                    if index > 0 { offset += 1 }
                    lineTokens = tokens(lineText, size: size, bold: bold, page: page)
                }
                let right = min(540, lineTokens.map(\.bbox.x1).max() ?? 72)
                let lineBox = Rect(x0: 72, y0: y, x1: right, y1: y + size * 1.2)
                lines.append(Line(tokens: lineTokens, page: page, bbox: lineBox, baseline: y + size, bodySize: size))
                y += size * 1.2
            }
            let bbox = Rect(x0: 72, y0: top, x1: 540, y1: y)
            offset += 1
            y += size * 0.4
            return Block(
                kind: kind, lines: lines, page: page, bbox: bbox,
                range: TextRange(start: start, end: offset - 1), headingLevel: level,
                listMarker: marker, tableID: table, isHeaderRow: header, cells: cells)
        }

        for raw in sketch.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line == "=== page" {
                finishPage()
                continue
            }
            if line.hasPrefix("#") {
                let level = line.prefix(while: { $0 == "#" }).count
                let size = [20.0, 16, 13][min(level, 3) - 1]
                body.append(block(.heading, String(line.dropFirst(level + 1)), size: size, bold: true, level: level))
            } else if line.hasPrefix("big ") {
                body.append(block(.paragraph, String(line.dropFirst(4)), size: 28))
            } else if line.hasPrefix("- ") {
                body.append(block(.listItem, String(line.dropFirst(2)), marker: "•"))
            } else if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
                let marker = String(line[line.index(after: line.startIndex)..<close])
                let text = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
                body.append(block(.listItem, text, marker: marker))
            } else if line.hasPrefix("toc ") {
                body.append(block(.tocEntry, String(line.dropFirst(4))))
            } else if line.hasPrefix("hdr ") {
                furniture.append(block(.header, String(line.dropFirst(4)), size: 8.5))
            } else if line.hasPrefix("|"), let close = line.dropFirst().firstIndex(of: "|") {
                let tag = line[line.index(after: line.startIndex)..<close]
                let header = tag.hasSuffix("h")
                let id = Int(header ? tag.dropLast() : tag) ?? 0
                let cells = String(line[line.index(after: close)...])
                body.append(block(.tableRow, cells, bold: header, table: id, header: header))
            } else {
                body.append(block(.paragraph, line))
            }
        }
        finishPage()
        return LayoutDocument(path: "sketch.pdf", pages: pages)
    }
}
