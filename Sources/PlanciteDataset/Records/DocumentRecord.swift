import PlanciteCitations
import PlanciteCore
import PlanciteExtract

/// The dataset record of one document: `documents/<id>.json`. Keys are camelCase.
///
/// Optional values are written as explicit `null`, never left out, so every record has the
/// same keys. The JSON Schema in `DocumentSchema` describes this shape.
public struct DocumentRecord: Sendable, Equatable, Codable {
    public var schemaVersion: String
    /// A slug of the file name, unique within the output folder.
    public var id: String
    public var source: SourceRecord
    public var metadata: DocumentMetadata
    public var title: String?
    public var period: PeriodRecord?
    public var organizations: [String]
    public var goals: [GoalRecord]
    public var objectives: [ObjectiveRecord]
    public var actionItems: [ActionItemRecord]
    public var markers: [MarkerRecord]
    public var notes: [NoteRecord]
    public var diagnostics: [DiagnosticRecord]
    /// CSL-JSON items of the sources the notes cite; ids are `<document id>/ref-<n>`.
    public var references: [CSLItem]

    public init(
        schemaVersion: String = ToolInfo.schemaVersion, id: String, source: SourceRecord,
        metadata: DocumentMetadata, title: String?, period: PeriodRecord?, organizations: [String],
        goals: [GoalRecord], objectives: [ObjectiveRecord], actionItems: [ActionItemRecord],
        markers: [MarkerRecord], notes: [NoteRecord], diagnostics: [DiagnosticRecord],
        references: [CSLItem] = []
    ) {
        self.schemaVersion = schemaVersion
        self.id = id
        self.source = source
        self.metadata = metadata
        self.title = title
        self.period = period
        self.organizations = organizations
        self.goals = goals
        self.objectives = objectives
        self.actionItems = actionItems
        self.markers = markers
        self.notes = notes
        self.diagnostics = diagnostics
        self.references = references
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, id, source, metadata, title, period, organizations, goals, objectives
        case actionItems, markers, notes, diagnostics, references
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(title, forKey: .title)
        try c.encode(period, forKey: .period)
        try c.encode(organizations, forKey: .organizations)
        try c.encode(goals, forKey: .goals)
        try c.encode(objectives, forKey: .objectives)
        try c.encode(actionItems, forKey: .actionItems)
        try c.encode(markers, forKey: .markers)
        try c.encode(notes, forKey: .notes)
        try c.encode(diagnostics, forKey: .diagnostics)
        try c.encode(references, forKey: .references)
    }
}

/// Where a record came from.
public struct SourceRecord: Sendable, Equatable, Codable {
    /// The input path as the user named it (relative to the working directory when inside it).
    public var path: String
    public var sha256: String
    public var bytes: Int
    public var pages: Int

    public init(path: String, sha256: String, bytes: Int, pages: Int) {
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
        self.pages = pages
    }
}

/// The years a plan covers.
public struct PeriodRecord: Sendable, Equatable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
