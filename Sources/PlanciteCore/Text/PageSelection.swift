/// A set of 1-based pages written as `1-3,5,8-` (an open end runs to the last page).
public struct PageSelection: Sendable, Equatable, CustomStringConvertible {
    public struct Span: Sendable, Equatable {
        public var first: Int
        public var last: Int?
    }

    public var spans: [Span]

    /// Parses `1-3,5,8-`; nil when the text is not a page list.
    public init?(_ text: String) {
        var spans: [Span] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let piece = part.trimmingCharacters(in: " ")
            let bounds = piece.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            guard let first = bounds.first.flatMap({ Int($0) }), first >= 1 else { return nil }
            if bounds.count == 1 {
                spans.append(Span(first: first, last: first))
            } else if bounds[1].isEmpty {
                spans.append(Span(first: first, last: nil))
            } else {
                guard let last = Int(bounds[1]), last >= first else { return nil }
                spans.append(Span(first: first, last: last))
            }
        }
        guard !spans.isEmpty else { return nil }
        self.spans = spans
    }

    /// The selected pages of a document with `pageCount` pages, ascending, without repeats.
    public func pages(in pageCount: Int) -> [Int] {
        var selected = Set<Int>()
        for span in spans where span.first <= pageCount {
            selected.formUnion(span.first...min(span.last ?? pageCount, pageCount))
        }
        return selected.sorted()
    }

    /// The highest page named, if every span is closed.
    public var highestPage: Int? {
        spans.allSatisfy { $0.last != nil } ? spans.compactMap(\.last).max() : nil
    }

    public var description: String {
        spans.map { span in
            switch span.last {
            case span.first: "\(span.first)"
            case nil: "\(span.first)-"
            case let last?: "\(span.first)-\(last)"
            }
        }.joined(separator: ",")
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> Substring {
        var result = self
        while result.first == set { result.removeFirst() }
        while result.last == set { result.removeLast() }
        return result
    }
}
