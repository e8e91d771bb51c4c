/// Fixture markup after parsing: blocks in source order, each with the line it starts on.
public struct FixtureMarkup: Sendable, Equatable {
    /// A block and the 1-based source line where it starts.
    public struct Element: Sendable, Equatable {
        public var line: Int
        public var block: FixtureBlock

        public init(line: Int, block: FixtureBlock) {
            self.line = line
            self.block = block
        }
    }

    public var elements: [Element]

    public init(elements: [Element]) {
        self.elements = elements
    }

    /// Parses markup text; throws `FixtureError` naming the offending line.
    public init(parsing text: String) throws {
        var parser = FixtureParser(text: text)
        self.elements = try parser.parse()
    }

    /// The page size set by the first `@page`, letter when none.
    public var pageSize: PageSize {
        for element in elements {
            if case .page(let size) = element.block { return size }
        }
        return .letter
    }

    /// All `@meta` entries, in source order (a later key overrides an earlier one when rendered).
    public var meta: [MetaEntry] {
        elements.flatMap { element -> [MetaEntry] in
            if case .meta(let entries) = element.block { return entries }
            return []
        }
    }
}
