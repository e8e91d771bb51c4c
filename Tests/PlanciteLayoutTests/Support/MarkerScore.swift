import Foundation
import PlanciteLayout

/// Precision and recall of body superscript tokens against the note markers known to be there.
struct MarkerScore: CustomStringConvertible {
    var expected = 0
    var detected = 0
    var matched = 0

    var precision: Double { detected == 0 ? 1 : Double(matched) / Double(detected) }
    var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }

    /// Adds one document: `markers` are (page, label) pairs; matching is per page, as multisets.
    mutating func add(_ layout: LayoutDocument, markers: [(page: Int, label: String)]) {
        var wanted: [String: Int] = [:]
        for marker in markers { wanted["\(marker.page)/\(marker.label)", default: 0] += 1 }
        expected += markers.count
        for page in layout.pages {
            for token in page.body.flatMap(\.tokens) where token.kind == .superscript {
                detected += 1
                let key = "\(page.number)/\(token.text)"
                if let count = wanted[key], count > 0 {
                    wanted[key] = count - 1
                    matched += 1
                }
            }
        }
    }

    var description: String {
        String(format: "precision %.3f (%d/%d), recall %.3f (%d/%d)", precision, matched, detected, recall, matched, expected)
    }

    /// The markers of a truth file in `Samples/truth`.
    static func truthMarkers(_ url: URL) throws -> [(page: Int, label: String)] {
        let data = try Data(contentsOf: url)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let markers = object?["markers"] as? [[String: Any]] ?? []
        return markers.compactMap { marker in
            guard let label = marker["label"] as? String, let page = marker["page"] as? Int else { return nil }
            return (page, label)
        }
    }
}
