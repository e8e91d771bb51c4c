import Foundation
import PlanciteDataset

/// One document for a worker: the input, its hash and the id allocated to it.
///
/// Without a hash (a run that reuses nothing), the worker hashes the file itself and `bytes` is
/// the size the file had when the run was planned.
public struct WorkerJob: Sendable, Equatable {
    public var index: Int
    public var displayPath: String
    public var absolutePath: String
    public var id: String
    public var sha256: String?
    public var bytes: Int

    public var input: InputFile { InputFile(displayPath: displayPath, absolutePath: absolutePath) }

    /// The job as a `MessageLine`: a `job` tag, then the six fields in declaration order.
    var line: Data {
        MessageLine.encode(["job", String(index), displayPath, absolutePath, id, sha256, String(bytes)])
    }

    /// Reads a job line; nil when it is not one.
    init?(line: Data) {
        guard let fields = MessageLine.decode(line), fields.count == 7, fields[0] == "job",
            let index = fields[1].flatMap({ Int($0) }), let displayPath = fields[2], let absolutePath = fields[3],
            let id = fields[4], let bytes = fields[6].flatMap({ Int($0) })
        else { return nil }
        self.init(index: index, displayPath: displayPath, absolutePath: absolutePath, id: id, sha256: fields[5], bytes: bytes)
    }

    init(index: Int, displayPath: String, absolutePath: String, id: String, sha256: String?, bytes: Int) {
        self.index = index
        self.displayPath = displayPath
        self.absolutePath = absolutePath
        self.id = id
        self.sha256 = sha256
        self.bytes = bytes
    }
}
