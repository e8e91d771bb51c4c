import CPoppler

/// Keeps poppler's global parameters built for the life of the process.
///
/// poppler builds its global parameters (encoding and font tables, some 4 M instructions) when
/// a document opens while no other is open, and tears them down when the last one closes: a
/// process reading documents one after another would build them once per document. A one-page
/// document opened once and never closed keeps them built; the parameters are the same every
/// time, so what is read does not change.
enum PopplerGlobals {
    /// Opens the anchor document on first use; later calls do nothing.
    static func retain() {
        _ = anchor
    }

    private static let anchor = Anchor()

    /// The anchor document, held by a static and so never released.
    private final class Anchor: Sendable {
        nonisolated(unsafe) let document: OpaquePointer?

        init() {
            let pdf = PopplerGlobals.minimalPDF()
            document = pdf.withUnsafeBytes { raw in
                let bytes = g_bytes_new(raw.baseAddress, gsize(raw.count))
                defer { g_bytes_unref(bytes) }
                return withGError { error in poppler_document_new_from_bytes(bytes, nil, error) }.result
            }
        }
    }

    /// A valid one-page PDF with an exact cross-reference table.
    static func minimalPDF() -> [UInt8] {
        let objects = [
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            pdf += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        pdf += "trailer\n<</Size \(objects.count + 1)/Root 1 0 R>>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(pdf.utf8)
    }
}
