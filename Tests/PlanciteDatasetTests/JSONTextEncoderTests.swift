import Foundation
import PlanciteCore
@testable import PlanciteDataset
import Testing

/// `JSONTextEncoder` writes byte for byte what Foundation's `JSONEncoder` writes with the dataset's options.
@Suite struct JSONTextEncoderTests {
    private func foundation<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func ours<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        String(decoding: try JSONTextEncoder.encode(value, style: pretty ? .pretty : .compact), as: UTF8.self)
    }

    private func expectSame<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for pretty in [false, true] {
            #expect(try ours(value, pretty: pretty) == foundation(value, pretty: pretty), sourceLocation: sourceLocation)
        }
    }

    struct Shapes: Encodable {
        var text: String
        var number: Double
        var count: Int
        var flag: Bool
        var missing: String?
        var list: [Int]
        var empty: [String]
        var emptyObject: [String: Int]
        var nested: [String: [Double]]
        var explicitNull: String?

        enum CodingKeys: String, CodingKey {
            case text, number, count, flag, missing, list, empty, emptyObject, nested, explicitNull
            case zUpper = "Zed", underscore = "_under", goalKey, goals
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(number, forKey: .number)
            try container.encode(count, forKey: .count)
            try container.encode(flag, forKey: .flag)
            try container.encodeIfPresent(missing, forKey: .missing)
            try container.encode(list, forKey: .list)
            try container.encode(empty, forKey: .empty)
            try container.encode(emptyObject, forKey: .emptyObject)
            try container.encode(nested, forKey: .nested)
            try container.encode(explicitNull, forKey: .explicitNull)
            try container.encode(1, forKey: .zUpper)
            try container.encode(2, forKey: .underscore)
            try container.encode("k", forKey: .goalKey)
            try container.encode(["g"], forKey: .goals)
        }
    }

    @Test(arguments: [
        "plain", "", "quote \" and \\ backslash", "slash / and http://example.gov/a?b=c", "tab\tnew\nline\rcr",
        "\u{8}\u{c}\u{0}\u{1}\u{1f}\u{7f}", "accents é ü, dash – and em — , CJK 漢字, emoji 🎉 and flags 🇺🇸",
        "combining e\u{301}", "line\u{2028}separator",
    ])
    func stringsAreEscapedAlike(text: String) throws {
        try expectSame(["value": text])
        try expectSame([text])
    }

    @Test(arguments: [0.0, -0.0, 72.0, 254.18, 0.1, 1.0 / 3.0, -12.5, 1e-7, 123456789012.25, 1e21, Double.leastNonzeroMagnitude, 2.5e15, 1e16])
    func numbersAreWrittenAlike(number: Double) throws {
        try expectSame(["value": number])
        try expectSame([number])
    }

    @Test func boxesAreWrittenAlike() throws {
        let boxes = [Rect(x0: 72, y0: 521.7049, x1: 496.396, y1: 534.5), Rect(x0: -0.001, y0: 0.005, x1: 1e-9, y1: 612.125), .zero]
        try expectSame(boxes)
        try expectSame(["box": boxes[0]])
        try expectSame(boxes.map { Optional($0) } + [nil])
        try expectSame(RecordFixtures.record().diagnostics)
    }

    @Test func shapesAreWrittenAlike() throws {
        try expectSame(Shapes(text: "a", number: 3.25, count: -4, flag: true, missing: nil, list: [1, 2, 3], empty: [],
                              emptyObject: [:], nested: ["b": [1.5, 2], "a": []], explicitNull: nil))
        try expectSame([String: Int]())
        try expectSame([Int]())
        try expectSame([[String: [Int]]()])
    }

    @Test func datasetRecordsAreWrittenAlike() throws {
        let record = RecordFixtures.record()
        try expectSame(record)
        for goal in record.goals {
            try expectSame(Row(document: record.id, item: goal, keys: [("key", "\(record.id)/\(goal.id)"), ("goalKey", nil)]))
        }
        for note in record.notes { try expectSame(Row(document: record.id, item: note, keys: [("antecedentKey", nil)])) }
        try expectSame(DataPackage(formats: [.json, .csv]))
    }

    /// One encoder reused across values whose key sets differ (an optional left out, then present)
    /// must not reuse a remembered key order that does not fit.
    @Test func reusedEncoderFollowsEachValuesKeys() throws {
        let encoder = JSONTextEncoder()
        let values = [
            Shapes(text: "a", number: 1, count: 1, flag: false, missing: nil, list: [], empty: [], emptyObject: [:], nested: [:], explicitNull: nil),
            Shapes(text: "b", number: 2, count: 2, flag: true, missing: "here", list: [2], empty: [], emptyObject: ["k": 1], nested: [:], explicitNull: "x"),
            Shapes(text: "c", number: 3, count: 3, flag: true, missing: nil, list: [3], empty: [], emptyObject: [:], nested: ["n": [0.5]], explicitNull: nil),
        ]
        for value in values {
            for pretty in [false, true] {
                let ours = String(decoding: try encoder.encode(value, style: pretty ? .pretty : .compact), as: UTF8.self)
                #expect(try ours == foundation(value, pretty: pretty))
            }
        }
        let optionals: [String?] = ["a", nil]
        try expectSame(optionals)
        try expectSame([1.5, nil] as [Double?])
        try expectSame([1, nil] as [Int?])
        try expectSame([true, false])
    }

    struct Special: Encodable {
        var url = URL(string: "https://example.gov/plan.pdf?x=1")!
        var data = Data([1, 2, 3, 250])
        var decimal = Decimal(string: "1.25")!
        var keys = ["zeta": 1, "Alpha": 2, "éclair": 3, "a10": 4, "a9": 5, "_x": 6, "日本": 7]
    }

    @Test func foundationsSpecialTypesAndKeyOrderAreKept() throws {
        try expectSame(Special())
    }

    struct SameKeyTwice: Encodable {
        enum Keys: String, CodingKey { case outer, a, b }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var first = container.nestedContainer(keyedBy: Keys.self, forKey: .outer)
            try first.encode(1, forKey: .a)
            var second = container.nestedContainer(keyedBy: Keys.self, forKey: .outer)
            try second.encode(2, forKey: .b)
        }
    }

    @Test func aNestedContainerAskedForTwiceIsOneObject() throws {
        try expectSame(SameKeyTwice())
    }

    @Test func infiniteNumbersAreRefused() {
        #expect(throws: EncodingError.self) { try JSONTextEncoder.encode([Double.infinity], style: .compact) }
        #expect(throws: EncodingError.self) { try JSONTextEncoder.encode(["x": Double.nan], style: .pretty) }
    }
}
