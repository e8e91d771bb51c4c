import Foundation

/// The line format of jobs and replies between a batch and its workers.
///
/// One message a line, its fields separated by tabs. Grammar (bytes):
///
///     line    := field ( TAB field )* LF
///     field   := NIL | text
///     NIL     := "\-"
///     text    := ( plain | "\\" | "\t" | "\n" | "\r" )*      plain: any byte but TAB, LF, CR, "\"
///
/// Both ends are this program, so the format is chosen for speed: reading a reply costs a few
/// microseconds, where Foundation's `JSONDecoder` took about eighty.
enum MessageLine {
    /// One line (ending in LF) of `fields`, nil written as `\-`.
    static func encode(_ fields: [String?]) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(fields.reduce(16) { $0 + ($1?.utf8.count ?? 2) + 1 })
        for (position, field) in fields.enumerated() {
            if position > 0 { bytes.append(tab) }
            guard let field else {
                bytes.append(backslash)
                bytes.append(UInt8(ascii: "-"))
                continue
            }
            for byte in field.utf8 {
                switch byte {
                case backslash: bytes.append(backslash); bytes.append(backslash)
                case tab: bytes.append(backslash); bytes.append(UInt8(ascii: "t"))
                case lineFeed: bytes.append(backslash); bytes.append(UInt8(ascii: "n"))
                case carriageReturn: bytes.append(backslash); bytes.append(UInt8(ascii: "r"))
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(lineFeed)
        return Data(bytes)
    }

    /// The fields of one line (with or without its LF); nil when an escape is malformed.
    static func decode(_ line: Data) -> [String?]? {
        line.withUnsafeBytes { raw -> [String?]? in
            var bytes = raw.bindMemory(to: UInt8.self)[...]
            if bytes.last == lineFeed { bytes = bytes.dropLast() }
            var fields: [String?] = []
            var start = bytes.startIndex
            while true {
                let end = bytes[start...].firstIndex(of: tab) ?? bytes.endIndex
                guard let field = field(bytes[start..<end]) else { return nil }
                fields.append(field)
                if end == bytes.endIndex { return fields }
                start = end + 1
            }
        }
    }

    /// One field's value: `.some(nil)` for NIL, nil when malformed.
    private static func field(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String?? {
        guard bytes.contains(backslash) else { return .some(String(decoding: bytes, as: UTF8.self)) }
        if bytes.count == 2 && bytes.last == UInt8(ascii: "-") { return .some(nil) }
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            guard byte == backslash else { text.append(byte); continue }
            guard index < bytes.endIndex else { return nil }
            switch bytes[index] {
            case backslash: text.append(backslash)
            case UInt8(ascii: "t"): text.append(tab)
            case UInt8(ascii: "n"): text.append(lineFeed)
            case UInt8(ascii: "r"): text.append(carriageReturn)
            default: return nil
            }
            index += 1
        }
        return .some(String(decoding: text, as: UTF8.self))
    }

    private static let tab = UInt8(ascii: "\t")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let backslash = UInt8(ascii: "\\")
}
