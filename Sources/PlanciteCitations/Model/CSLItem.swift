/// A CSL-JSON item (the subset plancite fills in), encoded with CSL's own key names.
public struct CSLItem: Sendable, Equatable, Codable {
    public var id: String
    /// CSL type: `webpage`, `report`, `article-journal`, `book`, `legal_case`, `document`…
    public var type: String
    public var title: String?
    public var author: [CSLName]?
    public var containerTitle: String?
    public var publisher: String?
    public var issued: CSLDate?
    public var url: String?
    public var doi: String?
    /// The note text the item was built from.
    public var note: String?

    enum CodingKeys: String, CodingKey {
        case id, type, title, author, publisher, issued, note
        case containerTitle = "container-title"
        case url = "URL"
        case doi = "DOI"
    }

    public init(
        id: String, type: String, title: String? = nil, author: [CSLName]? = nil,
        containerTitle: String? = nil, publisher: String? = nil, issued: CSLDate? = nil,
        url: String? = nil, doi: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.type = type
        self.title = title
        self.author = author
        self.containerTitle = containerTitle
        self.publisher = publisher
        self.issued = issued
        self.url = url
        self.doi = doi
        self.note = note
    }
}

/// A CSL name: family and given, or a literal for organisations.
public struct CSLName: Sendable, Equatable, Codable {
    public var family: String?
    public var given: String?
    public var literal: String?

    public init(family: String? = nil, given: String? = nil, literal: String? = nil) {
        self.family = family
        self.given = given
        self.literal = literal
    }
}

/// A CSL date as `{"date-parts": [[2014, 1, 14]]}`.
public struct CSLDate: Sendable, Equatable, Codable {
    public var dateParts: [[Int]]

    enum CodingKeys: String, CodingKey {
        case dateParts = "date-parts"
    }

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        // The parts given, in one array (`[year] + [month, day].compactMap { $0 }` made three).
        var parts: [Int] = []
        parts.reserveCapacity(3)
        parts.append(year)
        if let month { parts.append(month) }
        if let day { parts.append(day) }
        dateParts = [parts]
    }
}
