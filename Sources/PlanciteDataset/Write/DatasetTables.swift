import Foundation
import PlanciteCitations
import PlanciteCore

/// The folder-wide files of an output folder (the JSON Lines resources, `references.csl.json`,
/// optional CSV, the data package), written a document at a time; then the manifest.
///
/// A batch appends each document as soon as it and every document before it are settled, so
/// that the end of the batch only closes the files and writes the manifest. Each file is written
/// under a temporary name and renamed into place by `finish`; `discard` (or an error) removes
/// them, so nothing half-written is left in the folder.
public final class DatasetTables {
    private let writer: DatasetWriter
    /// Open files by name: the tables' `.jsonl` (and `.csv`) and `references.csl.json`.
    private var outputs: [String: StreamingFile] = [:]
    private var referenceCount = 0
    private var documents: [WrittenFile] = []
    private var ids: Set<String> = []
    private var isOpen = true

    public init(writer: DatasetWriter) throws(DatasetError) {
        self.writer = writer
        do {
            for table in ResourceTable.allCases {
                outputs[table.fileName] = try StreamingFile(url: writer.folder.appendingPathComponent(table.fileName))
                if writer.formats.contains(.csv) {
                    let csv = try StreamingFile(url: writer.folder.appendingPathComponent(table.csvFileName))
                    try csv.append(CSVExport.csv(rows: [], fields: table.fields))
                    outputs[table.csvFileName] = csv
                }
            }
            outputs["references.csl.json"] = try StreamingFile(url: writer.folder.appendingPathComponent("references.csl.json"))
        } catch {
            discard()
            throw Self.datasetError(error, folder: writer.folder)
        }
    }

    deinit { discard() }

    /// Appends the rows and references of `documents/<id>.json`, in the order documents are appended.
    ///
    /// `reported` is the document file as its writer reported it in this run: the rows then come
    /// from the cache made with its hash, without reading the document back. Otherwise (or when
    /// the report names another file, or that cache is not whole) the document is read, hashed and used.
    public func append(documentID id: String, reported: WrittenFile? = nil) throws(DatasetError) {
        do {
            let path = "documents/\(id).json"
            let rows: DocumentRows
            if let reported, reported.path == path, let cached = writer.cachedRows(id: id, documentSHA256: reported.sha256) {
                documents.append(reported)
                rows = cached
            } else {
                let data = try writer.readDocument(id: id)
                let sha256 = SHA256.hex(of: data)
                documents.append(WrittenFile(path: path, sha256: sha256, bytes: data.count))
                rows = try writer.rows(id: id, document: data, sha256: sha256)
            }
            ids.insert(id)
            for table in ResourceTable.allCases {
                guard let bytes = rows.tables[table], !bytes.isEmpty else { continue }
                try write(bytes, to: table.fileName)
                if outputs[table.csvFileName] != nil {
                    try write(DatasetWriter.dropFirstLine(CSVExport.csv(rows: rows.rowLines(of: table), fields: table.fields)), to: table.csvFileName)
                }
            }
            for item in rows.references {
                try write(referenceCount == 0 ? Self.referencesOpening : Self.referenceSeparator, to: "references.csl.json")
                try write(item, to: "references.csl.json")
                referenceCount += 1
            }
        } catch {
            discard()
            throw Self.datasetError(error, folder: writer.folder)
        }
    }

    /// Closes and renames the files into place, removes the records no appended document names,
    /// and writes `manifest.json` last: a folder with a manifest is complete.
    public func finish(entries: [ManifestEntry]) throws(DatasetError) -> Manifest {
        var files = documents
        do {
            try write(referenceCount == 0 ? JSONCoding.pretty([CSLItem]()) : Data("\n]\n".utf8), to: "references.csl.json")
            let package = try StreamingFile(url: writer.folder.appendingPathComponent("datapackage.json"))
            outputs["datapackage.json"] = package
            try package.append(JSONCoding.pretty(DataPackage(formats: writer.formats)))
            for (name, output) in outputs.sorted(by: { $0.key < $1.key }) {
                let written = try output.commit()
                outputs[name] = nil
                files.append(WrittenFile(path: name, sha256: written.sha256, bytes: written.bytes))
            }
        } catch {
            discard()
            throw Self.datasetError(error, folder: writer.folder)
        }
        isOpen = false
        return try writer.writeManifest(entries: entries, files: files, keeping: ids)
    }

    /// Removes the files not yet renamed into place.
    public func discard() {
        guard isOpen else { return }
        isOpen = false
        outputs.values.forEach { $0.discard() }
        outputs = [:]
    }

    /// Adds bytes to an open file (which gathers them into large writes).
    private func write(_ data: Data, to name: String) throws(DatasetError) {
        try outputs[name]?.append(data)
    }

    private static let referencesOpening = Data("[\n".utf8)
    private static let referenceSeparator = Data(",\n".utf8)

    private static func datasetError(_ error: any Error, folder: URL) -> DatasetError {
        if let error = error as? DatasetError { return error }
        return .cannotWrite(path: folder.path, reason: "encoding failed: \(error)")
    }
}
