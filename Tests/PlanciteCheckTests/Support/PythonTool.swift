import Foundation

/// Runs small python3 scripts for validation the Swift side lacks (JSON Schema, XML parsing).
enum PythonTool {
    /// `python3` as found on PATH (through /usr/bin/env), so the one with the project's modules is used.
    static let env = "/usr/bin/env"

    /// Whether `python3 -c "import MODULE"` succeeds.
    static func hasModule(_ module: String) -> Bool {
        (try? run(script: "import \(module)", input: Data()))??.status == 0
    }

    /// The exit status and combined output of `python3 -c script args`, or nil without python3.
    static func run(script: String, arguments: [String] = [], input: Data) throws -> (status: Int32, output: String)? {
        guard FileManager.default.isExecutableFile(atPath: env) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: env)
        process.arguments = ["python3", "-c", script] + arguments
        let stdin = Pipe()
        let output = Pipe()
        process.standardInput = stdin
        process.standardOutput = output
        process.standardError = output
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 { return nil }  // env found no python3
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
