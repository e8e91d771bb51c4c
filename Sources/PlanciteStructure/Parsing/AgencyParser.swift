import Foundation

/// Reads responsible agencies from a trailing parenthesis or a table cell.
///
/// Grammar:
/// ```
/// trailing := text "(" list ")" "."?        — at the very end of the text
/// list     := ("Lead:" | "Lead agency:" | "Responsible:")? name (sep name)*
/// sep      := "," | ";" | " and " | " & " | "/"   (` and ` only between names that hold no " of ")
/// name     := starts with a capital letter or digit, at most 8 words, whose lower-case words
///             are only of/the/and/for/on/in/to
/// ```
/// A parenthesis that does not read as a list of names (`(see below)`, a year) is left in the text.
public enum AgencyParser {
    /// The text without its trailing agency parenthesis, and the agencies it named.
    public static func splitTrailing(_ text: String) -> (text: String, agencies: [String]) {
        if let split = asciiSplitTrailing(text) { return split }
        return characterSplitTrailing(text)
    }

    /// `characterSplitTrailing` for ASCII text, read from its contiguous bytes (only the
    /// parenthesis and the text before it are copied); nil for other text.
    static func asciiSplitTrailing(_ text: String) -> (text: String, agencies: [String])? {
        let split = text.utf8.withContiguousStorageIfAvailable { bytes -> (text: String, agencies: [String])? in
            for byte in bytes where byte >= 0x80 { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x2E || bytes[end - 1] == 0x3B { end -= 1 }
            guard end > 0, bytes[end - 1] == 0x29 else { return (text, []) }
            let close = end - 1
            var open = close
            while open > 0, bytes[open - 1] != 0x28 { open -= 1 }
            guard open > 0 else { return (text, []) }
            open -= 1
            // `open` is the last `(` before `close`: the parenthesis holds no other.
            let inside = String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]), as: UTF8.self)
            guard let agencies = parseList(inside) else { return (text, []) }
            var remaining = open
            while remaining > 0, bytes[remaining - 1] == 0x20 { remaining -= 1 }
            var result = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<remaining]), as: UTF8.self)
            // An ASCII `.` is a character of its own: the text ends in one when its last byte is one.
            if bytes.last == 0x2E, remaining == 0 || bytes[remaining - 1] != 0x2E { result += "." }
            return (result, agencies)
        }
        return split ?? nil
    }

    /// `splitTrailing` character by character (ASCII text takes the same steps on bytes).
    static func characterSplitTrailing(_ text: String) -> (text: String, agencies: [String]) {
        let isASCII = text.isASCII
        guard let (open, close) = trailingParenthesis(in: text, isASCII: isASCII) else { return (text, []) }
        let inside = text[text.index(after: open)..<close]
        let nested = isASCII ? inside.utf8.contains(0x28) : inside.contains("(")
        guard !nested, let agencies = parseList(String(inside)) else { return (text, []) }
        var remaining = text[..<open]
        if isASCII {
            while remaining.utf8.last == 0x20 { remaining = remaining[..<remaining.utf8.index(before: remaining.endIndex)] }
        } else {
            while let last = remaining.last, last == " " { remaining = remaining.dropLast() }
        }
        var result = String(remaining)
        if text.hasSuffix("."), !result.hasSuffix(".") { result += "." }
        return (result, agencies)
    }

    /// The `(` and `)` of a parenthesis that ends the text (before spaces, `.` and `;`), or nil.
    private static func trailingParenthesis(in text: String, isASCII: Bool)
        -> (open: String.Index, close: String.Index)?
    {
        guard isASCII else {
            var body = Substring(text)
            while let last = body.last, last == " " || last == "." || last == ";" { body = body.dropLast() }
            guard body.last == ")", let open = body.lastIndex(of: "(") else { return nil }
            return (open, body.index(before: body.endIndex))
        }
        let bytes = text.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let before = bytes.index(before: end)
            guard bytes[before] == 0x20 || bytes[before] == 0x2E || bytes[before] == 0x3B else { break }
            end = before
        }
        guard end > bytes.startIndex else { return nil }
        let close = bytes.index(before: end)
        guard bytes[close] == 0x29, let open = bytes[..<close].lastIndex(of: 0x28) else { return nil }
        return (open, close)
    }

    /// The names in a table cell; parts that do not read as names (`Required for all agencies`) are dropped.
    public static func parseCell(_ text: String) -> [String] {
        splitNames(text).filter(isName)
    }

    /// The names in a cell or parenthesis, or nil when the text does not read as a list of names.
    public static func parseList(_ text: String) -> [String]? {
        let parts = splitNames(text)
        guard !parts.isEmpty, parts.allSatisfy(isName) else { return nil }
        return parts
    }

    /// Labels a cell or parenthesis may start with, checked in this order.
    static let labelPrefixes = ["Lead agency:", "Lead Agency:", "Lead:", "Responsible:", "Responsible party:", "Owner:"]

    static let joiningWords: Set<String> = ["of", "the", "and", "for", "on", "in", "&", "to"]

    /// Starts with a capital or digit, at most 8 words, lower-case words only joining words, not a year.
    static func isName(_ part: String) -> Bool {
        part.isASCII ? isASCIIName(part) : isCharacterName(part)
    }

    /// `isName` for ASCII text, byte by byte: a character is a byte, capitals are `A`–`Z`, digits `0`–`9`.
    private static func isASCIIName(_ part: String) -> Bool {
        let bytes = part.utf8
        guard let first = bytes.first, (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39),
            !(Int(part).map { $0 >= 1900 } ?? false)
        else { return false }
        var words = 0
        var wordStart: String.Index?
        var index = bytes.startIndex
        while true {
            let atEnd = index == bytes.endIndex
            if atEnd || bytes[index] == 0x20 {
                if let start = wordStart {
                    words += 1
                    let initial = bytes[start]
                    if initial >= 0x61 && initial <= 0x7A, !joiningWords.contains(String(part[start..<index])) {
                        return false
                    }
                    wordStart = nil
                }
                if atEnd { break }
            } else if wordStart == nil {
                wordStart = index
            }
            bytes.formIndex(after: &index)
        }
        return words <= 8
    }

    static func isCharacterName(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        guard let first = part.first, first.isUppercase || first.isNumber, words.count <= 8,
            !(Int(part).map { $0 >= 1900 } ?? false)
        else { return false }
        return words.allSatisfy { word in
            word.first?.isLowercase != true || joiningWords.contains(String(word))
        }
    }

    static func splitNames(_ text: String) -> [String] {
        asciiSplitNames(text) ?? characterSplitNames(text)
    }

    /// `characterSplitNames` for ASCII text without a carriage return (a byte is a character),
    /// read in place: only the names are copied. Nil for other text.
    static func asciiSplitNames(_ text: String) -> [String]? {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
            func trimmed(_ range: Range<Int>) -> Range<Int> {
                var start = range.lowerBound
                var end = range.upperBound
                while start < end, isSpace(bytes[start]) { start += 1 }
                while start < end, isSpace(bytes[end - 1]) { end -= 1 }
                return start..<end
            }
            func starts(_ range: Range<Int>, with pattern: StaticString) -> Bool {
                let count = pattern.utf8CodeUnitCount
                guard range.count >= count else { return false }
                let start = pattern.utf8Start
                for offset in 0..<count where bytes[range.lowerBound + offset] != start[offset] { return false }
                return true
            }
            func find(_ pattern: StaticString, in range: Range<Int>) -> Int? {
                let count = pattern.utf8CodeUnitCount
                guard range.count >= count else { return nil }
                for start in range.lowerBound...(range.upperBound - count)
                where starts(start..<range.upperBound, with: pattern) {
                    return start
                }
                return nil
            }
            var body = trimmed(0..<bytes.count)
            // As `labelPrefixes`, in order, each read on what the ones before it left.
            for prefix: StaticString in ["Lead agency:", "Lead Agency:", "Lead:", "Responsible:", "Responsible party:", "Owner:"]
            where starts(body, with: prefix) {
                body = (body.lowerBound + prefix.utf8CodeUnitCount)..<body.upperBound
            }
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(4)
            var pieceStart = body.lowerBound
            for index in body.lowerBound...body.upperBound {
                if index < body.upperBound {
                    let byte = bytes[index]
                    guard byte == 0x2C || byte == 0x3B || byte == 0x2F || byte == 0x26 else { continue }
                }
                // Empty pieces are left out, as `split` leaves them out.
                if index > pieceStart {
                    var name = trimmed(pieceStart..<index)
                    if starts(name, with: "and ") { name = (name.lowerBound + 4)..<name.upperBound }
                    if !name.isEmpty {
                        if find(" of ", in: name) != nil || find(" and ", in: name) == nil {
                            ranges.append(name)
                        } else {
                            var start = name.lowerBound
                            while let and = find(" and ", in: start..<name.upperBound) {
                                let part = trimmed(start..<and)
                                if !part.isEmpty { ranges.append(part) }
                                start = and + 5
                            }
                            let part = trimmed(start..<name.upperBound)
                            if !part.isEmpty { ranges.append(part) }
                        }
                    }
                }
                pieceStart = index + 1
            }
            /// True when `droppingTrailingYears` leaves the part as it is: single spaces between
            /// words, none at the ends, and a last word that is not four digits from 1900.
            func keepsItsWords(_ range: Range<Int>) -> Bool {
                var previous: UInt8 = 0x20
                var lastWord = range.lowerBound
                for index in range {
                    let byte = bytes[index]
                    if byte == 0x20 {
                        if previous == 0x20 { return false }
                        lastWord = index + 1
                    }
                    previous = byte
                }
                guard previous != 0x20 else { return false }
                guard range.upperBound - lastWord == 4 else { return true }
                var value = 0
                for index in lastWord..<range.upperBound {
                    let byte = bytes[index]
                    guard byte >= 0x30 && byte <= 0x39 else { return true }
                    value = value * 10 + Int(byte - 0x30)
                }
                return value < 1900
            }
            return ranges.map { range in
                let part = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                return keepsItsWords(range) ? part : droppingTrailingYears(part)
            }
        }
        return found ?? nil
    }

    /// The names in a cell or parenthesis, character by character (see `splitNames`).
    static func characterSplitNames(_ text: String) -> [String] {
        var body = text.trimmingSpaces()
        // Every prefix starts with `L`, `R` or `O`: other texts skip the six comparisons.
        if let first = body.utf8.first, first == 0x4C || first == 0x52 || first == 0x4F {
            for prefix in labelPrefixes where body.hasPrefix(prefix) {
                body = String(body.dropFirst(prefix.count))
            }
        }
        var parts: [String] = []
        for piece in pieces(of: body) {
            var name = piece.trimmingSpaces()
            if name.hasPrefix("and ") { name = String(name.dropFirst(4)) }
            if name.isEmpty { continue }
            if TextScan.firstRange(of: " of ", in: name) != nil || TextScan.firstRange(of: " and ", in: name) == nil {
                parts.append(name)
            } else {
                parts += name.components(separatedBy: " and ").map {
                    $0.trimmingSpaces()
                }.filter { !$0.isEmpty }
            }
        }
        return parts.map(droppingTrailingYears)
    }

    /// The text split at `,` `;` `/` `&`, empty pieces left out.
    private static func pieces(of text: String) -> [Substring] {
        guard text.isASCII else { return text.split(whereSeparator: { ",;/&".contains($0) }) }
        return text.utf8.split(whereSeparator: { $0 == 0x2C || $0 == 0x3B || $0 == 0x2F || $0 == 0x26 })
            .map { text[$0.startIndex..<$0.endIndex] }
    }

    /// A year that a merged neighbouring cell left behind (`Counties 2026`) is not part of a name;
    /// words come out joined by single spaces.
    private static func droppingTrailingYears(_ part: String) -> String {
        if isSingleSpacedASCII(part) {
            // The text is unchanged unless its last word is a year.
            let bytes = part.utf8
            let lastWord = bytes.lastIndex(of: 0x20).map { part[bytes.index(after: $0)...] } ?? part[...]
            guard lastWord.utf8.count == 4, Int(lastWord).map({ $0 >= 1900 }) == true else { return part }
        }
        var words = part.split(separator: " ")
        while words.count > 1, let last = words.last, last.count == 4, Int(last).map({ $0 >= 1900 }) == true {
            words.removeLast()
        }
        return words.joined(separator: " ")
    }

    /// True for ASCII text that is not empty, with single spaces between words and none at the ends.
    private static func isSingleSpacedASCII(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            if byte >= 0x80 || byte == 0x20 && previous == 0x20 { return false }
            previous = byte
        }
        return previous != 0x20
    }
}
