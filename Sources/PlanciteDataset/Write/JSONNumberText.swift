/// Numbers as Foundation's `JSONEncoder` writes them, appended straight to the output without a `String`.
///
/// An integer is its decimal digits. A double is its shortest round-trip `description` without a
/// trailing `.0`; a double that is a whole number of hundredths (every rounded coordinate) is
/// written from those hundredths, which gives the same text.
enum JSONNumberText {
    static func append(_ value: Int, to output: JSONByteBuffer) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, to: output)
    }

    /// A finite double.
    static func append(_ value: Double, to output: JSONByteBuffer) {
        let hundredths = (value * 100).rounded()
        // Below 1e13 a double is within a fraction of 0.01 of its neighbours, so the decimal of a whole
        // number of hundredths is the shortest text that reads back as it; and it is written without
        // an exponent. -0.0 keeps its sign in `description`.
        guard hundredths.magnitude < 1e15, hundredths / 100 == value, value != 0 || value.sign == .plus else {
            return appendDescription(of: value, to: output)
        }
        let scaled = Int(hundredths)
        if scaled < 0 { output.append(UInt8(ascii: "-")) }
        let (whole, fraction) = scaled.magnitude.quotientAndRemainder(dividingBy: 100)
        appendDigits(whole, to: output)
        guard fraction != 0 else { return }
        output.append(UInt8(ascii: "."))
        output.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        if fraction % 10 != 0 { output.append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
    }

    /// `description` without a trailing `.0`: what Foundation writes for any double.
    static func appendDescription(of value: Double, to output: JSONByteBuffer) {
        var text = value.description
        text.withUTF8 { utf8 in
            var count = utf8.count
            if count >= 2 && utf8[count - 1] == UInt8(ascii: "0") && utf8[count - 2] == UInt8(ascii: ".") { count -= 2 }
            output.append(UnsafeBufferPointer(rebasing: utf8[0..<count]))
        }
    }

    /// The decimal digits, written straight into the output.
    private static func appendDigits(_ value: UInt, to output: JSONByteBuffer) {
        var count = 1
        var limit: UInt = 10
        while count < 20 && value >= limit {
            count += 1
            limit = limit &* 10
        }
        output.append(maxCount: count) { digits in
            var rest = value
            var index = count
            repeat {
                let (quotient, digit) = rest.quotientAndRemainder(dividingBy: 10)
                index -= 1
                digits[index] = UInt8(ascii: "0") + UInt8(digit)
                rest = quotient
            } while index > 0
            return count
        }
    }
}
