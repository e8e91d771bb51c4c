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
        try stages(path: path, displayPath: displayPath, releasingRuns: false)
    }

    /// The record of one document; the pages' runs are let go once the layout is made.
    public func process(_ input: InputFile, id: String, source: SourceRecord) throws(ExtractionError) -> DocumentRecord {
        let stages = try stages(path: input.absolutePath, displayPath: input.displayPath, releasingRuns: true)
        var source = source
        source.pages = stages.extracted.pageCount
        return RecordBuilder().build(
            id: id, source: source, extracted: stages.extracted, structure: stages.structure,
            citations: stages.citations, stageDiagnostics: stages.layout.diagnostics)
    }

    /// The stages; with `releasingRuns`, `extracted` keeps its pages without their text and runs.
    private func stages(path: String, displayPath: String, releasingRuns: Bool) throws(ExtractionError) -> Stages {
        var extracted: ExtractedDocument
        do {
            extracted = try PDFDocument(path: path, password: password).extract()
        } catch {
            throw error.naming(displayPath)
        }
        let layout = releasingRuns
            ? LayoutAnalyzer().analyze(releasingRunsOf: &extracted)
            : LayoutAnalyzer().analyze(extracted)
        let structure = StructureParser(vocabulary: vocabulary).parse(layout)
        let citations = CitationAnalyzer().analyze(layout)
        return Stages(extracted: extracted, layout: layout, structure: structure, citations: citations)
    }
}
