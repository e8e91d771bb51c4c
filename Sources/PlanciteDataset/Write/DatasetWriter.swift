import Foundation
import PlanciteCitations
import PlanciteCore

/// The write stage: lays out an output folder file by file, each file written atomically.
///
/// `documents/<id>.json` is written as each document finishes. `finish` then reads those
/// records back into the JSON Lines resources, `references.csl.json`, optional CSV, the data
/// package and, last of all, `manifest.json`: a folder with a manifest is complete.
public struct DatasetWriter: Sendable {
    public let folder: URL
    public let formats: Set<OutputFormat>

    public init(folder: URL, formats: Set<OutputFormat> = [.json]) throws(DatasetError) {
        self.folder = folder
        self.formats = formats.union([.json])
        do {
            try FileManager.default.createDirectory(at: documentsFolder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: folder.path, reason: error.localizedDescription)
        }
        AtomicFile.sweepTemporaries(in: folder)
        AtomicFile.sweepTemporaries(in: documentsFolder)
    }

    public var documentsFolder: URL { folder.appendingPathComponent("documents", isDirectory: true) }

    public func documentURL(id: String) -> URL { documentsFolder.appendingPathComponent("\(id).json") }

    /// Writes one document record.
    public func write(_ record: DocumentRecord) throws(DatasetError) {
        let data: Data
        do { data = try JSONCoding.pretty(record) } catch {
            throw .cannotWrite(path: documentURL(id: record.id).path, reason: "encoding failed: \(error)")
        }
        try AtomicFile.write(data, to: documentURL(id: record.id))
    }

    /// Writes the folder-wide files for the given manifest entries and returns the manifest.
    ///
    /// Document records of entries that are `ok` or `skipped` are read back in entry order;
    /// records in `documents/` that no entry names are removed.
    @discardableResult
    public func finish(entries: [ManifestEntry]) throws(DatasetError) -> Manifest {
        let ids = entries.filter { $0.status != .failed }.compactMap(\.document)
        var rows: [ResourceTable: [Data]] = [:]
        var references: [CSLItem] = []
        for id in ids {
            let record = try readRecord(id: id)
            do {
                for table in ResourceTable.allCases { rows[table, default: []] += try table.rows(of: record) }
            } catch {
                throw .cannotWrite(path: folder.path, reason: "encoding failed: \(error)")
            }
            references += record.references
        }
        var written: [String: Data] = [:]
        for table in ResourceTable.allCases {
            let lines = rows[table] ?? []
            written[table.fileName] = lines.reduce(into: Data()) { $0.append($1) }
            if formats.contains(.csv) {
                written[table.csvFileName] = try? CSVExport.csv(rows: lines, fields: table.fields)
            }
        }
        do {
            written["references.csl.json"] = try JSONCoding.pretty(references)
            written["datapackage.json"] = try JSONCoding.pretty(DataPackage(formats: formats))
        } catch {
            throw .cannotWrite(path: folder.path, reason: "encoding failed: \(error)")
        }
        for (name, data) in written.sorted(by: { $0.key < $1.key }) {
            try AtomicFile.write(data, to: folder.appendingPathComponent(name))
        }
        if !formats.contains(.csv) {
            for table in ResourceTable.allCases {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(table.csvFileName))
            }
        }
        try removeStaleDocuments(keeping: Set(ids))

        var files = written.map { WrittenFile(path: $0.key, sha256: SHA256.hex(of: $0.value), bytes: $0.value.count) }
        for id in ids {
            let data = (try? Data(contentsOf: documentURL(id: id))) ?? Data()
            files.append(WrittenFile(path: "documents/\(id).json", sha256: SHA256.hex(of: data), bytes: data.count))
        }
        let manifest = Manifest(inputs: entries, files: files.sorted { $0.path < $1.path })
        do {
            try AtomicFile.write(try JSONCoding.pretty(manifest), to: folder.appendingPathComponent("manifest.json"))
        } catch let error as DatasetError {
            throw error
        } catch {
            throw .cannotWrite(path: folder.path, reason: "encoding failed: \(error)")
        }
        return manifest
    }

    /// Reads `documents/<id>.json` back.
    public func readRecord(id: String) throws(DatasetError) -> DocumentRecord {
        try DatasetReader(folder: folder).record(id: id)
    }

    private func removeStaleDocuments(keeping ids: Set<String>) throws(DatasetError) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: documentsFolder.path) else { return }
        for name in names where name.hasSuffix(".json") && !ids.contains(String(name.dropLast(5))) {
            try? FileManager.default.removeItem(at: documentsFolder.appendingPathComponent(name))
        }
    }
}
