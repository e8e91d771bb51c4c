import Dispatch
import Foundation
import PlanciteCore
import PlanciteDataset

/// What to do with each input of a run, decided before any document is written.
///
/// An input gets an id when it opens as a regular file. Ids are allocated in input order over
/// every input (whatever the shard), so ids never depend on `--jobs` or `--shard`.
///
/// When nothing in the folder can be reused (`force`, or no records made with these options) and
/// no shard is asked for, no decision needs a hash: inputs are only checked to open, and each
/// worker hashes its own file, so the first document starts without waiting for all to be read.
/// Otherwise inputs are hashed here, in parallel, and taken in input order.
struct BatchPlan {
    enum Action {
        /// Settled without work: failed to read, up to date, or finished by an interrupted run.
        case settled(ManifestEntry)
        /// Copy another document's record under this input's id and path (renamed or copied file).
        case reuse(from: String, job: WorkerJob, entry: ManifestEntry)
        case process(WorkerJob)
    }

    /// In input order; inputs outside the shard are left out.
    var actions: [Action] = []

    init(inputs: [InputFile], state: IncrementalState, force: Bool, shard: Shard?, hashingJobs: Int) {
        let hashesInWorkers = (force || !state.optionsMatch) && shard == nil
        let openable: [OpenableInput] = hashesInWorkers
            ? inputs.map { OpenableInput(input: $0, size: FileDigest.sizeOfOpenableFile(atPath: $0.absolutePath), digest: nil) }
            : Self.digests(of: inputs, jobs: hashingJobs).map { input, digest in
                // (A file that opens but fails to read keeps its id, as when it is not hashed here.)
                OpenableInput(input: input, size: digest?.bytes ?? FileDigest.sizeOfOpenableFile(atPath: input.absolutePath), digest: digest)
            }
        var ids = DocumentIDAllocator()
        for item in openable {
            let input = item.input
            func settleUnreadable() {
                if shard?.contains(sha256: nil, path: input.displayPath) ?? true {
                    actions.append(.settled(IngestRunner.unreadable(input)))
                }
            }
            guard let size = item.size else {
                settleUnreadable()
                continue
            }
            let id = ids.allocate(forFileName: input.displayPath)
            guard hashesInWorkers || item.digest != nil else {
                settleUnreadable()
                continue
            }
            guard shard?.contains(sha256: item.digest?.sha256, path: input.displayPath) ?? true else { continue }
            let job = WorkerJob(index: actions.count, displayPath: input.displayPath, absolutePath: input.absolutePath,
                                id: id, sha256: item.digest?.sha256, bytes: size)
            if let digest = item.digest, !force {
                actions.append(Self.decide(job, sha256: digest.sha256, state: state))
            } else {
                actions.append(.process(job))
            }
        }
    }

    /// An input with its size when it opens as a regular file, and its digest when it was hashed.
    private struct OpenableInput {
        var input: InputFile
        var size: Int?
        var digest: FileDigest?
    }

    private static func decide(_ job: WorkerJob, sha256: String, state: IncrementalState) -> Action {
        let wasComplete = state.previousIDs[sha256] != nil
        func entry(pages: Int) -> ManifestEntry {
            ManifestEntry(path: job.displayPath, document: job.id, sha256: sha256, bytes: job.bytes, pages: pages,
                          status: wasComplete ? .skipped : .ok, error: nil)
        }
        if let source = state.source(ofDocument: job.id), source.sha256 == sha256 {
            return source.path == job.displayPath ? .settled(entry(pages: source.pages)) : .reuse(from: job.id, job: job, entry: entry(pages: source.pages))
        }
        if let other = state.previousIDs[sha256], let source = state.source(ofDocument: other), source.sha256 == sha256 {
            return .reuse(from: other, job: job, entry: entry(pages: source.pages))
        }
        return .process(job)
    }

    /// The inputs with their digests (nil when unreadable), hashed `jobs` at a time, in order.
    private static func digests(of inputs: [InputFile], jobs: Int) -> [(InputFile, FileDigest?)] {
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var values: [Int: FileDigest] = [:]
        }
        var result: [(InputFile, FileDigest?)] = []
        result.reserveCapacity(inputs.count)
        for start in stride(from: 0, to: inputs.count, by: 64) {
            let chunk = Array(inputs[start..<min(start + 64, inputs.count)])
            let results = Results()
            let queue = DispatchQueue(label: "plancite.hash", attributes: .concurrent)
            let group = DispatchGroup()
            let slots = DispatchSemaphore(value: max(1, jobs))
            for (index, input) in chunk.enumerated() {
                slots.wait()
                queue.async(group: group) {
                    defer { slots.signal() }
                    guard let digest = FileDigest(path: input.absolutePath) else { return }
                    results.lock.lock()
                    results.values[index] = digest
                    results.lock.unlock()
                }
            }
            group.wait()
            for (index, input) in chunk.enumerated() { result.append((input, results.values[index])) }
        }
        return result
    }
}
