import Foundation
import PlanciteDataset
import PlanciteFixtures
import TestSupport

/// A temporary folder of rendered plans and a runner for the built `plancite` binary.
struct BatchFolder {
    let directory: TemporaryDirectory
    let runner: CommandRunner

    /// Renders one small plan per name (`alpha` → `in/alpha.pdf`); names may hold folders.
    init(plans names: [String]) throws {
        directory = try TemporaryDirectory("plancite-batch")
        runner = CommandRunner(workingDirectory: directory.url)
        for (number, name) in names.enumerated() { try render(name, number: number + 1) }
    }

    func render(_ name: String, number: Int) throws {
        let url = directory.url.appendingPathComponent("in/\(name).pdf")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FixtureRenderer.render(markup: Self.plan(number: number, name: name), to: url)
    }

    /// A plan with one goal, objective, action and cited endnote; `number` varies its text.
    static func plan(number: Int, name: String) -> String {
        """
        @meta title=Plan \(number) for \(name); author=Office \(number)
        # Lakeshore Plan \(number)
        Goal 1: Keep Water Clean: Cut runoff into the lake by \(number * 10) percent.^{1}
        Objective 1: Measure it. Sample \(number) streams every month.
        1.1 Publish a sampling report for each district. (EPA)
        ## Endnotes
        1 Lake Office, Runoff Study \(2000 + number), www.example.gov/runoff-\(number).
        """
    }

    func run(_ arguments: [String], fault: String? = nil) throws -> CommandRunner.Result {
        try runner.run(arguments, environment: fault.map { ["PLANCITE_FAULT": $0] } ?? [:])
    }

    func path(_ name: String) -> String { directory.path(name) }

    func manifest(_ folder: String) throws -> Manifest {
        try JSONCoding.decode(Manifest.self, from: Data(contentsOf: directory.url.appendingPathComponent("\(folder)/manifest.json")))
    }

    /// Every visible file of an output folder, by relative path.
    func files(in folder: String) -> [String: Data] {
        let root = directory.url.appendingPathComponent(folder)
        var result: [String: Data] = [:]
        let names = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isDirectory: ObjCBool = false
            let path = root.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[name] = FileManager.default.contents(atPath: path)
            }
        }
        return result
    }

    /// The names of files that differ between two output folders (missing on either side included).
    func differences(_ one: String, _ two: String) -> [String] {
        let a = files(in: one)
        let b = files(in: two)
        return Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }
}
