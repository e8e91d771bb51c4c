/// Makes document ids: slugs of file names, unique within one output folder.
public struct DocumentIDAllocator: Sendable {
    private var taken: Set<String> = []

    public init() {}

    /// `Samples/Plan 2024 (final).pdf` → `plan-2024-final`; a repeat gets `-2`, `-3`….
    public mutating func allocate(forFileName name: String) -> String {
        let base = Self.slug(name)
        var candidate = base
        var counter = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// A lowercase slug of a file name without its extension; never empty, never a path.
    public static func slug(_ fileName: String) -> String {
        var stem = Substring(fileName.split(separator: "/").last ?? "")
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
        var result = ""
        var pendingDash = false
        for scalar in stem.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" {
                if pendingDash && !result.isEmpty { result += "-" }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "document" : String(result.prefix(120))
    }
}
