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
        appendHundredths(Int(hundredths), to: output)
    }

    /// `Rect.rounded(value)` as `append(_:)` writes it, in one rounding and without a libm call;
    /// false, with nothing written, when `value` is not below 1e13 in magnitude (or is not a
    /// number) or rounds to -0.0: the caller then takes the general path.
    ///
    /// `(value * 100).rounded()` is the whole number `h` below, and `append(h / 100)` finds the same
    /// `h` again (below 1e15 the product `(h / 100) * 100` is within a quarter of `h`).
    @inline(__always)
    static func appendRounded(_ value: Double, to output: JSONByteBuffer) -> Bool {
        guard value.magnitude < 1e13 else { return false }
        let scaled = value * 100
        // Rounded half away from zero, as `rounded()`: below 2^52 the fraction left by truncation is exact.
        var whole = Int(scaled)
        let fraction = scaled - Double(whole)
        if fraction >= 0.5 { whole += 1 } else if fraction <= -0.5 { whole -= 1 }
        if whole == 0 && value.sign == .minus { return false }
        appendHundredths(whole, to: output)
        return true
    }

    /// A whole number of hundredths as a decimal: no fraction digits when whole, no trailing zero.
    @inline(__always)
    private static func appendHundredths(_ scaled: Int, to output: JSONByteBuffer) {
        if scaled < 0 { output.append(UInt8(ascii: "-")) }
        let (whole, fraction) = scaled.magnitude.quotientAndRemainder(dividingBy: 100)
        appendDigits(whole, to: output)
        guard fraction != 0 else { return }
        let (tens, units) = fraction.quotientAndRemainder(dividingBy: 10)
        output.append(maxCount: 3) { bytes in
            bytes[0] = UInt8(ascii: ".")
            bytes[1] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: tens)
            bytes[2] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: units)
            return units == 0 ? 2 : 3
        }
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
        // Below 1000 (pages, ordinals, most coordinates): the digits straight away.
        if value < 1000 {
            let zero = UInt8(ascii: "0")
            if value < 10 { return output.append(zero &+ UInt8(truncatingIfNeeded: value)) }
            let (hundreds, rest) = value.quotientAndRemainder(dividingBy: 100)
            let (tens, units) = rest.quotientAndRemainder(dividingBy: 10)
            return output.append(maxCount: 3) { digits in
                if hundreds == 0 {
                    digits[0] = zero &+ UInt8(truncatingIfNeeded: tens)
                    digits[1] = zero &+ UInt8(truncatingIfNeeded: units)
                    return 2
                }
                digits[0] = zero &+ UInt8(truncatingIfNeeded: hundreds)
                digits[1] = zero &+ UInt8(truncatingIfNeeded: tens)
                digits[2] = zero &+ UInt8(truncatingIfNeeded: units)
                return 3
            }
        }
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
