import Foundation
import PlanciteCore

/// Document records gathered for checking, and the inputs that gave none.
public struct RecordCollection: Sendable {
    public var records: [DocumentRecord]
    /// Inputs that could not be read, with their failure.
    public var failures: [ManifestEntry]
}

/// Gathers records from PDFs (run through the pipeline in memory, nothing written) and from
/// existing output folders (read back from `documents/`).
public struct RecordCollector: Sendable {
    public var pipeline: PlanPipeline
    public var discovery: InputDiscovery

    public init(pipeline: PlanPipeline, discovery: InputDiscovery = InputDiscovery()) {
        self.pipeline = pipeline
        self.discovery = discovery
    }

    /// An output folder is a folder holding `manifest.json`; any other path names PDFs.
    public func collect(_ paths: [String]) -> RecordCollection {
        var records: [DocumentRecord] = []
        var failures: [ManifestEntry] = []
        var pdfPaths: [String] = []
        for path in paths {
            let absolute = path.hasPrefix("/") ? path : (discovery.workingDirectory as NSString).appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: (absolute as NSString).appendingPathComponent("manifest.json")) {
                let folder = readOutputFolder(URL(fileURLWithPath: absolute), named: path)
                records += folder.records
                failures += folder.failures
            } else {
                pdfPaths.append(path)
            }
        }
        var ids = DocumentIDAllocator()
        for input in discovery.discover(pdfPaths) {
            let id = ids.allocate(forFileName: input.displayPath)
            guard let digest = FileDigest(path: input.absolutePath) else {
                failures.append(IngestRunner.unreadable(input))
                continue
            }
            do {
                let source = SourceRecord(path: input.displayPath, sha256: digest.sha256, bytes: digest.bytes, pages: 0)
                records.append(try pipeline.process(input, id: id, source: source))
            } catch {
                failures.append(ManifestEntry(
                    path: input.displayPath, document: nil, sha256: digest.sha256, bytes: digest.bytes, pages: nil,
                    status: .failed, error: FailureRecord(code: error.failureCode, message: error.errorDescription ?? error.code)))
            }
        }
        return RecordCollection(records: records, failures: failures)
    }

    private func readOutputFolder(_ folder: URL, named name: String) -> RecordCollection {
        let manifestPath = folder.appendingPathComponent("manifest.json").path
        guard let data = FileManager.default.contents(atPath: manifestPath),
            let manifest = try? JSONCoding.decode(Manifest.self, from: data)
        else {
            let failure = FailureRecord(code: .damaged, message: "\(name)/manifest.json: error[damaged]: not a plancite manifest")
            return RecordCollection(records: [], failures: [ManifestEntry(path: name, document: nil, sha256: nil, bytes: nil, pages: nil, status: .failed, error: failure)])
        }
        var collection = RecordCollection(records: [], failures: manifest.inputs.filter { $0.status == .failed })
        let reader = DatasetReader(folder: folder)
        for entry in manifest.inputs where entry.status != .failed {
            guard let id = entry.document else { continue }
            do {
                collection.records.append(try reader.record(id: id))
            } catch {
                let failure = FailureRecord(code: .damaged, message: error.errorDescription ?? "\(error)")
                collection.failures.append(ManifestEntry(path: entry.path, document: id, sha256: entry.sha256, bytes: entry.bytes, pages: entry.pages, status: .failed, error: failure))
            }
        }
        return collection
    }
}

/// Reads the records of an output folder.
public struct DatasetReader: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    public func record(id: String) throws(DatasetError) -> DocumentRecord {
        let url = folder.appendingPathComponent("documents/\(id).json")
        do {
            return try JSONCoding.decode(DocumentRecord.self, from: Data(contentsOf: url))
        } catch {
            throw .cannotRead(path: url.path, reason: "\(error)")
        }
    }
}
