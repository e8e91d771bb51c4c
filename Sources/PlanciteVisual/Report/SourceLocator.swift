import Foundation
import PlanciteDataset

/// Finds the PDF a record was made from, so the report can draw thumbnails of its pages.
///
/// `source.path` is the path as the user named it, usually relative to where the run started;
/// the locator tries it as given, from the working directory, and from the output folder and
/// its two parents, and accepts only a file whose SHA-256 matches the record.
struct SourceLocator {
    let folder: URL
    let workingDirectory: String

    func locate(_ source: SourceRecord) -> String? {
        let path = source.path
        var candidates: [String] = []
        if path.hasPrefix("/") {
            candidates.append(path)
        } else {
            var base = folder.standardizedFileURL
            candidates.append((workingDirectory as NSString).appendingPathComponent(path))
            for _ in 0..<3 {
                candidates.append(base.appendingPathComponent(path).path)
                base = base.deletingLastPathComponent()
            }
        }
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate) {
            if let digest = FileDigest(path: candidate), digest.sha256 == source.sha256 { return candidate }
        }
        return nil
    }
}
