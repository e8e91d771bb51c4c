import Foundation
import PlanciteCitations
import PlanciteCore
import Testing

@Suite struct NoteCoding {
    @Test func roundTripsAndAcceptsMissingReferences() throws {
        let note = Note(
            id: "note-1", label: "1", ordinal: 1, page: 2, bbox: Rect(x0: 1, y0: 2, x1: 3, y1: 4), text: "Ibid.",
            kind: .ibid, antecedent: "note-0", reference: "ref-1", citedBy: ["marker-1"], references: ["ref-1"])
        let data = try JSONEncoder().encode(note)
        #expect(try JSONDecoder().decode(Note.self, from: data) == note)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object.removeValue(forKey: "references")
        let older = try JSONDecoder().decode(Note.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(older.references == [])
        #expect(older.reference == "ref-1")
    }
}
