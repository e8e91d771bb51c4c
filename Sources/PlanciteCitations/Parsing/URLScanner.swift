/// Finds URLs and DOIs in note tokens and normalises them.
///
/// Grammar of a URL candidate (one token, or several when a line break split it):
/// ```
/// url        := scheme "://" host (":" port)? path?  |  "www." host path?  |  bare-host path?
/// scheme     := "http" | "https" | "ftp"
/// host       := label ("." label)+            -- last label alphabetic, 2+ letters
/// bare-host  := host ending in a common top-level domain (gov, org, com, edu, net, …)
/// ```
/// A token continues the previous candidate when the candidate ends in `/ - _ = & ? # .` and the
/// token looks like a path piece (no leading capitalised word). Trailing `.,;:)` are dropped unless
/// a `)` closes a `(` inside the URL. Tokens that start like a URL (`http`, `https`, `ftp`, `www.`)
/// but are not well formed are reported as malformed.
struct URLScanner {
    struct Result: Equatable {
        var urls: [String] = []
        var malformed: [String] = []
        var dois: [String] = []
        /// Token indices taken by URLs and DOIs.
        var consumed: Set<Int> = []
    }

    static let bareTopLevelDomains: Set<String> = [
        "gov", "org", "com", "edu", "net", "mil", "int", "us", "uk", "ca", "au", "eu", "io", "info",
    ]

    static func scan(_ tokens: [NoteToken]) -> Result {
        var result = Result()
        var index = 0
        while index < tokens.count {
            guard mayStartURLOrDOI(tokens[index].text) else {
                index += 1
                continue
            }
            let raw = stripLeading(tokens[index].text)
            if let doi = doi(in: raw) {
                appendUnique(doi, to: &result.dois)
                result.consumed.insert(index)
                if !startsLikeURL(raw) {
                    index += 1
                    continue
                }
            }
            guard startsLikeURL(raw) || isBareHost(raw) else {
                index += 1
                continue
            }
            var candidate = raw
            var last = index
            while last + 1 < tokens.count, continues(candidate, with: tokens[last + 1].text) {
                last += 1
                candidate += tokens[last].text
            }
            for taken in index...last { result.consumed.insert(taken) }
            let trimmed = candidate.trimmingTrailingPunctuation()
            if let url = normalise(trimmed) {
                appendUnique(url, to: &result.urls)
            } else if startsLikeURL(raw) {
                var malformed = trimmed
                // A space inside the host (`https://exa mple.org`): report the whole thing.
                if last + 1 < tokens.count, trimmed == candidate, !trimmed.contains("/", after: 8),
                    isBareHost(tokens[last + 1].text)
                {
                    last += 1
                    result.consumed.insert(last)
                    malformed = trimmed + " " + tokens[last].text.trimmingTrailingPunctuation()
                }
                appendUnique(malformed, to: &result.malformed)
            }
            index = last + 1
        }
        return result
    }

    /// False for a token that no step of `scan` takes: one whose dots (which DOIs and hosts hold)
    /// all stand in its closing run of `. , ; : " ' > ” ’` (which trimming drops: `no.`, `97.”`,
    /// `Inc.,`), and which after the bytes `stripLeading` may drop starts with none of `www`,
    /// `http`, `ftp` in any case.
    static func mayStartURLOrDOI(_ token: String) -> Bool {
        token.utf8.withContiguousStorageIfAvailable(mayStartURLOrDOI(utf8:)) ?? true
    }

    /// `mayStartURLOrDOI` read from a token's UTF-8.
    private static func mayStartURLOrDOI(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The closing run: each of its scalars is a character that `trimmingTrailingPunctuation`
        // drops whatever comes before it, so a dot in it is in no host and in no DOI (nothing but
        // the run follows it, so no `/`).
        var end = bytes.count
        closing: while end > 0 {
            switch bytes[end - 1] {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x22, 0x27, 0x3E:  // . , ; : " ' >
                end -= 1
            case 0x9D where end >= 3 && bytes[end - 2] == 0x80 && bytes[end - 3] == 0xE2,
                0x99 where end >= 3 && bytes[end - 2] == 0x80 && bytes[end - 3] == 0xE2:  // ” ’
                end -= 3
            default:
                break closing
            }
        }
        for index in 0..<end where bytes[index] == 0x2E { return true }
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0x28, 0x3C, 0x5B, 0x22, 0x27, 0xE2, 0x80, 0x9C, 0x98:  // ( < [ " ' and the bytes of “ ‘
                index += 1
            default:
                // `startsLikeURL` needs `www`, `http` or `ftp` in any case (`| 0x20` lowers exactly
                // the letters here, and no other character lowercases to them).
                func lowered(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] | 0x20 : 0 }
                switch lowered(0) {
                case 0x77: return lowered(1) == 0x77 && lowered(2) == 0x77  // www
                case 0x68: return lowered(1) == 0x74 && lowered(2) == 0x74 && lowered(3) == 0x70  // http
                case 0x66: return lowered(1) == 0x74 && lowered(2) == 0x70  // ftp
                default: return false
                }
            }
        }
        return false
    }

    /// A DOI (`10.1234/abc`) anywhere in the token, trailing punctuation dropped.
    static func doi(in raw: String) -> String? {
        guard ASCIIBytes.contains(raw, "10."), let range = raw.range(of: "10.") else { return nil }
        let rest = raw[range.lowerBound...]
        let prefix = raw[..<range.lowerBound].lowercased()
        guard prefix.isEmpty || prefix.hasSuffix("doi:") || prefix.hasSuffix("doi.org/") else { return nil }
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let registrant = rest[rest.index(rest.startIndex, offsetBy: 3)..<slash]
        guard (4...9).contains(registrant.count), registrant.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
        else { return nil }
        let doi = String(rest).trimmingTrailingPunctuation()
        return doi.count > registrant.count + 4 ? doi : nil
    }

    static func startsLikeURL(_ raw: String) -> Bool {
        // Only `W`, `H`, `F` (either case) lowercase to `w`, `h`, `f`.
        switch raw.utf8.first {
        case 0x57, 0x77, 0x48, 0x68, 0x46, 0x66: break
        default: return false
        }
        if raw.isASCII {
            // Lowercasing ASCII changes `A`–`Z` only, one byte each: compare the lowered bytes.
            let utf8 = raw.utf8
            if case (true, _?) = lowercasedPrefix(utf8, "www.") { return true }
            for scheme: StaticString in ["https", "http", "ftp"] {
                if case (true, let next?) = lowercasedPrefix(utf8, scheme), next == 0x3A || next == 0x2F { return true }
            }
            return false
        }
        let lower = raw.lowercased()
        if lower.hasPrefix("www.") && lower.count > 4 { return true }
        for scheme in ["https", "http", "ftp"] where lower.hasPrefix(scheme) {
            let rest = lower.dropFirst(scheme.count)
            if let next = rest.first, next == ":" || next == "/" { return true }
        }
        return false
    }

    /// Whether the ASCII bytes, `A`–`Z` lowered, start with `pattern` (lowercase ASCII); the byte after it.
    private static func lowercasedPrefix(_ utf8: some Collection<UInt8>, _ pattern: StaticString) -> (Bool, UInt8?) {
        var index = utf8.startIndex
        for offset in 0..<pattern.utf8CodeUnitCount {
            guard index < utf8.endIndex else { return (false, nil) }
            let byte = utf8[index]
            guard (ASCIIBytes.isUppercaseLetter(byte) ? byte | 0x20 : byte) == pattern.utf8Start[offset] else { return (false, nil) }
            utf8.formIndex(after: &index)
        }
        return (true, index < utf8.endIndex ? utf8[index] : nil)
    }

    static func isBareHost(_ raw: String) -> Bool {
        guard ASCIIBytes.contains(raw, byte: 0x2E) else { return false }  // a host has a dot
        let trimmed = raw.trimmingTrailingPunctuation()
        // Without a dot the host below is one label (`2023.` and `no.` end here).
        guard ASCIIBytes.contains(trimmed, byte: 0x2E), trimmed == trimmed.lowercased(), !(ASCIIBytes.contains(trimmed, byte: 0x40) && trimmed.contains("@")) else { return false }
        let host = trimmed.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, bareTopLevelDomains.contains(String(tld)) else { return false }
        return isHost(String(host))
    }

    /// A well-formed URL with its scheme, or nil.
    static func normalise(_ candidate: String) -> String? {
        guard ASCIIBytes.contains(candidate, byte: 0x2E) else { return nil }  // a host has a dot
        // An ASCII candidate with a space fails the white-space test below whatever else it holds.
        if ASCIIBytes.contains(candidate, byte: 0x20), candidate.isASCII { return nil }
        if candidate.hasOneCharacterPerByte, let decided = normalise(oneCharacterPerByte: candidate) { return decided }
        return normaliseByCharacters(candidate)
    }

    /// `normalise` read character by character (after its first two tests).
    static func normaliseByCharacters(_ candidate: String) -> String? {
        let lower = candidate.lowercased()
        var withScheme = candidate
        var schemeLength = 0
        if ASCIIBytes.contains(candidate, "://"), let schemeEnd = schemeSeparator(in: candidate) {
            let scheme = lower[..<schemeEnd.lowerBound]
            guard ["http", "https", "ftp"].contains(String(scheme)) else { return nil }
            schemeLength = candidate.distance(from: candidate.startIndex, to: schemeEnd.upperBound)
        } else if startsLikeURL(candidate) && !lower.hasPrefix("www.") {
            return nil
        } else {
            withScheme = "https://" + candidate
            schemeLength = 8
        }
        let afterScheme = withScheme.dropFirst(schemeLength)
        let hostAndPort = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = hostAndPort.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard isHost(String(host)) else { return nil }
        if hostAndPort.contains(":") {
            let port = hostAndPort.split(separator: ":", maxSplits: 1).dropFirst().first ?? ""
            guard !port.isEmpty, port.allSatisfy(\.isNumber) else { return nil }
        }
        let hasForbidden = withScheme.isASCII
            ? withScheme.utf8.contains { $0 == 0x20 || (0x09...0x0D).contains($0) || $0 == 0x22 || $0 == 0x3C || $0 == 0x3E }
            : withScheme.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
        guard !hasForbidden else { return nil }
        return withScheme
    }

    /// `normalise` of a candidate that holds a dot, no space and one character per byte, read from
    /// its bytes: the URL or `.some(nil)` (not a URL); nil when a port follows the host, which the
    /// general path reads.
    private static func normalise(oneCharacterPerByte candidate: String) -> String?? {
        let utf8 = candidate.utf8
        var withScheme = candidate
        var schemeLength = 8
        if let separator = schemeSeparator(in: candidate) {
            let scheme = utf8[..<separator.lowerBound]
            guard scheme.count <= 5, case (true, nil) = lowercasedPrefix(scheme, scheme.count == 3 ? "ftp" : scheme.count == 4 ? "http" : "https")
            else { return .some(nil) }
            schemeLength = utf8.distance(from: utf8.startIndex, to: separator.upperBound)
        } else if startsLikeURL(candidate) && lowercasedPrefix(utf8, "www.").0 == false {
            return .some(nil)
        } else {
            withScheme = "https://" + candidate
        }
        let bytes = withScheme.utf8
        let afterScheme = bytes.dropFirst(schemeLength)
        let hostAndPort = afterScheme.prefix { $0 != 0x2F && $0 != 0x3F && $0 != 0x23 }  // / ? #
        if hostAndPort.contains(0x3A) { return nil }  // :
        guard isASCIIHost(hostAndPort) else { return .some(nil) }
        // Tab, line feed, vertical tab, form feed, space, `"`, `<`, `>` (no `\r` here).
        guard !bytes.contains(where: { $0 == 0x20 || (0x09...0x0D).contains($0) || $0 == 0x22 || $0 == 0x3C || $0 == 0x3E })
        else { return .some(nil) }
        return withScheme
    }

    /// `candidate.range(of: "://")`; found by bytes in ASCII text.
    private static func schemeSeparator(in candidate: String) -> Range<String.Index>? {
        guard candidate.isASCII else { return candidate.range(of: "://") }
        let utf8 = candidate.utf8
        var index = utf8.startIndex
        while let colon = utf8[index...].firstIndex(of: 0x3A) {
            let end = utf8.index(colon, offsetBy: 3, limitedBy: utf8.endIndex) ?? utf8.endIndex
            if utf8.distance(from: colon, to: end) == 3, utf8[utf8.index(after: colon)] == 0x2F,
                utf8[utf8.index(colon, offsetBy: 2)] == 0x2F
            {
                return colon..<end
            }
            index = utf8.index(after: colon)
        }
        return nil
    }

    static func isHost(_ host: String) -> Bool {
        if host.isASCII { return isASCIIHost(host) }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        for label in labels {
            guard !label.isEmpty, label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            else { return false }
        }
        let tld = labels.last!
        return tld.count >= 2 && tld.allSatisfy(\.isLetter)
    }

    /// `isHost` of ASCII text, where letters are `A`–`Z`, `a`–`z` and numbers `0`–`9`: labels split
    /// at `.` bytes (a `\r\n` pair, one character, fails as its two bytes do).
    private static func isASCIIHost(_ host: String) -> Bool { isASCIIHost(host.utf8) }

    private static func isASCIIHost(_ host: some Sequence<UInt8>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
        var labels = 0
        var labelLength = 0
        var tldIsLetters = true
        for byte in host {
            if byte == 0x2E {
                guard labelLength > 0 else { return false }
                labels += 1
                labelLength = 0
                tldIsLetters = true
                continue
            }
            guard isLetter(byte) || ASCIIBytes.isDigit(byte) || byte == 0x2D else { return false }
            labelLength += 1
            if !isLetter(byte) { tldIsLetters = false }
        }
        guard labelLength > 0 else { return false }
        labels += 1
        return labels >= 2 && labelLength >= 2 && tldIsLetters
    }

    /// True when `next` continues a URL that a line break split.
    static func continues(_ candidate: String, with next: String) -> Bool {
        guard let end = candidate.last, "/-_=&?#.".contains(end) else { return false }
        if candidate.hasSuffix("://") { return true }
        guard let first = next.first, !startsLikeURL(next) else { return false }
        guard next.allSatisfy({ $0.isASCII && !$0.isWhitespace && $0 != "\"" }) else { return false }
        if end == "." {
            // A sentence end unless the next piece is clearly a host or path piece.
            return first.isLowercase && (next.contains("/") || isBareHost(next))
        }
        if first.isUppercase {
            let word = next.trimmingTrailingPunctuation()
            let isPlainWord = word.dropFirst().allSatisfy(\.isLowercase)
            return !isPlainWord
        }
        return first.isLetter || first.isNumber || "/_-%~?=#&".contains(first)
    }

    private static func stripLeading(_ raw: String) -> String {
        switch raw.utf8.first {
        case nil: return raw
        case 0x28, 0x3C, 0x5B, 0x22, 0x27, 0xE2: break  // ( < [ " ' and the lead byte of “ ‘
        default: return raw
        }
        if ASCIIBytes.isGraphemeSimple(raw) {
            return String(raw.unicodeScalars.drop { "(<[“\"‘'".unicodeScalars.contains($0) })
        }
        return String(raw.drop { "(<[“\"‘'".contains($0) })
    }

    private static func appendUnique(_ value: String, to list: inout [String]) {
        if !list.contains(value) { list.append(value) }
    }
}

extension String {
    /// True when `character` occurs at or after the `offset`-th character.
    func contains(_ character: Character, after offset: Int) -> Bool {
        dropFirst(offset).contains(character)
    }

    /// The string without trailing `.,;:` and quotes, and without a `)` or `]` that closes nothing inside it.
    func trimmingTrailingPunctuation() -> String {
        switch utf8.last {
        case nil: return self
        // . , ; : " ' > ) ] and the last bytes of ” ’
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x22, 0x27, 0x3E, 0x29, 0x5D, 0x9D, 0x99: break
        default: return self
        }
        if ASCIIBytes.isGraphemeSimple(self) { return trimmingTrailingPunctuationByByte() }
        var result = Substring(self)
        while let last = result.last {
            if ".,;:”\"’'>".contains(last) {
                result = result.dropLast()
            } else if last == ")" && result.filter({ $0 == "(" }).count < result.filter({ $0 == ")" }).count {
                result = result.dropLast()
            } else if last == "]" && result.filter({ $0 == "[" }).count < result.filter({ $0 == "]" }).count {
                result = result.dropLast()
            } else {
                break
            }
        }
        return String(result)
    }

    /// `trimmingTrailingPunctuation()` for grapheme-simple text, where each scalar is a character,
    /// read from its UTF-8: ASCII scalars are single bytes that occur in no longer sequence, and
    /// `”` `’` end in `E2 80 9D` and `E2 80 99`.
    private func trimmingTrailingPunctuationByByte() -> String {
        var text = self
        return text.withUTF8 { bytes -> String in
            var end = bytes.count
            func count(_ byte: UInt8) -> Int {
                var total = 0
                for index in 0..<end where bytes[index] == byte { total += 1 }
                return total
            }
            func isQuoteEnd() -> Bool { end >= 3 && bytes[end - 2] == 0x80 && bytes[end - 3] == 0xE2 }
            while end > 0 {
                switch bytes[end - 1] {
                case 0x2E, 0x2C, 0x3B, 0x3A, 0x22, 0x27, 0x3E:  // . , ; : " ' >
                    end -= 1
                case 0x9D where isQuoteEnd(), 0x99 where isQuoteEnd():  // ” ’
                    end -= 3
                case 0x29 where count(0x28) < count(0x29), 0x5D where count(0x5B) < count(0x5D):  // ) ]
                    end -= 1
                default:
                    return end == bytes.count ? self : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
                }
            }
            return ""
        }
    }
}
