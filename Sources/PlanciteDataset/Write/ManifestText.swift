import Foundation

/// The text of `manifest.json`, written one input and one file at a time.
///
/// Byte for byte what `JSONCoding.pretty(manifest)` writes, without a tree of the whole manifest:
/// at the end of a 1,000-document batch that tree was the largest thing in memory (2.7 MB of a
/// 4.2 MB heap). The frame (scalars and totals) is encoded with the two lists empty, then each
/// list's items are encoded alone and set in, indented one level deeper.
enum ManifestText {
    static func pretty(_ manifest: Manifest) throws -> Data {
        var frame = manifest
        frame.inputs = []
        frame.files = []
        let shell = try JSONCoding.pretty(frame)
        var text = Data()
        text.reserveCapacity(shell.count + 400 * (manifest.inputs.count + manifest.files.count))
        var rest = shell[...]
        func setIn<T: Encodable>(_ key: String, _ items: [T]) throws {
            let empty = Data("\"\(key)\" : \(emptyList)".utf8)
            guard let slot = rest.firstRange(of: empty) else {
                throw EncodingError.invalidValue(manifest, .init(codingPath: [], debugDescription: "no empty \(key) list in the manifest's frame"))
            }
            text.append(contentsOf: rest[..<slot.lowerBound])
            text.append(contentsOf: "\"\(key)\" : ".utf8)
            if items.isEmpty {
                text.append(contentsOf: emptyList.utf8)
            } else {
                text.append(contentsOf: "[\n".utf8)
                for (index, item) in items.enumerated() {
                    appendIndented(try JSONTextEncoder.encode(item, style: .pretty), to: &text)
                    text.append(contentsOf: (index == items.count - 1 ? "\n" : ",\n").utf8)
                }
                text.append(contentsOf: "  ]".utf8)
            }
            rest = rest[slot.upperBound...]
        }
        try setIn("files", manifest.files)
        try setIn("inputs", manifest.inputs)
        text.append(contentsOf: rest)
        return text
    }

    /// An empty list one level deep, as the pretty encoder writes it.
    private static let emptyList = "[\n\n  ]"

    /// Appends `item` with four spaces before each of its lines.
    private static func appendIndented(_ item: Data, to text: inout Data) {
        var lineStart = item.startIndex
        while lineStart < item.endIndex {
            let lineEnd = item[lineStart...].firstIndex(of: 0x0A) ?? item.endIndex
            text.append(contentsOf: "    ".utf8)
            text.append(contentsOf: item[lineStart..<lineEnd])
            if lineEnd < item.endIndex { text.append(0x0A) }
            lineStart = lineEnd + 1
        }
    }
}
