import Foundation
import PlanciteFixtures

/// plancite-render: renders fixture markup to PDF.
let usage = """
    usage: plancite-render IN.fixture OUT.pdf
           plancite-render --all DIR    (renders DIR/src/*.fixture to DIR/*.pdf)
    """

func renderFile(_ input: URL, to output: URL) throws {
    let markup = try String(contentsOf: input, encoding: .utf8)
    try FixtureRenderer.render(markup: markup, to: output)
    print("\(input.path) -> \(output.path)")
}

func renderAll(in directory: URL) throws -> Int {
    let sources = directory.appendingPathComponent("src")
    let names = try FileManager.default.contentsOfDirectory(atPath: sources.path)
        .filter { $0.hasSuffix(".fixture") }
        .sorted()
    var failures = 0
    for name in names {
        let input = sources.appendingPathComponent(name)
        let output = directory.appendingPathComponent(String(name.dropLast(".fixture".count)) + ".pdf")
        do {
            try renderFile(input, to: output)
        } catch {
            failures += 1
            FileHandle.standardError.write(Data("\(input.path): \(error.localizedDescription)\n".utf8))
        }
    }
    return failures
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.count {
    case 2 where arguments[0] == "--all":
        let root = URL(fileURLWithPath: arguments[1])
        var failures = try renderAll(in: root)
        // Nested sample sets such as DIR/broken/src are rendered too.
        let children = (try? FileManager.default.contentsOfDirectory(atPath: root.path))?.sorted() ?? []
        for child in children where child != "src" {
            let nested = root.appendingPathComponent(child)
            if FileManager.default.fileExists(atPath: nested.appendingPathComponent("src").path) {
                failures += try renderAll(in: nested)
            }
        }
        exit(failures == 0 ? 0 : 1)
    case 2:
        try renderFile(URL(fileURLWithPath: arguments[0]), to: URL(fileURLWithPath: arguments[1]))
    default:
        FileHandle.standardError.write(Data((usage + "\n").utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("plancite-render: \(error.localizedDescription)\n".utf8))
    exit(1)
}
