import CPoppler

/// Font names as poppler reports them, each read once per document: the name without its
/// subset prefix and the traits the name says.
struct FontTable {
    struct Entry {
        var name: String
        var traits: FontTraits
    }

    private var entries: [String: Entry] = [:]
    /// The raw name last asked for (NUL-terminated) and its entry: runs of one font follow each other.
    private var lastRaw: [CChar] = []
    private var lastEntry: Entry?

    /// The entry for a raw font name such as `ABCDEF+DejaVuSerif-Bold`.
    mutating func entry(for raw: UnsafePointer<gchar>?) -> Entry {
        if let raw, let lastEntry, strcmp(raw, lastRaw) == 0 { return lastEntry }
        let rawName = raw.map { String(cString: $0) } ?? ""
        let entry: Entry
        if let known = entries[rawName] {
            entry = known
        } else {
            let name = PageReader.stripSubsetPrefix(rawName)
            entry = Entry(name: name, traits: FontTraits(fontName: name))
            entries[rawName] = entry
        }
        if let raw {
            lastRaw = Array(UnsafeBufferPointer(start: raw, count: strlen(raw) + 1))
            lastEntry = entry
        } else {
            lastEntry = nil
        }
        return entry
    }
}
