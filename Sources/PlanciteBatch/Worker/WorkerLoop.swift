import Foundation
import PlanciteCore
import PlanciteDataset

/// The worker side of a batch: reads a setup line (JSON) then jobs (`WorkerJob` lines) on standard
/// input, and answers each with one `WorkerReply` line on standard output.
///
/// Anything else the process prints goes to standard error, so the reply channel stays clean.
/// Exits when standard input closes, quietly when it closes before the setup line.
public enum WorkerLoop {
    public static func run() -> Int32 {
        // A parent that is gone shows as a failed write (see `send`), not as a signal; a worker
        // started before its parent set this for itself would otherwise keep the default.
        signal(SIGPIPE, SIG_IGN)
        let replies = dup(STDOUT_FILENO)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        // Input closed before any setup: a prestarted worker that was not needed.
        guard let line = readLine() else { return ExitStatus.success }
        guard let setup = try? JSONDecoder().decode(WorkerSetup.self, from: Data(line.utf8)) else {
            FileHandle.standardError.write(Data("plancite worker: expected a setup line on standard input\n".utf8))
            return ExitStatus.usage
        }
        MemoryLimit.apply(maxBytes: setup.maxMemory)
        let faults = FaultInjection()
        let runner: IngestRunner
        do {
            let writer = try DatasetWriter(folder: URL(fileURLWithPath: setup.folder), sweepingTemporaries: false)
            runner = IngestRunner(processor: setup.pipeline, writer: writer)
        } catch {
            FileHandle.standardError.write(Data("plancite worker: \(error.errorDescription ?? "\(error)")\n".utf8))
            return ExitStatus.outputFailed
        }
        send(WorkerReply(kind: .ready).line, to: replies)
        while let line = readLine() {
            guard let job = WorkerJob(line: Data(line.utf8)) else { continue }
            faults.trigger(forPath: job.displayPath)
            var reply = WorkerReply(kind: .done, index: job.index)
            if let (sha256, bytes) = hash(of: job) {
                do {
                    (reply.entry, reply.document) = try runner.ingest(job.input, id: job.id, sha256: sha256, bytes: bytes)
                } catch {
                    reply.writeError = error.errorDescription ?? "\(error)"
                }
            } else {
                reply.entry = IngestRunner.unreadable(job.input)
            }
            if faults.garblesReply(forPath: job.displayPath) {
                send(Data("done\t\\q\n".utf8), to: replies)
            } else {
                send(reply.line, to: replies)
            }
        }
        return ExitStatus.success
    }

    /// The job's hash and size: as planned, or read now when the job came without them; nil
    /// when the file can no longer be read.
    static func hash(of job: WorkerJob) -> (sha256: String, bytes: Int)? {
        if let sha256 = job.sha256 { return (sha256, job.bytes) }
        return FileDigest(path: job.absolutePath).map { ($0.sha256, $0.bytes) }
    }

    /// Writes a reply; a parent that is gone ends the worker.
    private static func send(_ line: Data, to descriptor: Int32) {
        if line.withUnsafeBytes({ FileDescriptorIO.writeAll($0, to: descriptor) }) != nil { _exit(ExitStatus.outputFailed) }
    }
}
