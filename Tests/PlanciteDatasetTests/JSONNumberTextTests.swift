import Foundation
import PlanciteCore
@testable import PlanciteDataset
import Testing

/// The fast path for whole hundredths writes what `description` (less `.0`) writes, as Foundation does.
@Suite struct JSONNumberTextTests {
    private func fast(_ value: Double) -> String {
        let output = JSONByteBuffer()
        JSONNumberText.append(value, to: output)
        return String(decoding: output.data, as: UTF8.self)
    }

    private func described(_ value: Double) -> String {
        let output = JSONByteBuffer()
        JSONNumberText.appendDescription(of: value, to: output)
        return String(decoding: output.data, as: UTF8.self)
    }

    @Test(arguments: [
        0.0, -0.0, 0.01, -0.01, 0.05, 0.1, 0.5, 0.99, 1, -1, 7.2, 72, 72.5, 72.05, 521.7, 504.04, 566.39, 612, 792,
        -12.5, 100.1, 99.99, 1e12 + 0.25, 9_999_999_999_999.99, 1e13, 1e14, 2.5e15, 1e16, 0.015, 1.0 / 3.0, 0.001,
        1e-7, 123456789012.25, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude, 0.1 + 0.2,
    ])
    func aValueIsWrittenAsItsDescription(value: Double) throws {
        #expect(fast(value) == described(value))
        let foundation = JSONEncoder()
        #expect(fast(value) == String(decoding: try foundation.encode(value), as: UTF8.self))
    }

    @Test(arguments: [1, 10, 100, 1000, 1_000_000, 1_000_000_000, 100_000_000_000, 10_000_000_000_000])
    func everyHundredthBelowAScaleIsWrittenAsItsDescription(scale: Int) {
        // A fixed linear congruential sequence: the same values on every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(scale)
        func next(in range: ClosedRange<Int>) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return range.lowerBound + Int((state >> 11) % UInt64(range.upperBound - range.lowerBound + 1))
        }
        for _ in 0..<2000 {
            let value = Double(next(in: -100 * scale...100 * scale)) / 100
            #expect(fast(value) == described(value), "\(value)")
            let scaled = Double(next(in: -1_000_000...1_000_000)) / 1_000_000 * Double(scale)
            let rounded = (scaled * 100).rounded() / 100
            #expect(fast(rounded) == described(rounded), "\(rounded)")
            #expect(fast(scaled) == described(scaled), "\(scaled)")
        }
    }

    @Test func everyIntegerAroundTheShortPathIsWrittenAsItsDigits() {
        for value in -10_100...10_100 {
            let output = JSONByteBuffer()
            JSONNumberText.append(value, to: output)
            #expect(String(decoding: output.data, as: UTF8.self) == String(value))
        }
    }

    @Test(arguments: [0, 1, -1, 9, 10, 99, 100, 12345, -98765, 999_999_999_999_999_999, 1_000_000_000_000_000_000, Int.max, Int.min, Int.min + 1])
    func anIntegerIsWrittenAsItsDigits(value: Int) {
        let output = JSONByteBuffer()
        JSONNumberText.append(value, to: output)
        #expect(String(decoding: output.data, as: UTF8.self) == String(value))
    }

    /// What a box corner was written as: `Rect.rounded`, then `append(_:)`.
    private func roundedThenWritten(_ value: Double) -> String { fast(Rect.rounded(value)) }

    /// The one-rounding path of a box corner, or nil when it leaves the value to the general path.
    private func roundedInOneStep(_ value: Double) -> String? {
        let output = JSONByteBuffer()
        guard JSONNumberText.appendRounded(value, to: output) else {
            #expect(output.count == 0)
            return nil
        }
        return String(decoding: output.data, as: UTF8.self)
    }

    @Test(arguments: [
        0.0, 0.001, 0.004, 0.005, 0.0049999, 0.015, 0.125, -0.125, 0.135, 72, 72.125, 72.135, 521.695, 504.035,
        -12.505, 99.995, -99.995, 0.5, 1.005, 2.675, 1e12 + 0.125, 9_999_999_999_999.99, 9_999_999_999_999.995,
        -9_999_999_999_999.99, 4503.5999999, 1.0 / 3.0, 0.1 + 0.2, 1e-300, 123456789.987654321,
    ])
    func aBoxCornerIsWrittenAsItsRoundedValue(value: Double) {
        for value in [value, -value] {
            if let written = roundedInOneStep(value) {
                #expect(written == roundedThenWritten(value), "\(value)")
            } else {
                // Left to the general path only when it rounds to -0.0.
                #expect(Rect.rounded(value) == 0 && Rect.rounded(value).sign == .minus, "\(value)")
            }
        }
    }

    /// Values the one-rounding path leaves to the general path: too large, not numbers, or rounding to -0.0.
    @Test(arguments: [1e13, -1e13, 2.5e15, Double.infinity, -Double.infinity, Double.nan, -0.0, -0.001, -0.0049999, -1e-300])
    func aBoxCornerOutsideTheFastPathIsLeftToTheGeneralPath(value: Double) {
        #expect(roundedInOneStep(value) == nil)
    }

    @Test(arguments: [1, 100, 10_000, 1_000_000, 100_000_000, 10_000_000_000, 1_000_000_000_000])
    func everyBoxCornerBelowAScaleIsWrittenAsItsRoundedValue(scale: Int) {
        var state: UInt64 = 0xD1B5_4A32_D192_ED03 &* UInt64(scale)
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(Int64(bitPattern: state) >> 11) / Double(1 << 52)
        }
        for _ in 0..<3000 {
            let value = next() * Double(scale)
            // Half hundredths exactly, and values on either side of them.
            let half = ((value * 100).rounded(.down) + 0.5) / 100
            for candidate in [value, half, half.nextUp, half.nextDown] {
                #expect(roundedInOneStep(candidate) ?? roundedThenWritten(candidate) == roundedThenWritten(candidate), "\(candidate)")
            }
        }
    }
}
