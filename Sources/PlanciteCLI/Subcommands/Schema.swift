import ArgumentParser
import PlanciteDataset

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of a document record.")

    func run() {
        StandardStreams.write(DocumentSchema.text + "\n")
    }
}
