import Foundation
import PlanciteCore

/// Re-checks an output folder: schema, invariants, manifest hashes and cross references.
public struct OutputValidator: Sendable {
    /// A problem in one file of the folder.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// Relative to the output folder.
        public var file: String
        public var message: String

        public var description: String { "\(file): \(message)" }
    }

    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// Every problem found; empty when the folder is sound.
    public func validate() throws(DatasetError) -> [Problem] {
        let manifestURL = folder.appendingPathComponent("manifest.json")
        guard let manifestData = FileManager.default.contents(atPath: manifestURL.path) else {
            throw .notAnOutputFolder(path: folder.path)
        }
        var problems: [Problem] = []
        let manifest: Manifest
        do { manifest = try JSONCoding.decode(Manifest.self, from: manifestData) } catch {
            return [Problem(file: "manifest.json", message: "not a valid manifest: \(error)")]
        }
        for file in manifest.files {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file.path).path) else {
                problems.append(Problem(file: file.path, message: "listed in the manifest but missing"))
                continue
            }
            if SHA256.hex(of: data) != file.sha256 {
                problems.append(Problem(file: file.path, message: "content differs from the manifest's sha256"))
            }
        }
        let validator = SchemaValidator(schema: DocumentSchema.value)
        var expectedRows: [ResourceTable: [Data]] = [:]
        var referenceIDs: [String] = []
        for entry in manifest.inputs where entry.status != .failed {
            guard let id = entry.document else {
                problems.append(Problem(file: "manifest.json", message: "\(entry.path) is \(entry.status.rawValue) but names no document"))
                continue
            }
            let name = "documents/\(id).json"
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                problems.append(Problem(file: name, message: "missing"))
                continue
            }
            do {
                let value = try JSONValue.parse(data)
                problems += validator.problems(in: value).map { Problem(file: name, message: "schema: \($0)") }
                let record = try JSONCoding.decode(DocumentRecord.self, from: data)
                problems += RecordInvariants.problems(in: record).map { Problem(file: name, message: $0) }
                if record.id != id { problems.append(Problem(file: name, message: "id is \"\(record.id)\", expected \"\(id)\"")) }
                for table in ResourceTable.allCases { expectedRows[table, default: []] += try table.rows(of: record) }
                referenceIDs += record.references.map(\.id)
            } catch {
                problems.append(Problem(file: name, message: "not a valid record: \(error)"))
            }
        }
        for table in ResourceTable.allCases {
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent(table.fileName).path)
            let expected = (expectedRows[table] ?? []).reduce(into: Data()) { $0.append($1) }
            if data == nil {
                problems.append(Problem(file: table.fileName, message: "missing"))
            } else if data != expected {
                problems.append(Problem(file: table.fileName, message: "rows differ from the document records"))
            }
        }
        if let data = FileManager.default.contents(atPath: folder.appendingPathComponent("references.csl.json").path) {
            let ids = (try? JSONValue.parse(data))?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
            if ids != referenceIDs {
                problems.append(Problem(file: "references.csl.json", message: "items differ from the document records' references"))
            }
        } else {
            problems.append(Problem(file: "references.csl.json", message: "missing"))
        }
        return problems
    }
}
