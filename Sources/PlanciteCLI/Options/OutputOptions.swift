import ArgumentParser
import PlanciteDataset

extension OutputFormat: ExpressibleByArgument {}

/// Options shared by the commands that write an output folder.
struct OutputOptions: ParsableArguments {
    @Option(name: .customLong("format"), help: "Extra output formats beside JSON: csv. Repeatable.")
    var formats: [OutputFormat] = []

    @Flag(name: .shortAndLong, help: "Print only errors and the final summary.")
    var quiet = false
}
