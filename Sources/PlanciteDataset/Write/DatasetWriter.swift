import Foundation
import PlanciteCitations
import PlanciteCore

/// The write stage: lays out an output folder file by file, each file written atomically.
///
/// `documents/<id>.json` is written as each document finishes. `finish` then streams those
/// records, one at a time, into the JSON Lines resources, `references.csl.json`, optional CSV,
/// the data package and, last of all, `manifest.json`: a folder with a manifest is complete.
/// Memory stays flat whatever the number of documents. Each document's rows are encoded once,
/// when it is written, and cached in `.plancite-rows/` (see `DocumentRows`).
public struct DatasetWriter: Sendable {
    public let folder: URL
    public let formats: Set<OutputFormat>
    /// The paths of `documentsFolder` and `rowsCacheFolder`, for the files written a document at a time.
    private let documentsPath: String
    private let rowsCachePath: String

    /// Creates the folder; `sweepingTemporaries` removes files a killed run left half-written
    /// (pass false from a worker that shares the folder with other writers).
    public init(folder: URL, formats: Set<OutputFormat> = [.json], sweepingTemporaries: Bool = true) throws(DatasetError) {
        self.folder = folder
        self.formats = formats.union([.json])
        documentsPath = folder.appendingPathComponent("documents", isDirectory: true).path
        rowsCachePath = Self.rowsCacheFolder(in: folder).path
        do {
            try FileManager.default.createDirectory(at: documentsFolder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: folder.path, reason: error.localizedDescription)
        }
        if sweepingTemporaries {
            AtomicFile.sweepTemporaries(in: folder)
            AtomicFile.sweepTemporaries(in: documentsFolder)
            AtomicFile.sweepTemporaries(in: rowsCacheFolder)
        }
    }

    public var documentsFolder: URL { folder.appendingPathComponent("documents", isDirectory: true) }

    public func documentURL(id: String) -> URL { documentsFolder.appendingPathComponent("\(id).json") }

    /// The cache of encoded rows (`DocumentRows`), beside the dataset and outside its manifest.
    public var rowsCacheFolder: URL { Self.rowsCacheFolder(in: folder) }

    public static func rowsCacheFolder(in folder: URL) -> URL { folder.appendingPathComponent(".plancite-rows", isDirectory: true) }

    /// The rows cache of one document of the output folder `folder`.
    public static func rowsCacheURL(in folder: URL, id: String) -> URL {
        rowsCacheFolder(in: folder).appendingPathComponent("\(id).rows")
    }

    /// Writes one document record, and the cache of its encoded rows; returns the document file.
    @discardableResult
    public func write(_ record: DocumentRecord) throws(DatasetError) -> WrittenFile {
        // Written once: each item goes into the document file and its row at the same time.
        let text: DocumentText
        do { text = try DocumentText(record) } catch {
            throw .cannotWrite(path: documentURL(id: record.id).path, reason: "encoding failed: \(error)")
        }
        let documentPath = "\(documentsPath)/\(record.id).json"
        try text.document.withBytes { bytes throws(DatasetError) in try AtomicFile.write(UnsafeRawBufferPointer(bytes), toPath: documentPath) }
        // A cache only: when it cannot be written, `finish` rebuilds the rows from the document file.
        let cache = JSONByteBuffer(capacity: text.document.count)
        let documentSHA256 = text.document.withBytes { SHA256.hex(of: $0) }
        text.writeCache(documentSHA256: documentSHA256, to: cache)
        let cachePath = "\(rowsCachePath)/\(record.id).rows"
        try? cache.withBytes { bytes throws(DatasetError) in try AtomicFile.write(UnsafeRawBufferPointer(bytes), toPath: cachePath) }
        return WrittenFile(path: "documents/\(record.id).json", sha256: documentSHA256, bytes: text.document.count)
    }

    /// Writes the folder-wide files for the given manifest entries and returns the manifest.
    ///
    /// Document records of entries that are `ok` or `skipped` are read back in entry order;
    /// records in `documents/` that no entry names are removed. (`DatasetTables` does the same
    /// while a batch runs, a document at a time.)
    @discardableResult
    public func finish(entries: [ManifestEntry]) throws(DatasetError) -> Manifest {
        let tables = try DatasetTables(writer: self)
        for entry in entries where entry.status != .failed {
            guard let id = entry.document else { continue }
            try tables.append(documentID: id)
        }
        return try tables.finish(entries: entries)
    }

    /// Writes the manifest last, after removing the records no entry names.
    func writeManifest(entries: [ManifestEntry], files: [WrittenFile], keeping ids: Set<String>) throws(DatasetError) -> Manifest {
        if !formats.contains(.csv) {
            for table in ResourceTable.allCases {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(table.csvFileName))
            }
        }
        try removeStaleDocuments(keeping: ids)
        let manifest = Manifest(inputs: entries, files: files.sorted { $0.path < $1.path })
        do {
            try AtomicFile.write(try ManifestText.pretty(manifest), to: folder.appendingPathComponent("manifest.json"))
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

    func readDocument(id: String) throws(DatasetError) -> Data {
        do { return try Data(contentsOf: documentURL(id: id)) } catch {
            throw .cannotRead(path: documentURL(id: id).path, reason: "\(error)")
        }
    }

    /// The document's encoded rows: from its cache when that was made from these bytes, else rebuilt.
    func rows(id: String, document data: Data, sha256: String) throws -> DocumentRows {
        if let rows = cachedRows(id: id, documentSHA256: sha256) { return rows }
        let record: DocumentRecord
        do { record = try JSONCoding.decode(DocumentRecord.self, from: data) } catch {
            throw DatasetError.cannotRead(path: documentURL(id: id).path, reason: "\(error)")
        }
        return try DocumentRows(record: record, documentSHA256: sha256)
    }

    /// The document's rows cache, when it is whole and was made from the document with this hash.
    func cachedRows(id: String, documentSHA256 sha256: String) -> DocumentRows? {
        guard let cache = AtomicFile.contents(atPath: "\(rowsCachePath)/\(id).rows"), let rows = DocumentRows(cache: cache),
            rows.documentSHA256 == sha256
        else { return nil }
        return rows
    }

    private func removeStaleDocuments(keeping ids: Set<String>) throws(DatasetError) {
        for (folder, suffix) in [(documentsFolder, ".json"), (rowsCacheFolder, ".rows")] {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names where name.hasSuffix(suffix) && !ids.contains(String(name.dropLast(suffix.count))) {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }

    /// CSV text without its header line.
    static func dropFirstLine(_ data: Data) -> Data {
        guard let end = data.firstIndex(of: 0x0A) else { return Data() }
        return data[(end + 1)...]
    }
}

/// A file written piece by piece under a temporary name, hashed as it goes, renamed into place on commit.
///
/// Appended bytes gather in a buffer and reach the file (and the hash) `pieceSize` at a time: a
/// few system calls per file instead of several per document, and little memory held.
final class StreamingFile {
    private let url: URL
    private let temporary: URL
    private let handle: FileHandle
    private var hasher = SHA256()
    private var count = 0
    private var gathered: [UInt8] = []

    static let pieceSize = 64 << 10

    init(url: URL) throws(DatasetError) {
        self.url = url
        temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary.path)
        else { throw .cannotWrite(path: url.path, reason: String(cString: strerror(errno))) }
        self.handle = handle
        gathered.reserveCapacity(Self.pieceSize)
    }

    func append(_ data: Data) throws(DatasetError) {
        data.withUnsafeBytes { gathered.append(contentsOf: $0) }
        if gathered.count >= Self.pieceSize { try flush() }
    }

    /// Hands the gathered bytes to the file and the hash.
    private func flush() throws(DatasetError) {
        guard !gathered.isEmpty else { return }
        let failure: Int32? = gathered.withUnsafeBytes { bytes in
            if let code = FileDescriptorIO.writeAll(bytes, to: handle.fileDescriptor) { return code }
            hasher.update(bytes)
            return nil
        }
        if let failure { throw .cannotWrite(path: url.path, reason: String(cString: strerror(failure))) }
        count += gathered.count
        gathered.removeAll(keepingCapacity: true)
    }

    /// Closes the file, renames it into place and returns its hash and size.
    func commit() throws(DatasetError) -> (sha256: String, bytes: Int) {
        do { try flush() } catch {
            discard()
            throw error
        }
        do { try handle.close() } catch {
            discard()
            throw .cannotWrite(path: url.path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw .cannotWrite(path: url.path, reason: reason)
        }
        return (hasher.finalizeHex(), count)
    }

    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}
