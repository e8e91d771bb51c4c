import ArgumentParser
import PlanciteDataset

@main
struct Plancite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plancite",
        abstract: "Turn PDFs of strategic and action plans into validated JSON datasets, and check their citations.",
        version: ToolInfo.version,
        subcommands: [
            Extract.self,
            Inspect.self,
            Ingest.self,
            Run.self,
            Schema.self,
            Validate.self,
        ])
}
