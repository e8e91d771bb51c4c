import Foundation
import PlanciteCore
import PlanciteDataset

/// Runs jobs on up to `options.jobs` worker processes, restarting any that die or hang.
struct WorkerPool {
    private struct Slot {
        var worker: WorkerProcess?
        /// False until the worker has answered its setup line.
        var isReady = false
        /// Sent and not yet answered, oldest first: the worker runs them in this order.
        var jobs: [WorkerJob] = []
        /// When the oldest job runs out of time.
        var deadline: UInt64 = 0

        var isBusy: Bool { !jobs.isEmpty }
    }

    let options: BatchOptions
    let setup: WorkerSetup
    private var slots: [Slot]

    init(options: BatchOptions, setup: WorkerSetup) {
        self.options = options
        self.setup = setup
        slots = Array(repeating: Slot(), count: options.jobs)
    }

    /// Starts (or adopts) up to `count` workers without waiting for them, so that they read their
    /// setup while the caller plans the inputs; `run` waits for each one's answer before its first job.
    mutating func start(count: Int) throws(BatchError) {
        for index in slots.indices.prefix(count) where slots[index].worker == nil {
            slots[index].worker = try spawnWorker()
        }
    }

    /// Runs every job, calling `finished` once per job as it ends (not in job order), with the
    /// document file its worker reports having written.
    ///
    /// A worker gets its next job while it still runs the current one, so that it never waits for
    /// this process between jobs; only while enough jobs are left for every worker, and never behind
    /// an outlier (more than twice the mean size), so that no job waits behind a long one while
    /// another worker is idle. When a worker dies or hangs, its oldest job is the one that failed
    /// and the jobs queued behind it go to the next worker.
    ///
    /// Each time every worker has its jobs, `whileWaiting` may do one short piece of other work
    /// and return whether more is left; while it is, replies are only checked for, not waited for,
    /// so that the settled documents are taken up between replies.
    mutating func run(
        _ jobs: [WorkerJob], whileWaiting: () -> Bool = { false }, finished: (WorkerJob, ManifestEntry, WrittenFile?) -> Void
    ) throws(BatchError) {
        var pending = jobs[...]
        let longJob = jobs.isEmpty ? 0 : 2 * jobs.reduce(0) { $0 + max($1.bytes, 0) } / jobs.count
        defer { release() }
        while true {
            for index in slots.indices where !slots[index].isBusy {
                guard let job = pending.popFirst() else { break }
                try dispatch(job, to: index, finished: finished)
            }
            for index in slots.indices where slots[index].jobs.count == 1 && slots[index].jobs[0].bytes <= longJob {
                guard pending.count > slots.count, let job = pending.popFirst() else { break }
                if !queue(job, on: index) { pending.insert(job, at: pending.startIndex) }
            }
            let busy = slots.indices.filter { slots[$0].isBusy }
            if busy.isEmpty { return }
            let hasMoreWork = whileWaiting()
            let now = Self.now()
            let nearest = busy.map { slots[$0].deadline }.min() ?? now
            let wait = nearest > now && !hasMoreWork ? Int32(min((nearest - now) / 1_000_000 + 1, 1000)) : 0
            var descriptors = busy.map { pollfd(fd: slots[$0].worker?.output ?? -1, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), wait)
            if ready < 0 && errno != EINTR { throw .output("poll failed: \(String(cString: strerror(errno)))") }
            var requeued: [WorkerJob] = []
            for (position, index) in busy.enumerated() where descriptors[position].revents != 0 {
                requeued += try collect(from: index, finished: finished)
            }
            let after = Self.now()
            for index in busy where slots[index].isBusy && slots[index].deadline <= after {
                let job = slots[index].jobs[0]
                requeued += slots[index].jobs.dropFirst()
                slots[index].worker?.stop()
                slots[index] = Slot()
                let seconds = options.timeout == options.timeout.rounded() ? String(Int(options.timeout)) : String(options.timeout)
                finished(job, failure(job, .timeout, "took longer than \(seconds) s; its worker was stopped"), nil)
            }
            if !requeued.isEmpty { pending = (requeued.sorted { $0.index < $1.index } + pending)[...] }
        }
    }

    /// Lets every worker go, without waiting for it.
    ///
    /// A busy one (only after an error) is stopped at once; an idle one has its input closed and
    /// exits by itself, flushing what it holds (profilers, sanitizers).
    private func release() {
        for slot in slots {
            if slot.isBusy { slot.worker?.stop() } else { slot.worker?.closeInput() }
        }
    }

    /// Releases every worker and waits for them together, up to five seconds before they are killed.
    ///
    /// Called once the output is written, so that the workers' exit overlaps that writing.
    func shutDown() {
        release()
        let deadline = DispatchTime.now().uptimeNanoseconds + 5_000_000_000
        for slot in slots where slot.worker?.waitForExit(until: deadline) == false { slot.worker?.stop() }
    }

    private mutating func dispatch(_ job: WorkerJob, to index: Int, finished: (WorkerJob, ManifestEntry, WrittenFile?) -> Void) throws(BatchError) {
        let line = job.line
        for attempt in 0..<2 {
            if slots[index].worker == nil { slots[index].worker = try spawnWorker() }
            if !slots[index].isReady, let worker = slots[index].worker {
                try awaitReady(worker)
                slots[index].isReady = true
            }
            slots[index].worker?.clearErrorLog()
            if slots[index].worker?.send(line) == true {
                slots[index].jobs = [job]
                slots[index].deadline = deadline()
                return
            }
            slots[index].worker?.stop()
            slots[index] = Slot()
            if attempt == 1 { finished(job, failure(job, .crashed, "its worker could not be reached"), nil) }
        }
    }

    /// Sends a busy worker its next job; false when it cannot be reached (its death is then
    /// noticed with its current job).
    private mutating func queue(_ job: WorkerJob, on index: Int) -> Bool {
        guard slots[index].worker?.send(job.line) == true else { return false }
        slots[index].jobs.append(job)
        return true
    }

    /// Takes a worker's replies; returns the jobs to run again elsewhere because it died before them.
    private mutating func collect(from index: Int, finished: (WorkerJob, ManifestEntry, WrittenFile?) -> Void) throws(BatchError) -> [WorkerJob] {
        guard let worker = slots[index].worker, let job = slots[index].jobs.first else { return [] }
        guard let lines = worker.readLines() else {
            let ending = worker.reap()
            let tail = worker.errorTail()
            let queued = Array(slots[index].jobs.dropFirst())
            slots[index] = Slot()
            finished(job, death(of: job, ending: ending, errorTail: tail), nil)
            return queued
        }
        for line in lines {
            guard let job = slots[index].jobs.first else { continue }
            guard let reply = WorkerReply(line: line) else {
                // Not the protocol: the worker is not to be trusted with the rest of its jobs.
                worker.stop()
                let queued = Array(slots[index].jobs.dropFirst())
                slots[index] = Slot()
                finished(job, failure(job, .crashed, "its worker sent a reply that could not be read; please report this with the file"), nil)
                return queued
            }
            guard reply.kind == .done, reply.index == job.index else { continue }
            if let message = reply.writeError { throw .output(message) }
            slots[index].jobs.removeFirst()
            if slots[index].isBusy {
                // The worker has gone on to its queued job: its time and its error log start now.
                slots[index].deadline = deadline()
                worker.clearErrorLog()
            }
            if let entry = reply.entry {
                finished(job, entry, entry.status == .ok && entry.document == job.id ? reply.document : nil)
            } else {
                finished(job, failure(job, .crashed, "its worker sent no result"), nil)
            }
        }
        return []
    }

    private func deadline() -> UInt64 {
        Self.now() + UInt64(max(options.timeout, 0.001) * 1e9)
    }

    /// Starts a worker, or adopts a prestarted one, and sends it its setup line.
    private func spawnWorker() throws(BatchError) -> WorkerProcess {
        guard let setupLine = try? JSONCoding.line(setup) else { throw .cannotStartWorker(reason: "its setup could not be encoded") }
        while let prestarted = WorkerPrestart.take(command: options.workerCommand) {
            if prestarted.send(setupLine) { return prestarted }
            prestarted.stop()
        }
        let worker = try WorkerProcess(command: options.workerCommand)
        guard worker.send(setupLine) else {
            throw .cannotStartWorker(reason: "the worker exited at once: \(worker.errorTail())")
        }
        return worker
    }

    /// Waits up to a minute for a started worker to say it is ready.
    private func awaitReady(_ worker: WorkerProcess) throws(BatchError) {
        let deadline = Self.now() + 60_000_000_000
        while Self.now() < deadline {
            var descriptor = pollfd(fd: worker.output, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 1000) <= 0 { continue }
            guard let lines = worker.readLines() else { break }
            if lines.contains(where: { WorkerReply(line: $0)?.kind == .ready }) { return }
        }
        worker.stop()
        let tail = worker.errorTail().trimmingCharacters(in: .whitespacesAndNewlines)
        throw .cannotStartWorker(reason: "\(options.workerCommand.joined(separator: " ")) did not start\(tail.isEmpty ? "" : ": \(tail)")")
    }

    private func death(of job: WorkerJob, ending: WorkerProcess.Ending, errorTail: String) -> ManifestEntry {
        let memoryWords = ["out of memory", "bad_alloc", "failed to allocate", "could not allocate", "cannot allocate"]
        let lower = errorTail.lowercased()
        if ending == .exited(WorkerExit.outOfMemory) || memoryWords.contains(where: lower.contains) {
            return failure(job, .tooLarge, "needed more than \(Self.describe(bytes: options.maxMemory)) of memory; its worker was stopped")
        }
        switch ending {
        case .signalled(let signal):
            return failure(job, .crashed, "its worker died of signal \(signal) (\(Self.signalName(signal))); please report this with the file")
        case .exited(let status):
            return failure(job, .crashed, "its worker exited with status \(status); please report this with the file")
        }
    }

    /// The failed entry of a job its worker did not answer; without hash or size when the job came
    /// without a hash (the batch hashes the file once the workers are done, `BatchRunner.hashFailures`).
    private func failure(_ job: WorkerJob, _ code: FailureCode, _ cause: String) -> ManifestEntry {
        ManifestEntry(path: job.displayPath, document: nil, sha256: job.sha256, bytes: job.sha256 == nil ? nil : job.bytes,
                      pages: nil, status: .failed,
                      error: FailureRecord(code: code, message: "\(job.displayPath): error[\(code.rawValue)]: \(cause)"))
    }

    static func describe(bytes: UInt64) -> String {
        if bytes >= 1 << 30 && bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20 { return "\(bytes >> 20) MiB" }
        return "\(bytes) bytes"
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGSEGV: "SIGSEGV"
        case SIGKILL: "SIGKILL"
        case SIGABRT: "SIGABRT"
        case SIGBUS: "SIGBUS"
        case SIGILL: "SIGILL"
        case SIGTRAP: "SIGTRAP"
        case SIGFPE: "SIGFPE"
        default: "signal \(signal)"
        }
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}
