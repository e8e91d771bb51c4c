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

    /// Opens `/dev/null` in place of any standard stream this process was started without, so
    /// that no file or pipe it opens later takes that place and receives what is meant for it.
    static func reopenClosed() {
        for descriptor in STDIN_FILENO...STDERR_FILENO where fcntl(descriptor, F_GETFD) == -1 {
            // The lowest free descriptor: this one, as those below it are open by now.
            _ = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
        }
    }

    /// True when standard error is a terminal (colour and live progress are allowed).
    static var errorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// True when standard output is a terminal.
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
