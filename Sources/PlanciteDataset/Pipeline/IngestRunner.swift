import Foundation
import PlanciteCore
import PlanciteExtract

/// Turns one PDF into its record: the extract → layout → parse → resolve → normalise stages.
public protocol DocumentProcessing: Sendable {
    func process(_ input: InputFile, id: String, source: SourceRecord) throws(ExtractionError) -> DocumentRecord
}

/// What happened to one input, reported as the batch goes.
public struct IngestEvent: Sendable {
    public var index: Int
    public var total: Int
    public var entry: ManifestEntry

    public init(index: Int, total: Int, entry: ManifestEntry) {
        self.index = index
        self.total = total
        self.entry = entry
    }
}

/// The outcome of a batch.
public struct IngestResult: Sendable {
    public var manifest: Manifest

    public init(manifest: Manifest) {
        self.manifest = manifest
    }

    /// The failed inputs, in input order.
    public var failures: [ManifestEntry] { manifest.inputs.filter { $0.status == .failed } }

    /// 0 when every input succeeded, else the status for the failures' codes.
    public var exitStatus: Int32 { ExitStatus.forFailures(failures.compactMap(\.error?.code)) }
}

/// Runs documents through a processor and writes the output folder.
///
/// A bad input costs only itself: its failure is recorded in the manifest and the batch
/// goes on. Records are checked against their invariants before they are written.
public struct IngestRunner: Sendable {
    public var processor: any DocumentProcessing
    public var writer: DatasetWriter

    public init(processor: any DocumentProcessing, writer: DatasetWriter) {
        self.processor = processor
        self.writer = writer
    }

    public func run(_ inputs: [InputFile], onEvent: (IngestEvent) -> Void = { _ in }) throws(DatasetError) -> IngestResult {
        var ids = DocumentIDAllocator()
        var entries: [ManifestEntry] = []
        for (index, input) in inputs.enumerated() {
            let entry = try ingest(input, ids: &ids)
            entries.append(entry)
            onEvent(IngestEvent(index: index + 1, total: inputs.count, entry: entry))
        }
        return IngestResult(manifest: try writer.finish(entries: entries))
    }

    private func ingest(_ input: InputFile, ids: inout DocumentIDAllocator) throws(DatasetError) -> ManifestEntry {
        // An input that opens as a regular file has its id even when it then cannot be read, as in a batch.
        guard let digest = FileDigest(path: input.absolutePath) else {
            if FileDigest.sizeOfOpenableFile(atPath: input.absolutePath) != nil { _ = ids.allocate(forFileName: input.displayPath) }
            return Self.unreadable(input)
        }
        let id = ids.allocate(forFileName: input.displayPath)
        return try ingest(input, id: id, sha256: digest.sha256, bytes: digest.bytes).entry
    }

    /// The failed entry of an input that cannot be hashed: missing, unreadable or not a file.
    public static func unreadable(_ input: InputFile) -> ManifestEntry {
        let error = FileManager.default.fileExists(atPath: input.absolutePath)
            ? ExtractionError.unreadable(path: input.displayPath, reason: "permission denied or not a file")
            : ExtractionError.notFound(path: input.displayPath)
        return ManifestEntry(path: input.displayPath, document: nil, sha256: nil, bytes: nil, pages: nil,
                             status: .failed, error: FailureRecord(code: error.failureCode, message: error.errorDescription ?? error.code))
    }

    /// Processes one hashed input under the given id, writes its record and returns its entry,
    /// with the document file written (nil when the input failed).
    ///
    /// Throws only when the record cannot be written; a document that fails is an entry.
    public func ingest(
        _ input: InputFile, id: String, sha256 sha: String, bytes: Int
    ) throws(DatasetError) -> (entry: ManifestEntry, document: WrittenFile?) {
        func failed(_ code: FailureCode, _ message: String) -> ManifestEntry {
            ManifestEntry(path: input.displayPath, document: nil, sha256: sha, bytes: bytes, pages: nil,
                          status: .failed, error: FailureRecord(code: code, message: message))
        }
        let source = SourceRecord(path: input.displayPath, sha256: sha, bytes: bytes, pages: 0)
        let record: DocumentRecord
        do {
            record = try processor.process(input, id: id, source: source)
        } catch {
            return (failed(error.failureCode, error.errorDescription ?? error.code), nil)
        }
        let problems = RecordInvariants.problems(in: record)
        if !problems.isEmpty {
            let message = "\(input.displayPath): internal error: the record breaks its invariants (\(problems.prefix(3).joined(separator: "; "))); please report this"
            return (failed(.crashed, message), nil)
        }
        let document = try writer.write(record)
        return (ManifestEntry(path: input.displayPath, document: id, sha256: sha, bytes: bytes,
                              pages: record.source.pages, status: .ok, error: nil), document)
    }
}
