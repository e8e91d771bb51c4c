import PlanciteCitations
import PlanciteCore
import PlanciteExtract
import PlanciteLayout
import PlanciteStructure

/// The whole per-document pipeline: extract → layout → parse → resolve → normalise.
///
/// Poppler objects live only inside `extract`; every later stage receives values.
public struct PlanPipeline: DocumentProcessing {
    public var password: String?
    public var vocabulary: Vocabulary

    public init(password: String? = nil, vocabulary: Vocabulary = .default) {
        self.password = password
        self.vocabulary = vocabulary
    }

    /// The stages' results for one document, for commands that show more than the record.
    public struct Stages: Sendable {
        public var extracted: ExtractedDocument
        public var layout: LayoutDocument
        public var structure: PlanStructure
        public var citations: CitationSet
    }

    /// Runs every stage up to resolution on the PDF at `path`.
    public func stages(path: String, displayPath: String) throws(ExtractionError) -> Stages {
        let extracted = try extract(path: path, displayPath: displayPath)
        let layout = LayoutAnalyzer().analyze(extracted)
        let structure = StructureParser(vocabulary: vocabulary).parse(layout)
        let citations = CitationAnalyzer().analyze(layout)
        return Stages(extracted: extracted, layout: layout, structure: structure, citations: citations)
    }

    /// The record of one document; the pages' runs are let go once the layout is made.
    public func process(_ input: InputFile, id: String, source: SourceRecord) throws(ExtractionError) -> DocumentRecord {
        var extracted = try extract(path: input.absolutePath, displayPath: input.displayPath)
        let layout = LayoutAnalyzer().analyze(releasingRunsOf: &extracted)
        let structure = StructureParser(vocabulary: vocabulary).parse(layout)
        let citations = CitationAnalyzer().analyze(layout)
        var source = source
        source.pages = extracted.pageCount
        return RecordBuilder().build(
            id: id, source: source, extracted: extracted, structure: structure,
            citations: citations, stageDiagnostics: layout.diagnostics)
    }

    private func extract(path: String, displayPath: String) throws(ExtractionError) -> ExtractedDocument {
        do {
            return try PDFDocument(path: path, password: password).extract()
        } catch {
            throw error.naming(displayPath)
        }
    }
}
