import Foundation

/// The text of `manifest.json`, written one input and one file at a time.
///
/// Byte for byte what `JSONCoding.pretty(manifest)` writes, without a tree of the whole manifest:
/// at the end of a 1,000-document batch that tree was the largest thing in memory (2.7 MB of a
/// 4.2 MB heap). The frame (scalars and totals) is encoded with the two lists empty, then each
/// list's items are encoded alone and set in, indented one level deeper.
enum ManifestText {
    /// The manifest, pretty-printed with sorted keys and a final line break.
    static func pretty(_ manifest: Manifest) throws -> Data {
        var frame = manifest
        frame.inputs = []
        frame.files = []
        let frameText = try JSONCoding.pretty(frame)
        var text = Data()
        text.reserveCapacity(frameText.count + 400 * (manifest.inputs.count + manifest.files.count))
        var remaining = frameText[...]
        let encoder = JSONTextEncoder()
        func fillList<T: Encodable>(_ key: String, _ items: [T]) throws {
            let empty = Data("\"\(key)\" : \(emptyList)".utf8)
            guard let slot = remaining.firstRange(of: empty) else {
                throw EncodingError.invalidValue(manifest, .init(codingPath: [], debugDescription: "no empty \(key) list in the manifest's frame"))
            }
            text.append(contentsOf: remaining[..<slot.lowerBound])
            text.append(contentsOf: "\"\(key)\" : ".utf8)
            if items.isEmpty {
                text.append(contentsOf: emptyList.utf8)
            } else {
                text.append(contentsOf: "[\n".utf8)
                for (index, item) in items.enumerated() {
                    appendIndented(try encoder.encode(item, style: .pretty), to: &text)
                    text.append(contentsOf: (index == items.count - 1 ? "\n" : ",\n").utf8)
                }
                text.append(contentsOf: "  ]".utf8)
            }
            remaining = remaining[slot.upperBound...]
        }
        try fillList("files", manifest.files)
        try fillList("inputs", manifest.inputs)
        text.append(contentsOf: remaining)
        return text
    }

    /// An empty list one level deep, as the pretty encoder writes it.
    private static let emptyList = "[\n\n  ]"

    /// Appends `item` with four spaces before each of its lines that is not empty.
    static func appendIndented(_ item: Data, to text: inout Data) {
        // Lines are found with memchr and gathered in one array, for a single append to `text`.
        var indented: [UInt8] = []
        item.withUnsafeBytes { (source: UnsafeRawBufferPointer) in
            guard let base = source.baseAddress else { return }
            indented.reserveCapacity(source.count + source.count / 4)
            let indent: [UInt8] = Array("    ".utf8)
            var lineStart = 0
            while lineStart < source.count {
                let newline = memchr(base + lineStart, 0x0A, source.count - lineStart)
                let lineEnd = newline.map { base.distance(to: UnsafeRawPointer($0)) } ?? source.count
                if lineEnd > lineStart { indented += indent }
                indented.append(contentsOf: UnsafeRawBufferPointer(rebasing: source[lineStart..<lineEnd]))
                if lineEnd < source.count { indented.append(0x0A) }
                lineStart = lineEnd + 1
            }
        }
        text.append(contentsOf: indented)
    }
}
