import CPoppler

/// Font names as poppler reports them, each read once per document: the name without its
/// subset prefix and the traits the name says.
struct FontTable {
    struct Entry {
        var name: String
        var traits: FontTraits
    }

    private var entries: [String: Entry] = [:]

    /// The entry for a raw font name such as `ABCDEF+DejaVuSerif-Bold`.
    mutating func entry(for raw: UnsafePointer<gchar>?) -> Entry {
        let rawName = raw.map { String(cString: $0) } ?? ""
        if let known = entries[rawName] { return known }
        let name = PageReader.stripSubsetPrefix(rawName)
        let entry = Entry(name: name, traits: FontTraits(fontName: name))
        entries[rawName] = entry
        return entry
    }
}
