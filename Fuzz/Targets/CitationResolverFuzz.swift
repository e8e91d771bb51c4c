import PlanciteCitations
import PlanciteCore

/// Splits the input into notes (one a line; a line starting with a digit run takes it as its
/// label, else the line number) and resolves them: ibid chains, supra targets, op. cit. authors.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCitationResolver(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    var notes: [Note] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200).enumerated() {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        let label = digits.isEmpty ? String(index + 1) : String(digits.prefix(6))
        let series = notes.last.map { Int(label) ?? 0 < Int($0.label) ?? 0 ? $0.series + 1 : $0.series } ?? 0
        notes.append(Note(
            id: "note-\(label)-\(index)", label: label, ordinal: index + 1, page: 1 + index / 10,
            bbox: Rect(x0: 0, y0: Double(index), x1: 100, y1: Double(index) + 10),
            text: String(line.dropFirst(digits.count)), kind: .reference, series: series))
    }
    _ = CitationResolver().resolve(notes)
    return 0
}
