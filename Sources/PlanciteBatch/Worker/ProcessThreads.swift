import Foundation

/// How many threads this process runs, from `/proc/self/stat`.
enum ProcessThreads {
    /// True when this process runs exactly one thread, which is when forking it is safe; false
    /// when it runs more, or when `/proc` cannot tell.
    static var isSingle: Bool {
        // A /proc file reports no size: read it as far as it goes (it is well under a kilobyte).
        let descriptor = open("/proc/self/stat", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        return count > 0 && Self.count(stat: Data(bytes[..<count])) == 1
    }

    /// The thread count in the text of a `/proc/PID/stat` file (its 20th field), or nil.
    static func count(stat: Data) -> Int? {
        field(20, ofStat: stat).flatMap { Int($0) }
    }

    /// Field `number` (1-based, as in proc(5)) of a `/proc/PID/stat` text, from the third on; nil
    /// when the text is shorter.
    ///
    /// The second field, the command name in parentheses, may itself hold spaces and parentheses,
    /// so the fields are counted from the last `)`.
    static func field(_ number: Int, ofStat stat: Data) -> String? {
        guard number >= 3, let close = stat.lastIndex(of: UInt8(ascii: ")")) else { return nil }
        let fields = stat[(close + 1)...].split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
        guard fields.count > number - 3 else { return nil }
        return String(decoding: fields[fields.startIndex + number - 3], as: UTF8.self)
    }
}
