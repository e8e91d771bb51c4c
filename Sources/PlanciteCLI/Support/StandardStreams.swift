import Foundation

/// Buffered writes to standard output and one-line messages to standard error.
enum StandardStreams {
    /// Writes text to standard output without a trailing newline.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes one line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// True when standard error is a terminal (colour and live progress are allowed).
    static var errorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// True when standard output is a terminal.
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
