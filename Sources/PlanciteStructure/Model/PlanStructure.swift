import PlanciteCore

/// What the structure parser found in one document.
public struct PlanStructure: Sendable, Equatable, Codable {
    /// The plan's title where the document states it (cover or first heading).
    public var title: String?
    /// The years the plan covers, such as 2013–2017.
    public var period: Period?
    /// Issuing organisations named on the cover or title page.
    public var organizations: [String]
    public var goals: [Goal]
    public var objectives: [Objective]
    public var actionItems: [ActionItem]
    public var diagnostics: [Diagnostic]

    public init(
        title: String? = nil, period: Period? = nil, organizations: [String] = [],
        goals: [Goal] = [], objectives: [Objective] = [], actionItems: [ActionItem] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.title = title
        self.period = period
        self.organizations = organizations
        self.goals = goals
        self.objectives = objectives
        self.actionItems = actionItems
        self.diagnostics = diagnostics
    }
}

/// The years a plan covers.
public struct Period: Sendable, Equatable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A top-level goal (or pillar, priority…).
public struct Goal: Sendable, Equatable, Codable {
    /// Stable id: `goal-<number>`.
    public var id: String
    public var number: Int
    /// The word the document uses: Goal, Strategic Goal, Pillar, Priority…
    public var term: String
    public var title: String
    public var statement: String?
    public var page: Int
    public var bbox: Rect
    /// Where the superscript markers inside the goal's text stand.
    public var markerAnchors: [TextAnchor]

    public init(
        id: String, number: Int, term: String, title: String, statement: String?,
        page: Int, bbox: Rect, markerAnchors: [TextAnchor] = []
    ) {
        self.id = id
        self.number = number
        self.term = term
        self.title = title
        self.statement = statement
        self.page = page
        self.bbox = bbox
        self.markerAnchors = markerAnchors
    }
}

/// An objective under a goal.
public struct Objective: Sendable, Equatable, Codable {
    /// Stable id: `objective-<number>`.
    public var id: String
    /// As printed: `3` or `1.2`.
    public var number: String
    public var term: String
    /// The goal's id, or nil when the objective stands outside any goal.
    public var goal: String?
    public var title: String
    public var statement: String?
    public var page: Int
    public var bbox: Rect
    public var markerAnchors: [TextAnchor]

    public init(
        id: String, number: String, term: String, goal: String?, title: String,
        statement: String?, page: Int, bbox: Rect, markerAnchors: [TextAnchor] = []
    ) {
        self.id = id
        self.number = number
        self.term = term
        self.goal = goal
        self.title = title
        self.statement = statement
        self.page = page
        self.bbox = bbox
        self.markerAnchors = markerAnchors
    }
}

/// A unit of work: a numbered or bulleted action item, or a row of an action table.
public struct ActionItem: Sendable, Equatable, Codable {
    /// Stable id: `action-<number>`, or `action-<n>` in document order when unnumbered.
    public var id: String
    /// As printed (`3.1`, `1.1.1`), or nil when unnumbered.
    public var number: String?
    public var term: String
    public var objective: String?
    public var goal: String?
    public var text: String
    /// Responsible agencies, from trailing parentheses or table columns.
    public var agencies: [String]
    public var page: Int
    public var bbox: Rect
    public var markerAnchors: [TextAnchor]
    /// The id of the action item this one belongs to (a milestone row under `Action 3.`), if any.
    public var parent: String?

    public init(
        id: String, number: String?, term: String, objective: String?, goal: String?,
        text: String, agencies: [String], page: Int, bbox: Rect, markerAnchors: [TextAnchor] = [],
        parent: String? = nil
    ) {
        self.id = id
        self.number = number
        self.term = term
        self.objective = objective
        self.goal = goal
        self.text = text
        self.agencies = agencies
        self.page = page
        self.bbox = bbox
        self.markerAnchors = markerAnchors
        self.parent = parent
    }
}
