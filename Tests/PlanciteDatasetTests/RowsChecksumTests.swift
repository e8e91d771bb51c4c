import Foundation
@testable import PlanciteDataset
import Testing

/// The rows cache checksum notices any damage to a body: a changed byte anywhere, bytes cut off
/// or added, or two words swapped.
@Suite struct RowsChecksumTests {
    static func checksum(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { RowsChecksum.checksum(of: $0) } }

    static let body: [UInt8] = Array(#"{"bbox":[72,134.78,519.57,293.1],"id":"goal-1","title":"Aim"}"#.utf8) + Array(0..<40)

    @Test func everySingleByteChangeIsNoticed() {
        let original = Self.checksum(Self.body)
        for index in Self.body.indices {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = Self.body
                damaged[index] ^= flip
                #expect(Self.checksum(damaged) != original, "byte \(index) ^ \(flip)")
            }
        }
    }

    @Test func everyLengthGivesItsOwnValue() {
        let values = (0...Self.body.count).map { Self.checksum(Array(Self.body.prefix($0))) }
        #expect(Set(values).count == values.count)
        let zeros = (0...24).map { Self.checksum([UInt8](repeating: 0, count: $0)) }
        #expect(Set(zeros).count == zeros.count)
    }

    @Test func swappedWordsAreNoticed() {
        var swapped = Self.body
        swapped.replaceSubrange(0..<8, with: Self.body[8..<16])
        swapped.replaceSubrange(8..<16, with: Self.body[0..<8])
        #expect(Self.checksum(swapped) != Self.checksum(Self.body))
    }

    /// Pinned: a change to the function must come with a new cache format number.
    @Test func theValueIsPinned() {
        let hex = Array("plancite rows".utf8).withUnsafeBytes { RowsChecksum.hex(of: $0) }
        #expect(hex.count == 16 && hex.allSatisfy(\.isHexDigit))
        #expect(hex == RowsChecksumTests.pinned)
    }

    /// The checksum as defined, a word at a time: the loop that takes four words a turn gives the same value.
    @Test func everyLengthIsSummedWordByWord() {
        var state: UInt64 = 0x0123_4567_89AB_CDEF
        let bytes = (0..<300).map { _ -> UInt8 in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        for count in 0...bytes.count {
            let body = Array(bytes.prefix(count))
            var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(count)
            var offset = 0
            while offset + 8 <= count {
                let word = (0..<8).reduce(UInt64(0)) { $0 | UInt64(body[offset + $1]) << (8 * UInt64($1)) }
                hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                offset += 8
            }
            let tail = (offset..<count).reduce(UInt64(0)) { $0 | UInt64(body[$1]) << (8 * UInt64($1 - offset)) }
            hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 33
            hash = hash &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 33
            hash = hash &* 0xC4CE_B9FE_1A85_EC53
            hash ^= hash >> 33
            #expect(Self.checksum(body) == hash, "\(count) bytes")
        }
    }

    static let pinned = "025d7881243a9107"
}
