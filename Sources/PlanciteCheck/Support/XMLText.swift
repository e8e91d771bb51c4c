/// Escaping for XML attribute values and character data.
enum XMLText {
    /// The text with markup characters escaped and characters XML 1.0 forbids dropped.
    ///
    /// In attributes line breaks and tabs become character references so they survive parsing.
    static func escape(_ text: String, inAttribute: Bool = true) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += inAttribute ? "&#10;" : "\n"
            case "\r": result += inAttribute ? "&#13;" : ""
            case "\t": result += inAttribute ? "&#9;" : "\t"
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value >= 0x20 && value != 0xFFFE && value != 0xFFFF
    }
}
