/// Escaping for text and attribute values of the report, which is also well-formed XML.
enum HTMLText {
    /// `text` with `& < > " '` escaped and characters XML forbids (C0 controls but tab and newlines) dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A fragment identifier made of letters, digits and hyphens.
    static func anchor(_ parts: String...) -> String {
        let joined = parts.joined(separator: "-")
        return String(joined.unicodeScalars.map { scalar -> Character in
            let character = Character(scalar)
            return (character.isASCII && (character.isLetter || character.isNumber)) ? character : "-"
        })
    }

    /// Whether `url` is safe as a link target: http, https or a DOI resolver.
    static func isLinkable(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }
}

/// Shorthand for `HTMLText.escape`.
func esc(_ text: String) -> String { HTMLText.escape(text) }

func esc(_ number: Int) -> String { String(number) }
