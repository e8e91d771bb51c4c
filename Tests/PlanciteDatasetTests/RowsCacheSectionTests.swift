import Foundation
@testable import PlanciteDataset
import Testing

/// The sections of a rows cache whose header and checksum are right: each is taken exactly as
/// counted, and any malformed one makes the whole cache unusable.
@Suite struct RowsCacheSectionTests {
    static let sha256 = String(repeating: "ab", count: 32)
    static let allTables = ResourceTable.allCases.map { "\($0.rawValue) 0\n" }.joined()

    /// A cache of `body` with a correct header (the words of the header separated by `gap`).
    static func cache(_ body: String, gap: String = " ") -> Data {
        let checksum = Array(body.utf8).withUnsafeBytes { RowsChecksum.hex(of: $0) }
        return Data("\(DocumentRows.headerPrefix)\(sha256)\(gap)\(checksum)\n\(body)".utf8)
    }

    @Test func sectionsAreTakenAsCountedIncludingNewlinesAndNonASCII() throws {
        let body = "goals 12\n{\"a\":\"é\"}\n\n" + Self.allTables.replacingOccurrences(of: "goals 0\n", with: "")
            + "reference 4\n[1]\nreference 0\n"
        let rows = try #require(DocumentRows(cache: Self.cache(body)))
        #expect(rows.documentSHA256 == Self.sha256)
        #expect(rows.tables[.goals] == Data("{\"a\":\"é\"}\n\n".utf8))
        #expect(rows.tables[.notes] == Data())
        #expect(rows.references == [Data("[1]\n".utf8), Data()])
    }

    @Test func wordsOfTheHeaderMaySitApartByMoreThanOneSpace() {
        #expect(DocumentRows(cache: Self.cache(Self.allTables, gap: "   ")) != nil)
    }

    @Test(arguments: [
        "goals 5\n1234",          // fewer bytes than counted
        "goals x\n",               // count not a number
        "goals \n",                // count missing
        "goals -1\n",              // negative count
        "goals +0\n",              // sign
        "goal 0\n",                // unknown name
        "reference extra 0\n",     // name with a space
        "goals 0",                 // no newline after the section line
        "goals 99999999999999999999\n", // count too large
    ])
    func aMalformedSectionMakesTheCacheUnusable(section: String) {
        #expect(DocumentRows(cache: Self.cache(Self.allTables + section)) == nil)
    }

    @Test func aMissingTableMakesTheCacheUnusable() {
        #expect(DocumentRows(cache: Self.cache(Self.allTables.replacingOccurrences(of: "markers 0\n", with: ""))) == nil)
    }
}
