/// How many annotations GitHub Actions shows; workflow commands past these are dropped by GitHub.
///
/// GitHub documents 10 error and 10 warning annotations per step and 50 annotations per job;
/// notices are capped like warnings here (10 per step). `plancite check` runs as one step, so
/// by default it emits at most 10 errors, 10 warnings and 10 notices (30 < 50). Lower `perJob`
/// when other steps of the job annotate too.
public struct GitHubAnnotationLimits: Sendable, Equatable {
    public var errorsPerStep: Int
    public var warningsPerStep: Int
    public var noticesPerStep: Int
    public var perJob: Int

    public init(errorsPerStep: Int, warningsPerStep: Int, noticesPerStep: Int, perJob: Int) {
        self.errorsPerStep = errorsPerStep
        self.warningsPerStep = warningsPerStep
        self.noticesPerStep = noticesPerStep
        self.perJob = perJob
    }

    /// GitHub's caps: 10 errors, 10 warnings, 10 notices per step, 50 per job.
    public static let github = GitHubAnnotationLimits(
        errorsPerStep: 10, warningsPerStep: 10, noticesPerStep: 10, perJob: 50)
}
