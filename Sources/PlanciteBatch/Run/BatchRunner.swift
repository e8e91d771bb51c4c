import Foundation
import PlanciteCore
import PlanciteDataset

/// A batch's progress after one more input is settled.
public struct BatchEvent: Sendable {
    /// Inputs settled so far, and in this run.
    public var done: Int
    public var total: Int
    public var entry: ManifestEntry
}

/// Runs a batch across worker processes and writes the output folder.
///
/// Each document is processed in a worker child (forked or `plancite worker`): a crash, hang or memory blow-up
/// costs only that document (`crashed`, `timeout`, `too-large`) and the worker is restarted.
/// Results are written in input order, so the output is byte-identical whatever `jobs` is.
/// The output folder is locked for the run; documents already up to date are not redone.
public struct BatchRunner: Sendable {
    public var options: BatchOptions
    public var pipeline: PlanPipeline
    public var folder: URL
    public var formats: Set<OutputFormat>

    public init(options: BatchOptions, pipeline: PlanPipeline, folder: URL, formats: Set<OutputFormat>) {
        self.options = options
        self.pipeline = pipeline
        self.folder = folder
        self.formats = formats
    }

    public func run(_ inputs: [InputFile], onEvent: (BatchEvent) -> Void = { _ in }) throws(BatchError) -> IngestResult {
        signal(SIGPIPE, SIG_IGN)
        let lock = try OutputLock(folder: folder)
        defer { lock.release() }
        let writer: DatasetWriter
        do { writer = try DatasetWriter(folder: folder, formats: formats) } catch {
            throw .output(error.errorDescription ?? "\(error)")
        }
        let state = IncrementalState(folder: folder, pipeline: pipeline)
        var pool = WorkerPool(options: options, setup: WorkerSetup(folder: folder.path, maxMemory: options.maxMemory, pipeline: pipeline))
        defer {
            WorkerPrestart.discard()
            pool.shutDown()
        }
        if options.force || state.previousIDs.isEmpty {
            // Nothing earlier to reuse: every input will need a worker, so they start up while the inputs are planned.
            try pool.start(count: min(options.jobs, inputs.count))
            WorkerPrestart.discard()
        }
        var plan = BatchPlan(inputs: inputs, state: state, force: options.force, shard: options.shard, hashingJobs: options.jobs)
        try state.prepare()
        try stageReuses(&plan, writer: writer)

        var entries = [ManifestEntry?](repeating: nil, count: plan.actions.count)
        var written = [WrittenFile?](repeating: nil, count: plan.actions.count)
        var done = 0
        func settle(_ index: Int, _ entry: ManifestEntry, document: WrittenFile? = nil) {
            entries[index] = entry
            written[index] = document
            done += 1
            onEvent(BatchEvent(done: done, total: plan.actions.count, entry: entry))
        }
        // The folder-wide files take each document as soon as it and all before it are settled,
        // while the workers go on; so the end of the batch only closes them and writes the manifest.
        let tables: DatasetTables
        do { tables = try DatasetTables(writer: writer) } catch { throw .output(error.errorDescription ?? "\(error)") }
        var appended = 0
        var appendError: DatasetError?
        /// Appends up to `limit` settled documents; returns whether the next one is settled too.
        @discardableResult func appendSettled(atMost limit: Int) -> Bool {
            for _ in 0..<limit {
                guard appended < entries.count, let entry = entries[appended] else { return false }
                if appendError == nil, entry.status != .failed, let id = entry.document {
                    do { try tables.append(documentID: id, reported: written[appended]) } catch { appendError = error }
                }
                appended += 1
            }
            return appended < entries.count && entries[appended] != nil
        }
        var jobs: [WorkerJob] = []
        for (index, action) in plan.actions.enumerated() {
            switch action {
            case .settled(let entry), .reuse(_, _, let entry): settle(index, entry)
            case .process(let job): jobs.append(job)
            }
        }
        // Now the number of documents to process is known: workers prestarted beyond it are stopped.
        try pool.start(count: min(options.jobs, jobs.count))
        WorkerPrestart.discard()
        var unhashedFailures: [WorkerJob] = []
        try pool.run(DispatchOrder.jobs(jobs, workers: options.jobs), whileWaiting: { appendSettled(atMost: 1) }) { job, entry, document in
            settle(job.index, entry, document: document)
            // (Not a file its worker found unreadable: that entry has no hash by design.)
            if job.sha256 == nil && entry.sha256 == nil && [.crashed, .timeout, .tooLarge].contains(entry.error?.code) {
                unhashedFailures.append(job)
            }
        }
        appendSettled(atMost: entries.count)
        Self.hashFailures(unhashedFailures, in: &entries)

        do throws(DatasetError) {
            if let appendError { throw appendError }
            return IngestResult(manifest: try tables.finish(entries: entries.compactMap { $0 }))
        } catch {
            tables.discard()
            throw .output(error.errorDescription ?? "\(error)")
        }
    }

    /// Records the hash and size of the files whose jobs failed before their workers hashed them
    /// (a crash, a timeout); read only now, so that the pool's loop never waits on a file.
    /// A file that cannot be read any more keeps neither.
    static func hashFailures(_ jobs: [WorkerJob], in entries: inout [ManifestEntry?]) {
        for job in jobs {
            guard let digest = FileDigest(path: job.absolutePath) else { continue }
            entries[job.index]?.sha256 = digest.sha256
            entries[job.index]?.bytes = digest.bytes
        }
    }

    /// Writes the records of renamed or copied inputs: all read first, then all moved in,
    /// so that no copy reads a record another copy has already replaced.
    private func stageReuses(_ plan: inout BatchPlan, writer: DatasetWriter) throws(BatchError) {
        let staging = folder.appendingPathComponent(".plancite-staging", isDirectory: true)
        try? FileManager.default.removeItem(at: staging)
        var staged: [String] = []
        for (index, action) in plan.actions.enumerated() {
            guard case .reuse(let from, let job, let entry) = action, let id = entry.document else { continue }
            guard let record = try? writer.readRecord(id: from).moved(toID: id, path: entry.path),
                RecordInvariants.problems(in: record).isEmpty,
                let data = try? JSONCoding.pretty(record),
                (try? AtomicFile.write(data, to: staging.appendingPathComponent("\(id).json"))) != nil
            else {
                plan.actions[index] = .process(job)
                continue
            }
            staged.append(id)
        }
        for id in staged where rename(staging.appendingPathComponent("\(id).json").path, writer.documentURL(id: id).path) != 0 {
            throw .output("\(writer.documentURL(id: id).path): cannot write (\(String(cString: strerror(errno))))")
        }
        try? FileManager.default.removeItem(at: staging)
    }
}
