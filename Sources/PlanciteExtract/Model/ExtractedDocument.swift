import PlanciteCore

/// Everything the extract stage reads from one PDF, as plain values.
public struct ExtractedDocument: Sendable, Equatable, Codable {
    /// The path the document was opened from, as given.
    public var path: String
    public var pageCount: Int
    /// The PDF version from the file header, such as `1.7`.
    public var pdfVersion: String
    public var metadata: DocumentMetadata
    public var outline: [OutlineEntry]
    public var links: [LinkAnnotation]
    /// The extracted pages, in page order; a subset when a page range was requested.
    public var pages: [ExtractedPage]

    public init(
        path: String, pageCount: Int, pdfVersion: String, metadata: DocumentMetadata,
        outline: [OutlineEntry], links: [LinkAnnotation], pages: [ExtractedPage]
    ) {
        self.path = path
        self.pageCount = pageCount
        self.pdfVersion = pdfVersion
        self.metadata = metadata
        self.outline = outline
        self.links = links
        self.pages = pages
    }
}

/// The document information dictionary; dates are ISO 8601. Absent values encode as `null`.
public struct DocumentMetadata: Sendable, Equatable, Codable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    public var creator: String?
    public var producer: String?
    public var created: String?
    public var modified: String?

    public init(
        title: String? = nil, author: String? = nil, subject: String? = nil,
        keywords: String? = nil, creator: String? = nil, producer: String? = nil,
        created: String? = nil, modified: String? = nil
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.producer = producer
        self.created = created
        self.modified = modified
    }

    enum CodingKeys: String, CodingKey {
        case title, author, subject, keywords, creator, producer, created, modified
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(author, forKey: .author)
        try c.encode(subject, forKey: .subject)
        try c.encode(keywords, forKey: .keywords)
        try c.encode(creator, forKey: .creator)
        try c.encode(producer, forKey: .producer)
        try c.encode(created, forKey: .created)
        try c.encode(modified, forKey: .modified)
    }
}

/// A bookmark of the document outline.
public struct OutlineEntry: Sendable, Equatable, Codable {
    public var title: String
    /// 1-based target page, or nil when the bookmark has no page destination.
    public var page: Int?
    public var children: [OutlineEntry]

    public init(title: String, page: Int?, children: [OutlineEntry] = []) {
        self.title = title
        self.page = page
        self.children = children
    }
}

/// A link annotation that opens a URI.
public struct LinkAnnotation: Sendable, Equatable, Codable {
    public var uri: String
    /// 1-based page number.
    public var page: Int
    public var rect: Rect

    public init(uri: String, page: Int, rect: Rect) {
        self.uri = uri
        self.page = page
        self.rect = rect
    }
}
