import Foundation

/// A growable byte buffer that JSON text is written into: appends are a capacity check and a copy.
///
/// `JSONTextWriter` writes many small pieces (brackets, indentation, keys, short strings); an
/// `Array` append checks uniqueness and bounds on each of them, this does not.
final class JSONByteBuffer {
    @exclusivity(unchecked) private var start: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written so far.
    var data: Data { Data(bytes: start, count: count) }

    /// Reads the bytes written so far.
    func withBytes<Result, Failure: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result) throws(Failure) -> Result {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// Replaces bytes already written, from `offset` on, with `bytes`.
    func overwrite(at offset: Int, with bytes: UnsafeBufferPointer<UInt8>) {
        precondition(offset >= 0 && offset + bytes.count <= count)
        guard let base = bytes.baseAddress else { return }
        (start + offset).update(from: base, count: bytes.count)
    }

    /// Forgets the bytes written, keeping the room.
    func removeAll() { count = 0 }

    /// Room for `extra` more bytes.
    @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never)
    private func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.update(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    /// Lets `body` write at most `maxCount` bytes at the end; it returns how many it wrote.
    @inline(__always)
    func append(maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(maxCount)
        count += body(start + count)
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        Self.copy(base, count: bytes.count, to: start + count)
        count += bytes.count
    }

    /// Copies `count` bytes; up to 16 (most pieces: keys, numbers, short strings) without a call to `memmove`.
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, count: Int, to target: UnsafeMutablePointer<UInt8>) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        switch count {
        case 8...16:
            let head = from.loadUnaligned(as: UInt64.self), tail = from.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: count &- 8, as: UInt64.self)
        case 4..<8:
            let head = from.loadUnaligned(as: UInt32.self), tail = from.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: count &- 4, as: UInt32.self)
        case 1..<4:
            target[0] = source[0]
            target[count &- 1] = source[count &- 1]
            target[count >> 1] = source[count >> 1]
        case 0: break
        default:
            target.update(from: source, count: count)
        }
    }

    /// Bytes of another buffer, from `offset` to its end.
    @inline(__always)
    func append(_ other: JSONByteBuffer, from offset: Int) {
        append(other, from: offset, to: other.count)
    }

    /// Bytes `offset..<end` of another buffer.
    @inline(__always)
    func append(_ other: JSONByteBuffer, from offset: Int, to end: Int) {
        precondition(other !== self && 0 <= offset && offset <= end && end <= other.count)
        append(UnsafeBufferPointer(start: other.start + offset, count: end - offset))
    }

    /// An ASCII literal such as `null` or `" : "`.
    @inline(__always)
    func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The UTF-8 bytes of a string, unescaped.
    @inline(__always)
    func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }
}
