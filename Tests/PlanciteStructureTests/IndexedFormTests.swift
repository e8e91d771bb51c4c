import Foundation
import Testing

@testable import PlanciteStructure

/// `AgencyParser` and `EchoMerger` give what they gave before their byte-level and indexed forms.
@Suite struct IndexedFormTests {
    /// `AgencyParser.splitNames` before its byte-level form.
    static func referenceSplitNames(_ text: String) -> [String] {
        var body = text.trimmingCharacters(in: .whitespaces)
        for prefix in ["Lead agency:", "Lead Agency:", "Lead:", "Responsible:", "Responsible party:", "Owner:"]
        where body.hasPrefix(prefix) {
            body = String(body.dropFirst(prefix.count))
        }
        var parts: [String] = []
        for piece in body.split(whereSeparator: { ",;/&".contains($0) }) {
            var name = piece.trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("and ") { name = String(name.dropFirst(4)) }
            if name.isEmpty { continue }
            if name.contains(" of ") || !name.contains(" and ") {
                parts.append(name)
            } else {
                parts += name.components(separatedBy: " and ").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }.filter { !$0.isEmpty }
            }
        }
        return parts.map { part in
            var words = part.split(separator: " ")
            while words.count > 1, let last = words.last, last.count == 4, Int(last).map({ $0 >= 1900 }) == true {
                words.removeLast()
            }
            return words.joined(separator: " ")
        }
    }

    @Test(arguments: [
        "DOJ, HHS", "Lead: GSA / OMB", "State and Treasury", "Department of State and Defense", "Land Trust; Counties 2026",
        "  Lead agency:  EPA  2025 2026", "2026", "Counties  2026", "and Partners & Friends", "Office\u{00A0}of Data, \u{00C9}tat",
        "A  B ,, ; C", "Caf\u{00E9} Board 1999", "", " \t ", "x and  y and z", "Owner: Team\u{2014}Lead 2030",
    ])
    func agencyNamesSplitAsBefore(text: String) {
        #expect(AgencyParser.splitNames(text) == IndexedFormTests.referenceSplitNames(text))
    }

    /// `AgencyParser.splitTrailing` before its byte-level form.
    static func referenceSplitTrailing(_ text: String) -> (text: String, agencies: [String]) {
        var body = Substring(text)
        while let last = body.last, last == " " || last == "." || last == ";" { body = body.dropLast() }
        guard body.last == ")", let open = body.lastIndex(of: "(") else { return (text, []) }
        let inside = body[body.index(after: open)..<body.index(before: body.endIndex)]
        guard !inside.contains("("), let agencies = AgencyParser.parseList(String(inside)) else { return (text, []) }
        var remaining = body[..<open]
        while let last = remaining.last, last == " " { remaining = remaining.dropLast() }
        var result = String(remaining)
        if text.hasSuffix("."), !result.hasSuffix(".") { result += "." }
        return (result, agencies)
    }

    @Test(arguments: [
        "Develop a guide (DOJ, HHS).", "Develop a guide (DOJ, HHS) ;. ", "Plan (see below)", "Nested (a (DOJ))",
        "No parenthesis.", "(EPA)", "Work  (Lead: GSA / OMB)  .", "Caf\u{00E9} work (\u{00C9}tat, DOJ).",
        "Text (DOJ)\u{0301}", "Text (\u{0301}DOJ)", ")", "(", "", "Year (2025)", "Trailing spaces (State and Treasury)   ",
    ])
    func trailingAgenciesSplitAsBefore(text: String) {
        let fast = AgencyParser.splitTrailing(text)
        let reference = IndexedFormTests.referenceSplitTrailing(text)
        #expect(fast.text == reference.text && fast.agencies == reference.agencies)
    }

    @Test(arguments: [
        "DOJ", "Department of State", "Office of the and for on in to X", "dept of State", "State dept", "2026", "1899",
        "1 2 3 4 5 6 7 8", "A B C D E F G H I", "", " Leading", "Trailing ", "Two  spaces of", "A\tb", "\u{00C9}tat",
        "Caf\u{00E9} of x", "42nd Street Office", "A & B", "x", "Z\r\nq",
    ])
    func namesReadAsBefore(part: String) {
        #expect(AgencyParser.isName(part) == AgencyParser.isCharacterName(part))
    }

    /// `EchoMerger.group` before groups were indexed by key.
    static func referenceGroup(_ occurrences: [EchoMerger.Occurrence]) -> [EchoMerger.Group] {
        var groups: [EchoMerger.Group] = []
        var representatives: [Int: EchoMerger.Occurrence] = [:]
        for occurrence in occurrences {
            if let found = groups.firstIndex(where: {
                let representative = representatives[$0.winner]!
                return $0.key == occurrence.key
                    && (EchoMerger.similar(representative.title, occurrence.title)
                        || (representative.children == 0) != (occurrence.children == 0))
            }) {
                groups[found].members.append(occurrence.index)
                let current = representatives[groups[found].winner]!
                if (occurrence.children, occurrence.length, occurrence.index)
                    > (current.children, current.length, current.index)
                {
                    groups[found].winner = occurrence.index
                    representatives[occurrence.index] = occurrence
                }
            } else {
                let ordinal = groups.filter { $0.key == occurrence.key }.count + 1
                groups.append(EchoMerger.Group(
                    key: occurrence.key, ordinal: ordinal, members: [occurrence.index], winner: occurrence.index))
                representatives[occurrence.index] = occurrence
            }
        }
        return groups
    }

    @Test(arguments: [
        "Build Regional Hubs", "  build-regional   hubs!! ", "Goal 2.1: Fund R&D", "", "x\r\ny", "CAF\u{00C9} and caf\u{00E9}",
        "\u{0130}stanbul", "a_b c1d 42",
    ])
    func echoWordsAsBefore(text: String) {
        #expect(EchoMerger.words(text)
            == text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }

    @Test func echoGroupsAsBefore() {
        let titles = ["Build hubs", "Build regional hubs", "Train staff", "", "Fund research now", "Other work entirely"]
        var occurrences: [EchoMerger.Occurrence] = []
        for index in 0..<60 {
            let title = titles[(index * 7) % titles.count]
            occurrences.append(EchoMerger.Occurrence(
                index: index, key: String(index % 5), title: title, length: title.count + index % 3,
                children: (index * 3) % 4 == 0 ? 0 : index % 3))
        }
        let grouped = EchoMerger.group(occurrences)
        let reference = IndexedFormTests.referenceGroup(occurrences)
        #expect(grouped.map(\.key) == reference.map(\.key))
        #expect(grouped.map(\.ordinal) == reference.map(\.ordinal))
        #expect(grouped.map(\.members) == reference.map(\.members))
        #expect(grouped.map(\.winner) == reference.map(\.winner))
        #expect(grouped.contains { $0.ordinal > 1 } && grouped.contains { $0.members.count > 1 })
    }
}
