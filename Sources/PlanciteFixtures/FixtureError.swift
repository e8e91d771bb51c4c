import Foundation

/// Why a fixture could not be parsed or rendered.
public enum FixtureError: LocalizedError, Equatable, Sendable {
    /// A line starts with `@name` but `name` is not a directive of the markup language.
    case unknownDirective(name: String, line: Int)
    /// A known directive has arguments that cannot be used.
    case invalidDirective(name: String, line: Int, reason: String)
    /// Inline markup (`**`, `*`, `^{`, `_{`, `[[`) is not closed or is malformed.
    case malformedInline(line: Int, reason: String)
    /// A table was opened with `@table` but never closed with `@endtable`.
    case unterminatedTable(line: Int)
    /// A line inside a table is not a `| cell | cell` row.
    case invalidTableRow(line: Int)
    /// `@link` was not followed by a paragraph.
    case danglingLink(line: Int)
    /// Cairo reported an error while drawing or writing the PDF.
    case cairo(status: String)
    /// The PDF could not be written to disk.
    case writeFailed(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .unknownDirective(let name, let line):
            return "line \(line): unknown directive @\(name)"
        case .invalidDirective(let name, let line, let reason):
            return "line \(line): invalid @\(name): \(reason)"
        case .malformedInline(let line, let reason):
            return "line \(line): malformed inline markup: \(reason)"
        case .unterminatedTable(let line):
            return "line \(line): @table is never closed with @endtable"
        case .invalidTableRow(let line):
            return "line \(line): expected a table row starting with '|' or @endtable"
        case .danglingLink(let line):
            return "line \(line): @link is not followed by a paragraph"
        case .cairo(let status):
            return "cairo error: \(status)"
        case .writeFailed(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }

    /// The 1-based source line the error points at, when there is one.
    public var line: Int? {
        switch self {
        case .unknownDirective(_, let line), .invalidDirective(_, let line, _),
            .malformedInline(let line, _), .unterminatedTable(let line),
            .invalidTableRow(let line), .danglingLink(let line):
            return line
        case .cairo, .writeFailed:
            return nil
        }
    }
}
