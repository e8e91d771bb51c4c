import Foundation

extension Substring {
    /// `trimmingCharacters(in: .whitespaces)`, without Foundation for the usual text.
    ///
    /// Spaces and tabs at ASCII ends are cut byte by byte. Foundation decides only when what
    /// remains starts or ends with a non-ASCII scalar that may be white space (U+00A0, U+2003…);
    /// the caseless punctuation of U+2010–U+2027 and U+2030–U+205E (dashes, quotes) never is.
    public func trimmingSpaces() -> String {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { bytes.formIndex(after: &start) }
        while start < end {
            let last = bytes.index(before: end)
            guard bytes[last] == 0x20 || bytes[last] == 0x09 else { break }
            end = last
        }
        guard start < end else { return "" }
        let rest = self[start..<end]
        func mayBeSpace(_ scalar: Unicode.Scalar?) -> Bool {
            guard let value = scalar?.value else { return false }
            return !((0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value))
        }
        if bytes[start] >= 0x80, mayBeSpace(rest.unicodeScalars.first) { return trimmingCharacters(in: .whitespaces) }
        if bytes[bytes.index(before: end)] >= 0x80, mayBeSpace(rest.unicodeScalars.last) { return trimmingCharacters(in: .whitespaces) }
        return String(rest)
    }
}

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, without Foundation for the usual text.
    public func trimmingSpaces() -> String { self[...].trimmingSpaces() }
}
