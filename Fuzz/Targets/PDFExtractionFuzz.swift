import Foundation
import PlanciteCitations
import PlanciteExtract
import PlanciteLayout
import PlanciteStructure

/// Runs the whole per-document pipeline (extract → layout → structure, citations) on a mutated PDF.
/// Errors thrown for bad files are fine; only crashes and hangs are findings.
private let scratch = NSTemporaryDirectory() + "plancite-fuzz-\(getpid()).pdf"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDFExtraction(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let data = Data(bytes: bytes, count: count)
    guard (try? data.write(to: URL(fileURLWithPath: scratch))) != nil else { return 0 }
    guard let extracted = try? PDFDocument(path: scratch).extract() else { return 0 }
    let layout = LayoutAnalyzer().analyze(extracted)
    _ = StructureParser().parse(layout)
    _ = CitationAnalyzer().analyze(layout)
    return 0
}
