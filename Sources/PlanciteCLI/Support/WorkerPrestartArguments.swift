import Foundation
import PlanciteBatch

/// How many workers `ingest` and `run` start before the command line is parsed (see `WorkerPrestart`).
enum WorkerPrestartArguments {
    /// Starts as many workers as the raw `arguments` ask for, if they name a batch command.
    static func start(arguments: [String]) {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard let count = count(arguments: arguments, cores: cores) else { return }
        WorkerPrestart.begin(count: count, command: [BatchRunOptions.executablePath, "worker"], forking: true)
    }

    /// The workers a batch command will want at first, or nil to start none.
    ///
    /// That is `--jobs` (the last one wins), by default one per core, and at most one per core; nil
    /// for other commands, for help, and for a `--jobs` that is not a positive number (parsing then
    /// reports it). A guess is harmless: the batch adopts what it needs and stops the rest.
    static func count(arguments: [String], cores: Int) -> Int? {
        guard arguments.count > 2, arguments[1] == "ingest" || arguments[1] == "run" else { return nil }
        var jobs = cores
        var index = 2
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--help" || argument == "-h" || argument == "--version" { return nil }
            var value: Substring?
            if argument == "--jobs" {
                guard index + 1 < arguments.count else { return nil }
                value = arguments[index + 1][...]
                index += 1
            } else if argument.hasPrefix("--jobs=") {
                value = argument.dropFirst("--jobs=".count)
            }
            if let value {
                guard let number = Int(value), number >= 1 else { return nil }
                jobs = number
            }
            index += 1
        }
        return min(jobs, max(cores, 1))
    }
}
