import Foundation

/// A finding's identity across runs: code, file path, label and message without page numbers.
///
/// Page references in the message (`page 7`, `pages 7-8`, `p. 7`, `pp. 7–8`) become `page #`,
/// so moving text to another page keeps the fingerprint; the page field itself is not used.
public struct Fingerprint: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// 16 lowercase hex digits (FNV-1a, 64 bit) of the identity fields.
    public var value: String

    public init(_ finding: Finding) {
        let key = [
            "v1", finding.code, finding.path, finding.label ?? "",
            Fingerprint.normalisedMessage(finding.message),
        ].joined(separator: "\u{1F}")
        value = Fingerprint.fnv1a64Hex(key)
    }

    public init(value: String) { self.value = value }

    public var description: String { value }

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    public static func < (lhs: Fingerprint, rhs: Fingerprint) -> Bool { lhs.value < rhs.value }

    /// The message with page references replaced by `page #`.
    public static func normalisedMessage(_ message: String) -> String {
        let range = NSRange(message.startIndex..., in: message)
        return pageReference.stringByReplacingMatches(
            in: message, range: range, withTemplate: "page #")
    }

    // `page 7`, `pages 7-8`, `page 7 and 9`, `p. 7`, `pp. 7–8`, `p.7`.
    private static let pageReference = try! NSRegularExpression(
        pattern: #"\b(?:pages?|pp?\.)\s*\d+(?:\s*(?:-|–|—|to|and|,)\s*\d+)*"#,
        options: [.caseInsensitive])

    private static func fnv1a64Hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
