/// The order in which a batch hands its jobs to the workers.
///
/// With several workers, a document far larger than the rest must not start last and leave one
/// worker busy alone at the end, so such outliers (more than twice the mean size) go first,
/// largest first. Every other job keeps input order: documents then finish roughly in the order
/// the folder-wide files take them, so those files fill while the workers run instead of at the end.
enum DispatchOrder {
    static func jobs(_ jobs: [WorkerJob], workers: Int) -> [WorkerJob] {
        guard workers > 1, jobs.count > 1 else { return jobs }
        let total = jobs.reduce(0) { $0 + max($1.bytes, 0) }
        let outlierSize = 2 * total / jobs.count
        let outliers = jobs.filter { $0.bytes > outlierSize }
            .sorted { $0.bytes != $1.bytes ? $0.bytes > $1.bytes : $0.index < $1.index }
        return outliers + jobs.filter { $0.bytes <= outlierSize }
    }
}
