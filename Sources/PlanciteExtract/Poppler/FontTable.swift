import CPoppler

/// Font names as poppler reports them, each read once per document: the name without its
/// subset prefix and the traits the name says.
struct FontTable {
    struct Entry {
        var name: String
        var traits: FontTraits
    }

    private var entries: [String: Entry] = [:]
    /// The first raw names met (NUL-terminated) with their entries, matched byte for byte before
    /// a name is made a `String` and hashed: a document uses few fonts.
    private var recent: [(raw: [CChar], entry: Entry)] = []
    private static let recentLimit = 16

    /// The entry for a raw font name such as `ABCDEF+DejaVuSerif-Bold`.
    mutating func entry(for raw: UnsafePointer<gchar>?) -> Entry {
        if let raw {
            for index in recent.indices where recent[index].raw.withUnsafeBufferPointer({ strcmp(raw, $0.baseAddress!) }) == 0 {
                return recent[index].entry
            }
        }
        let rawName = raw.map { String(cString: $0) } ?? ""
        let entry: Entry
        if let known = entries[rawName] {
            entry = known
        } else {
            let name = PageReader.stripSubsetPrefix(rawName)
            entry = Entry(name: name, traits: FontTraits(fontName: name))
            entries[rawName] = entry
        }
        if let raw, recent.count < Self.recentLimit {
            recent.append((Array(UnsafeBufferPointer(start: raw, count: strlen(raw) + 1)), entry))
        }
        return entry
    }
}
