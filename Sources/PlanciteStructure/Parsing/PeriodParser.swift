import PlanciteCore

/// Finds the years a plan covers in a line of text.
///
/// Grammar (the first match in the text wins):
/// ```
/// period := prefix? year dash end
/// prefix := "FY" | "FYs" | "Fiscal Year" | "Fiscal Years"
/// year   := 19dd | 20dd        (or dd after "FY": FY24 → 2024)
/// dash   := "-" | "–" | "—" | "to" | "through"  (spaces allowed around it)
/// end    := 19dd | 20dd | dd (two digits complete the start's century)
/// ```
/// The end must not precede the start and the span is at most 30 years; a range followed by
/// another dash and digits (`2018–23–51`, a docket number) is refused.
public enum PeriodParser {
    public static func find(in text: String) -> Period? {
        // ASCII without a carriage return: a byte is a character, `0`–`9` the only numbers and
        // `A`–`Z` `a`–`z` the only letters.
        if text.hasOneCharacterPerByte { return asciiFind(Array(text.utf8)) }
        return characterFind(text)
    }

    /// `find(in:)` character by character.
    static func characterFind(_ text: String) -> Period? {
        let chars = Array(text)
        var index = 0
        while index < chars.count {
            if chars[index].isNumber, index == 0 || !chars[index - 1].isNumber,
                let period = read(chars, from: index)
            {
                return period
            }
            index += 1
        }
        return nil
    }

    /// The year when the text names exactly one (1900–2099) and no range.
    public static func singleYear(in text: String) -> Int? {
        singleYear(in: text, hasRange: nil)
    }

    /// `singleYear(in:)` when the caller already knows whether `find(in: text)` finds a range.
    static func singleYear(in text: String, hasRange: Bool?) -> Int? {
        if let years = asciiYears(in: text) {
            guard years.count == 1 else { return nil }
            return (hasRange ?? (find(in: text) != nil)) ? nil : years[0]
        }
        let years = text.split(whereSeparator: { !$0.isNumber }).compactMap { part -> Int? in
            guard part.count == 4, let value = Int(part), (1900...2099).contains(value) else { return nil }
            return value
        }
        return years.count == 1 && !(hasRange ?? (find(in: text) != nil)) ? years[0] : nil
    }

    /// The years 1900–2099 written as runs of four digits, for ASCII text (where only `0`–`9` are
    /// numbers); nil for other text.
    static func asciiYears(in text: String) -> [Int]? {
        var years: [Int] = []
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte >= 0x30 && byte <= 0x39 {
                value = value &* 10 &+ Int(byte - 0x30)
                digits += 1
                continue
            }
            if digits == 4 && value >= 1900 && value <= 2099 { years.append(value) }
            value = 0
            digits = 0
        }
        if digits == 4 && value >= 1900 && value <= 2099 { years.append(value) }
        return years
    }

    /// `find(in:)` over the bytes of ASCII text without a carriage return.
    static func asciiFind(_ bytes: [UInt8]) -> Period? {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var index = 0
        while index < bytes.count {
            if isDigit(bytes[index]), index == 0 || !isDigit(bytes[index - 1]), let period = asciiRead(bytes, from: index) {
                return period
            }
            index += 1
        }
        return nil
    }

    /// `read(_:from:)` over ASCII bytes.
    private static func asciiRead(_ bytes: [UInt8], from start: Int) -> Period? {
        let count = bytes.count
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func upper(_ byte: UInt8) -> UInt8 { byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
        /// The digits from `start`: their count, value (four digits at most are read for it) and end.
        func digits(from start: Int) -> (count: Int, value: Int, end: Int) {
            var end = start
            var value = 0
            while end < count, isDigit(bytes[end]) {
                if end - start < 4 { value = value * 10 + Int(bytes[end] - 0x30) }
                end += 1
            }
            return (end - start, value, end)
        }
        /// True when the bytes from `index` spell `word` (lower case) read in lower case.
        func spells(_ word: StaticString, at index: Int) -> Bool {
            let length = word.utf8CodeUnitCount
            guard index + length <= count else { return false }
            for offset in 0..<length where lower(bytes[index + offset]) != word.utf8Start[offset] { return false }
            return true
        }
        let first = digits(from: start)
        // The (up to) three characters before the number, upper-cased, end in `FY` or `FY `.
        let precededByFY = (start >= 2 && upper(bytes[start - 2]) == 0x46 && upper(bytes[start - 1]) == 0x59)
            || (start >= 3 && upper(bytes[start - 3]) == 0x46 && upper(bytes[start - 2]) == 0x59 && bytes[start - 1] == 0x20)
        let startYear: Int
        if first.count == 4, (1900...2099).contains(first.value) {
            startYear = first.value
        } else if first.count == 2, precededByFY {
            startYear = 2000 + first.value
        } else {
            return nil
        }
        var index = first.end
        while index < count, bytes[index] == 0x20 { index += 1 }
        if index < count, bytes[index] == 0x2D {
            index += 1
        } else if spells("to ", at: index) {
            index += 3
        } else if spells("through ", at: index) {
            index += 8
        } else {
            return nil
        }
        while index < count, bytes[index] == 0x20 { index += 1 }
        if index + 2 <= count, upper(bytes[index]) == 0x46, upper(bytes[index + 1]) == 0x59 { index += 2 }
        while index < count, bytes[index] == 0x20 { index += 1 }
        let second = digits(from: index)
        let afterSecond = second.end
        if afterSecond < count, (bytes[afterSecond] | 0x20) >= 0x61 && (bytes[afterSecond] | 0x20) <= 0x7A { return nil }
        // `2018–23–51` is an identifier, not a range.
        if afterSecond + 1 < count, bytes[afterSecond] == 0x2D, isDigit(bytes[afterSecond + 1]) { return nil }
        let endYear: Int
        if second.count == 4 {
            endYear = second.value
        } else if second.count == 2 {
            endYear = startYear / 100 * 100 + second.value
        } else {
            return nil
        }
        guard endYear >= startYear, endYear - startYear <= 30 else { return nil }
        return Period(start: startYear, end: endYear)
    }

    private static func digits(_ chars: [Character], from start: Int) -> (value: String, end: Int) {
        var end = start
        var value = ""
        while end < chars.count, chars[end].isASCII, chars[end].isNumber {
            value.append(chars[end])
            end += 1
        }
        return (value, end)
    }

    private static func read(_ chars: [Character], from start: Int) -> Period? {
        let (first, afterFirst) = digits(chars, from: start)
        let precededByFY: Bool = {
            let prefix = String(chars[max(0, start - 3)..<start]).uppercased()
            return prefix.hasSuffix("FY") || prefix.hasSuffix("FY ")
        }()
        let startYear: Int
        if first.count == 4, let value = Int(first), (1900...2099).contains(value) {
            startYear = value
        } else if first.count == 2, precededByFY, let value = Int(first) {
            startYear = 2000 + value
        } else {
            return nil
        }
        var index = afterFirst
        while index < chars.count, chars[index] == " " { index += 1 }
        let rest = String(chars[index..<min(chars.count, index + 8)]).lowercased()
        if index < chars.count, "-–—".contains(chars[index]) {
            index += 1
        } else if rest.hasPrefix("to ") {
            index += 3
        } else if rest.hasPrefix("through ") {
            index += 8
        } else {
            return nil
        }
        while index < chars.count, chars[index] == " " { index += 1 }
        if String(chars[index..<min(chars.count, index + 2)]).uppercased() == "FY" { index += 2 }
        while index < chars.count, chars[index] == " " { index += 1 }
        let (second, afterSecond) = digits(chars, from: index)
        if afterSecond < chars.count, chars[afterSecond].isLetter { return nil }
        // `2018–23–51` is an identifier, not a range.
        if afterSecond + 1 < chars.count, "-–—".contains(chars[afterSecond]), chars[afterSecond + 1].isNumber {
            return nil
        }
        let endYear: Int
        if second.count == 4, let value = Int(second) {
            endYear = value
        } else if second.count == 2, let value = Int(second) {
            endYear = startYear / 100 * 100 + value
        } else {
            return nil
        }
        guard endYear >= startYear, endYear - startYear <= 30 else { return nil }
        return Period(start: startYear, end: endYear)
    }
}
