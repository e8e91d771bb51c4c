import Foundation
import PlanciteCheck
import PlanciteDataset

/// What the report shows of an output folder: its manifest, its records and their findings.
struct ReportInput {
    var manifest: Manifest
    var records: [DocumentRecord]
    /// Findings of every record and failed input, in report order.
    var findings: [Finding]

    /// Reads `manifest.json` and the records it names; a record that cannot be read becomes a finding.
    init(folder: URL, policy: CheckPolicy) throws(ReportError) {
        let manifestURL = folder.appendingPathComponent("manifest.json")
        guard let data = FileManager.default.contents(atPath: manifestURL.path) else {
            throw .notAnOutputFolder(path: folder.path)
        }
        do {
            manifest = try JSONCoding.decode(Manifest.self, from: data)
        } catch {
            throw .damaged(path: manifestURL.path, reason: "\(error)")
        }
        let reader = DatasetReader(folder: folder)
        var records: [DocumentRecord] = []
        var unreadable = manifest.inputs.filter { $0.status == .failed }.map { entry in
            UnreadableInput(
                path: entry.path, code: entry.error?.code ?? .unreadable, message: entry.error?.message ?? "could not be read")
        }
        for entry in manifest.inputs where entry.status != .failed {
            guard let id = entry.document else { continue }
            do {
                records.append(try reader.record(id: id))
            } catch {
                unreadable.append(UnreadableInput(path: entry.path, code: .damaged, message: error.errorDescription ?? "\(error)"))
            }
        }
        self.records = records
        findings = Checker(policy: policy).check(records: records, unreadable: unreadable).findings
    }
}

/// Why the report could not be written.
public enum ReportError: Error, Sendable, Equatable, LocalizedError {
    case notAnOutputFolder(path: String)
    case damaged(path: String, reason: String)
    case cannotWrite(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .notAnOutputFolder(let path): "\(path): not an output folder (no manifest.json); run ingest first"
        case .damaged(let path, let reason): "\(path): not a plancite manifest (\(reason))"
        case .cannotWrite(let path, let reason): "\(path): cannot write the report (\(reason))"
        }
    }
}
