import Foundation

/// The words a plan uses for its three levels: goals, objectives and units of work.
///
/// Terms match case-insensitively, whole words only, longest first (`Strategic Goal` before
/// `Goal`). A pipeline file decodes to this shape, `{goal: [..], objective: [..], action: [..]}`;
/// a missing key decodes as an empty list, so `Vocabulary.default.merging(fromFile)` adds terms
/// and `replacing(_:with:)` renames a level.
public struct Vocabulary: Sendable, Equatable, Codable {
    /// A level of the plan hierarchy.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        case goal
        case objective
        case action
    }

    public var goal: [String]
    public var objective: [String]
    public var action: [String]

    public init(goal: [String] = [], objective: [String] = [], action: [String] = []) {
        self.goal = goal
        self.objective = objective
        self.action = action
    }

    public static let `default` = Vocabulary(
        goal: ["Goal", "Strategic Goal", "Pillar", "Priority"],
        objective: ["Objective", "Strategic Objective", "Sub-goal"],
        action: ["Action", "Action Item", "Strategy", "Initiative", "Milestone"])

    enum CodingKeys: String, CodingKey {
        case goal, objective, action
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        goal = try container.decodeIfPresent([String].self, forKey: .goal) ?? []
        objective = try container.decodeIfPresent([String].self, forKey: .objective) ?? []
        action = try container.decodeIfPresent([String].self, forKey: .action) ?? []
    }

    public func terms(for level: Level) -> [String] {
        switch level {
        case .goal: goal
        case .objective: objective
        case .action: action
        }
    }

    /// This vocabulary with the other's terms added (a term already present is not repeated).
    public func merging(_ other: Vocabulary) -> Vocabulary {
        func union(_ a: [String], _ b: [String]) -> [String] {
            var seen = Set(a.map { Vocabulary.key($0) })
            var result = a
            for term in b where seen.insert(Vocabulary.key(term)).inserted { result.append(term) }
            return result
        }
        return Vocabulary(
            goal: union(goal, other.goal), objective: union(objective, other.objective),
            action: union(action, other.action))
    }

    /// This vocabulary with one level's terms replaced.
    public func replacing(_ level: Level, with terms: [String]) -> Vocabulary {
        var copy = self
        switch level {
        case .goal: copy.goal = terms
        case .objective: copy.objective = terms
        case .action: copy.action = terms
        }
        return copy
    }

    /// A term found at the start of a word list.
    struct Match: Equatable {
        var level: Level
        /// The words as the document wrote them, joined by single spaces.
        var term: String
        var wordCount: Int
    }

    /// The longest term that the words starting at `start` spell exactly.
    func match(_ words: [String], at start: Int = 0) -> Match? {
        TermIndex(self).match(words, at: start)
    }

    /// The terms that appear (singular or plural) as whole words in the text, longest first.
    ///
    /// With `commonNounsOnly`, a mention counts only when written in lower case or at the start
    /// of the text, so names such as `Federal Data Strategy` or `2021 Action Plan` do not count.
    func mentionedLevels(in text: String, commonNounsOnly: Bool = false) -> [(level: Level, term: String)] {
        let written = text.split(whereSeparator: { $0.isWhitespace }).map {
            $0.trimmingCharacters(in: .punctuationCharacters)
        }
        let words = written.map(Vocabulary.key)
        var found: [(level: Level, term: String, length: Int)] = []
        for level in Level.allCases {
            for term in terms(for: level) {
                let termWords = Vocabulary.words(of: term)
                guard let last = termWords.last, termWords.count <= words.count else { continue }
                for start in 0...(words.count - termWords.count) {
                    let head = words[start..<(start + termWords.count - 1)]
                    guard zip(head, termWords).allSatisfy({ $0 == $1 }) else { continue }
                    let common = start == 0 || written[start].first?.isLowercase == true
                    if Vocabulary.isForm(words[start + termWords.count - 1], of: last),
                        common || !commonNounsOnly
                    {
                        found.append((level, term, termWords.count))
                        break
                    }
                }
            }
        }
        return found.sorted { $0.length > $1.length }.map { ($0.level, $0.term) }
    }

    /// True when `word` is `term` or its plural.
    static func isForm(_ word: String, of term: String) -> Bool {
        if word == term || word == term + "s" || word == term + "es" { return true }
        if term.hasSuffix("y") { return word == term.dropLast() + "ies" }
        return false
    }

    /// Lowercased words of a phrase.
    static func words(of text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map { key(String($0)) }
    }

    static func key(_ word: String) -> String { word.lowercased() }
}
