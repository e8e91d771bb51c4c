import Foundation
import PlanciteDataset

/// Combines the output folders of `--shard` runs into one folder equal to a single run's.
///
/// Entries are put back in input order (by path, as discovery sorts them) and each document
/// is copied once; shard folders must come from the same inputs, tool and options.
public struct DatasetMerger: Sendable {
    public var output: URL
    public var shards: [URL]

    public init(output: URL, shards: [URL]) {
        self.output = output
        self.shards = shards
    }

    public func merge() throws(BatchError) -> IngestResult {
        let lock = try OutputLock(folder: output)
        defer { lock.release() }
        var entries: [ManifestEntry] = []
        var formats: Set<OutputFormat> = [.json]
        var fingerprints: Set<String> = []
        var sources: [String: URL] = [:]
        for shard in shards {
            guard let data = FileManager.default.contents(atPath: shard.appendingPathComponent("manifest.json").path),
                let manifest = try? JSONCoding.decode(Manifest.self, from: data)
            else { throw .output(DatasetError.notAnOutputFolder(path: shard.path).errorDescription ?? shard.path) }
            if manifest.files.contains(where: { $0.path.hasSuffix(".csv") }) { formats.insert(.csv) }
            if let fingerprint = try? String(contentsOf: IncrementalState.fingerprintURL(in: shard), encoding: .utf8) {
                fingerprints.insert(fingerprint)
            }
            for entry in manifest.inputs {
                if let id = entry.document, entry.status != .failed {
                    if sources[id] != nil { throw .output("\(shard.path): document \(id) is also in another shard; were the shards made from different inputs?") }
                    sources[id] = shard
                }
                entries.append(entry)
            }
        }
        if fingerprints.count > 1 { throw .output("the shards were made with different tool versions or options; rerun them alike") }
        let writer: DatasetWriter
        do { writer = try DatasetWriter(folder: output, formats: formats) } catch {
            throw .output(error.errorDescription ?? "\(error)")
        }
        for (id, shard) in sources.sorted(by: { $0.key < $1.key }) {
            let from = shard.appendingPathComponent("documents/\(id).json")
            do { try AtomicFile.write(try Data(contentsOf: from), to: writer.documentURL(id: id)) } catch {
                throw .output("\(from.path): cannot copy (\(error))")
            }
            // The shard's encoded rows, when it has them (checked against the document by hash when used).
            if let rows = try? Data(contentsOf: DatasetWriter.rowsCacheURL(in: shard, id: id)) {
                try? AtomicFile.write(rows, to: DatasetWriter.rowsCacheURL(in: output, id: id))
            }
        }
        if let fingerprint = fingerprints.first {
            try? AtomicFile.write(Data(fingerprint.utf8), to: IncrementalState.fingerprintURL(in: output))
        }
        entries.sort { $0.path < $1.path }
        do { return IngestResult(manifest: try writer.finish(entries: entries)) } catch {
            throw .output(error.errorDescription ?? "\(error)")
        }
    }
}
