import Testing

@testable import PlanciteStructure

/// Echo groups are the same whether an occurrence's length is given or counted when a rank needs it.
@Suite struct EchoRankTests {
    @Test func countedLengthsGroupAsGivenLengths() {
        let titles = ["Build hubs", "Build regional hubs", "Train staff", "", "caf\u{00E9} hubs", "x\r\ny hubs"]
        let statements: [String?] = [nil, "A longer statement here.", "", "e\u{0301}t\u{00E9}", nil, "Short."]
        var given: [EchoMerger.Occurrence] = []
        var counted: [EchoMerger.Occurrence] = []
        for index in 0..<48 {
            let title = titles[(index * 7) % titles.count]
            let statement = statements[(index * 5) % statements.count]
            let children = (index * 3) % 4 == 0 ? 0 : index % 2
            given.append(EchoMerger.Occurrence(
                index: index, key: String(index % 4), title: title,
                length: title.count + (statement?.count ?? 0), children: children))
            counted.append(EchoMerger.Occurrence(
                index: index, key: String(index % 4), title: title, statement: statement, children: children))
            #expect(counted[index].length == given[index].length)
        }
        let left = EchoMerger.group(given)
        let right = EchoMerger.group(counted)
        #expect(left.map(\.members) == right.map(\.members))
        #expect(left.map(\.winner) == right.map(\.winner))
        #expect(left.map(\.ordinal) == right.map(\.ordinal))
        #expect(left.contains { $0.members.count > 2 })
    }
}
