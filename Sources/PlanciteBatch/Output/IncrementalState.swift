import Foundation
import PlanciteCore
import PlanciteDataset

/// What an output folder already holds, for deciding which inputs need work.
///
/// A document is up to date when `documents/<id>.json` exists with the input's content hash and
/// the folder's `.plancite-options` fingerprint (tool version, schema version, pipeline options)
/// equals the current one. Inputs a completed run (its `manifest.json`) already held are
/// `skipped`; records finished by an interrupted run count as `ok`, so a resumed run ends with
/// the same manifest as an uninterrupted one.
struct IncrementalState {
    let folder: URL
    let fingerprint: String
    /// True when existing documents were made with the same tool and options.
    let optionsMatch: Bool
    /// Content hashes of the previous complete run's documents, with their ids.
    let previousIDs: [String: String]

    static func fingerprintURL(in folder: URL) -> URL { folder.appendingPathComponent(".plancite-options") }

    init(folder: URL, pipeline: PlanPipeline) {
        self.folder = folder
        fingerprint = Self.fingerprint(of: pipeline)
        let stored = (try? String(contentsOf: Self.fingerprintURL(in: folder), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        optionsMatch = stored == fingerprint
        var previous: [String: String] = [:]
        if optionsMatch, let data = FileManager.default.contents(atPath: folder.appendingPathComponent("manifest.json").path),
            let manifest = try? JSONCoding.decode(Manifest.self, from: data) {
            for entry in manifest.inputs where entry.status != .failed {
                if let sha = entry.sha256, let id = entry.document, previous[sha] == nil { previous[sha] = id }
            }
        }
        previousIDs = previous
    }

    /// The hash of everything besides the input that decides a record.
    static func fingerprint(of pipeline: PlanPipeline) -> String {
        struct Options: Encodable {
            var tool = ToolInfo.name
            var toolVersion = ToolInfo.version
            var schemaVersion = ToolInfo.schemaVersion
            var vocabulary: String
        }
        let vocabulary = (try? JSONCoding.line(pipeline.vocabulary)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let data = (try? JSONCoding.line(Options(vocabulary: vocabulary))) ?? Data()
        return SHA256.hex(of: data)
    }

    /// Records the current fingerprint; when it changed, first removes the records made
    /// with other options (and the manifest describing them), so none can pass for current.
    func prepare() throws(BatchError) {
        guard !optionsMatch else { return }
        let documents = folder.appendingPathComponent("documents")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: documents.path)) ?? [] where name.hasSuffix(".json") {
            try? FileManager.default.removeItem(at: documents.appendingPathComponent(name))
        }
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("manifest.json"))
        do {
            try AtomicFile.write(Data((fingerprint + "\n").utf8), to: Self.fingerprintURL(in: folder))
        } catch {
            throw .output(error.errorDescription ?? "\(error)")
        }
    }

    /// The source of `documents/<id>.json`, when it exists and parses.
    func source(ofDocument id: String) -> SourceRecord? {
        struct Head: Decodable { var source: SourceRecord }
        guard optionsMatch,
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent("documents/\(id).json").path)
        else { return nil }
        return (try? JSONCoding.decode(Head.self, from: data))?.source
    }
}

extension DocumentRecord {
    /// The same record under another id and path: for a renamed or copied input.
    func moved(toID newID: String, path: String) -> DocumentRecord {
        var record = self
        let oldPrefix = "\(id)/"
        func rename(_ value: String) -> String {
            value.hasPrefix(oldPrefix) ? "\(newID)/" + value.dropFirst(oldPrefix.count) : value
        }
        record.id = newID
        record.source.path = path
        for index in record.references.indices { record.references[index].id = rename(record.references[index].id) }
        for index in record.notes.indices { record.notes[index].reference = record.notes[index].reference.map(rename) }
        return record
    }
}
