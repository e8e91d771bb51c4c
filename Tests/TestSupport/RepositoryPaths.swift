import Foundation

/// Paths of the repository and the shared folder beside it, found from this source file.
public enum RepositoryPaths {
    /// The package root (the folder holding Package.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus/real` beside the repository, or nil where it is absent.
    public static var realCorpus: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/real")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// `../shared/schemas` beside the repository, or nil where it is absent.
    public static var sharedSchemas: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/schemas")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The PDFs of the real corpus, sorted; empty where it is absent.
    public static var realCorpusPDFs: [URL] {
        guard let folder = realCorpus,
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".pdf") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The Samples folder.
    public static var samples: URL { root.appendingPathComponent("Samples") }
}
