import PlanciteCore

/// A goal as written to `goals[]` and `goals.jsonl`.
public struct GoalRecord: Sendable, Equatable, Codable {
    public var id: String
    public var number: Int
    public var term: String
    public var title: String
    public var statement: String?
    public var page: Int
    public var bbox: Rect
    /// Ids of the markers inside the goal's text.
    public var markers: [String]

    public init(id: String, number: Int, term: String, title: String, statement: String?, page: Int, bbox: Rect, markers: [String]) {
        self.id = id
        self.number = number
        self.term = term
        self.title = title
        self.statement = statement
        self.page = page
        self.bbox = bbox
        self.markers = markers
    }

    enum CodingKeys: String, CodingKey { case id, number, term, title, statement, page, bbox, markers }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(number, forKey: .number)
        try c.encode(term, forKey: .term)
        try c.encode(title, forKey: .title)
        try c.encode(statement, forKey: .statement)
        try c.encode(page, forKey: .page)
        try c.encode(bbox, forKey: .bbox)
        try c.encode(markers, forKey: .markers)
    }
}

/// An objective as written to `objectives[]` and `objectives.jsonl`.
public struct ObjectiveRecord: Sendable, Equatable, Codable {
    public var id: String
    public var number: String
    public var term: String
    public var goal: String?
    public var title: String
    public var statement: String?
    public var page: Int
    public var bbox: Rect
    public var markers: [String]

    public init(id: String, number: String, term: String, goal: String?, title: String, statement: String?, page: Int, bbox: Rect, markers: [String]) {
        self.id = id
        self.number = number
        self.term = term
        self.goal = goal
        self.title = title
        self.statement = statement
        self.page = page
        self.bbox = bbox
        self.markers = markers
    }

    enum CodingKeys: String, CodingKey { case id, number, term, goal, title, statement, page, bbox, markers }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(number, forKey: .number)
        try c.encode(term, forKey: .term)
        try c.encode(goal, forKey: .goal)
        try c.encode(title, forKey: .title)
        try c.encode(statement, forKey: .statement)
        try c.encode(page, forKey: .page)
        try c.encode(bbox, forKey: .bbox)
        try c.encode(markers, forKey: .markers)
    }
}

/// An action item as written to `actionItems[]` and `action_items.jsonl`.
public struct ActionItemRecord: Sendable, Equatable, Codable {
    public var id: String
    public var number: String?
    public var term: String
    public var objective: String?
    public var goal: String?
    public var text: String
    public var agencies: [String]
    public var page: Int
    public var bbox: Rect
    public var markers: [String]

    public init(id: String, number: String?, term: String, objective: String?, goal: String?, text: String, agencies: [String], page: Int, bbox: Rect, markers: [String]) {
        self.id = id
        self.number = number
        self.term = term
        self.objective = objective
        self.goal = goal
        self.text = text
        self.agencies = agencies
        self.page = page
        self.bbox = bbox
        self.markers = markers
    }

    enum CodingKeys: String, CodingKey { case id, number, term, objective, goal, text, agencies, page, bbox, markers }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(number, forKey: .number)
        try c.encode(term, forKey: .term)
        try c.encode(objective, forKey: .objective)
        try c.encode(goal, forKey: .goal)
        try c.encode(text, forKey: .text)
        try c.encode(agencies, forKey: .agencies)
        try c.encode(page, forKey: .page)
        try c.encode(bbox, forKey: .bbox)
        try c.encode(markers, forKey: .markers)
    }
}
