import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One input PDF, or a named path that could not be turned into one.
public struct InputFile: Sendable, Equatable {
    /// The path shown to people and stored in manifests (relative to the working directory when inside it).
    public var displayPath: String
    /// The absolute path to open.
    public var absolutePath: String

    public init(displayPath: String, absolutePath: String) {
        self.displayPath = displayPath
        self.absolutePath = absolutePath
    }
}

/// Turns the paths a user names (files, folders, globs) into a sorted list of distinct inputs.
///
/// Folders are searched recursively for `*.pdf` (any case), hidden entries skipped,
/// symbolic-link loops broken by visiting each real folder once. A named file is taken
/// whatever its extension, so a mislabelled file still gets its own error. A path that
/// matches nothing is kept, so that the run reports it as `not-found`.
public struct InputDiscovery: Sendable {
    public var workingDirectory: String

    public init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = workingDirectory
    }

    public func discover(_ paths: [String]) -> [InputFile] {
        var byRealPath: [String: InputFile] = [:]
        var missing: [InputFile] = []
        func add(_ file: String, realPath: String? = nil) {
            let key = realPath ?? Self.realPath(file)
            if byRealPath[key] == nil { byRealPath[key] = input(for: file) }
        }
        for path in paths {
            let (absolute, real) = absolutize(path)
            let matches = Self.hasGlobCharacters(path) ? Self.glob(absolute) : [absolute]
            if matches.isEmpty { missing.append(input(for: absolute)) }
            for match in matches {
                switch Self.kind(of: match) {
                case .directory: pdfs(under: match).forEach { add($0) }
                case .file: add(match, realPath: match == absolute ? real : nil)
                case nil: missing.append(input(for: match))
                }
            }
        }
        var seen: Set<String> = []
        return (Array(byRealPath.values) + missing)
            .filter { seen.insert($0.absolutePath).inserted }
            .sorted { $0.displayPath < $1.displayPath }
    }

    private func pdfs(under folder: String) -> [String] {
        var results: [String] = []
        var visited: Set<String> = []
        var pending = [folder]
        while let current = pending.popLast() {
            guard visited.insert(Self.realPath(current)).inserted,
                let names = try? FileManager.default.contentsOfDirectory(atPath: current)
            else { continue }
            for name in names where !name.hasPrefix(".") {
                let child = (current as NSString).appendingPathComponent(name)
                switch Self.kind(of: child) {
                case .directory: pending.append(child)
                case .file where name.lowercased().hasSuffix(".pdf"): results.append(child)
                default: continue
                }
            }
        }
        return results
    }

    /// `path` made absolute and standard (`standardizingPath`), with its real path when that is known.
    ///
    /// `standardizingPath` reads every component's link; a path that is already plain and that
    /// `realpath` leaves unchanged (so no component is a link) is returned as it is, after one call.
    func absolutize(_ path: String) -> (absolute: String, realPath: String?) {
        let joined = path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
        if Self.isPlainAbsolute(joined), let real = Self.resolvedPath(joined), real == joined { return (joined, real) }
        return ((joined as NSString).standardizingPath, nil)
    }

    /// Absolute, without empty, `.` or `..` components or a final slash, and outside the prefixes
    /// `standardizingPath` strips (`/private`, `/var/automount`).
    static func isPlainAbsolute(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        guard bytes.count > 1, bytes[0] == UInt8(ascii: "/"), bytes[bytes.count - 1] != UInt8(ascii: "/"),
            !path.hasPrefix("/private"), !path.hasPrefix("/var/automount")
        else { return false }
        var componentStart = 1
        for index in 1...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
            let component = bytes[componentStart..<index]
            if component.isEmpty || component.elementsEqual([0x2E]) || component.elementsEqual([0x2E, 0x2E]) { return false }
            componentStart = index + 1
        }
        return true
    }

    private func input(for absolute: String) -> InputFile {
        let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        let display = absolute.hasPrefix(base) ? String(absolute.dropFirst(base.count)) : absolute
        return InputFile(displayPath: display, absolutePath: absolute)
    }

    private enum Kind { case file, directory }

    /// What `path` names once symbolic links are followed; nil when nothing (one `stat`).
    private static func kind(of path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT == S_IFDIR ? .directory : .file
    }

    /// The path with every symbolic link resolved, so that two names of one file compare equal.
    private static func realPath(_ path: String) -> String {
        resolvedPath(path) ?? path
    }

    /// `realpath(3)`: nil when some component does not exist or cannot be read.
    private static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether glob(3) would read the path as a pattern (`*`, `?` or `[` anywhere in its bytes).
    static func hasGlobCharacters(_ path: String) -> Bool {
        path.utf8.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "[") }
    }

    static func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { result.gl_pathv[$0].map { String(cString: $0) } }
    }
}
