import CPoppler
import Foundation
import PlanciteCore

/// An open PDF. The only type that holds a poppler document; not shared across threads.
///
/// Open it, ask for what you need, and let it go: the poppler document is released in
/// `deinit`. Pages are read one at a time so that a long document never sits in memory
/// twice.
public final class PDFDocument {
    public let path: String
    let document: OpaquePointer
    /// Font names and traits met so far, shared by the pages read.
    private var fonts = FontTable()

    /// Opens the PDF at `path`, checking first for the usual ways a file fails to be one.
    public convenience init(path: String, password: String? = nil) throws(ExtractionError) {
        try self.init(path: path, password: password, inMemoryLimit: PDFFileContents.defaultInMemoryLimit)
    }

    /// Opens the PDF at `path`, read into memory when it is at most `inMemoryLimit` bytes.
    ///
    init(path: String, password: String?, inMemoryLimit: Int) throws(ExtractionError) {
        self.path = path
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let contents = try PDFFileContents(path: path, url: url, inMemoryLimit: inMemoryLimit, hasPassword: password != nil)
        PopplerGlobals.retain()
        let opened = withGError { error in
            if let bytes = contents.bytes {
                poppler_document_new_from_bytes(bytes, password, error)
            } else {
                poppler_document_new_from_file(url.absoluteString, password, error)
            }
        }
        if let failure = opened.error {
            throw PDFDocument.classify(path: path, code: failure.code, message: failure.message,
                                       passwordGiven: password != nil)
        }
        guard let document = opened.result else {
            throw .damaged(path: path, reason: "poppler returned no document")
        }
        self.document = document
        if pageCount == 0 {
            throw .damaged(path: path, reason: "the document has no pages")
        }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(document)) }

    public var pageCount: Int { Int(poppler_document_get_n_pages(document)) }

    public var pdfVersion: String {
        guard let header = takeString(poppler_document_get_pdf_version_string(document)) else { return "unknown" }
        // The usual `PDF-1.7` without Foundation (ASCII, no second `P`); anything else the general way.
        if header.hasPrefix("PDF-"), header.utf8.allSatisfy({ $0 < 0x80 }),
            !header.utf8.dropFirst(4).contains(UInt8(ascii: "P"))
        {
            return String(header.dropFirst(4))
        }
        return header.replacingOccurrences(of: "PDF-", with: "")
    }

    public var metadata: DocumentMetadata {
        DocumentMetadata(
            title: takeNonBlankString(poppler_document_get_title(document)),
            author: takeNonBlankString(poppler_document_get_author(document)),
            subject: takeNonBlankString(poppler_document_get_subject(document)),
            keywords: takeNonBlankString(poppler_document_get_keywords(document)),
            creator: takeNonBlankString(poppler_document_get_creator(document)),
            producer: takeNonBlankString(poppler_document_get_producer(document)),
            created: takeISO8601(poppler_document_get_creation_date_time(document)),
            modified: takeISO8601(poppler_document_get_modification_date_time(document)))
    }

    /// The outline (bookmarks) with the pages they point at.
    public var outline: [OutlineEntry] {
        guard let iterator = poppler_index_iter_new(document) else { return [] }
        defer { poppler_index_iter_free(iterator) }
        return outlineEntries(iterator)
    }

    private func outlineEntries(_ iterator: OpaquePointer) -> [OutlineEntry] {
        var entries: [OutlineEntry] = []
        repeat {
            guard let action = poppler_index_iter_get_action(iterator) else { continue }
            defer { poppler_action_free(action) }
            var title = ""
            var page: Int?
            if action.pointee.type == POPPLER_ACTION_GOTO_DEST {
                title = action.pointee.goto_dest.title.map { String(cString: $0) } ?? ""
                page = destinationPage(action.pointee.goto_dest.dest)
            } else if let any = action.pointee.any.title {
                title = String(cString: any)
            }
            var children: [OutlineEntry] = []
            if let child = poppler_index_iter_get_child(iterator) {
                defer { poppler_index_iter_free(child) }
                children = outlineEntries(child)
            }
            entries.append(OutlineEntry(title: title.trimmingWhitespace(), page: page, children: children))
        } while poppler_index_iter_next(iterator) != 0
        return entries
    }

    private func destinationPage(_ dest: UnsafeMutablePointer<PopplerDest>?) -> Int? {
        guard let dest else { return nil }
        if dest.pointee.type == POPPLER_DEST_NAMED, let name = dest.pointee.named_dest {
            guard let resolved = poppler_document_find_dest(document, name) else { return nil }
            defer { poppler_dest_free(resolved) }
            return resolved.pointee.page_num > 0 ? Int(resolved.pointee.page_num) : nil
        }
        return dest.pointee.page_num > 0 ? Int(dest.pointee.page_num) : nil
    }

    /// Reads one page (1-based): size, text, styled runs and URI links.
    public func page(_ number: Int) throws(ExtractionError) -> (page: ExtractedPage, links: [LinkAnnotation]) {
        guard number >= 1, number <= pageCount else {
            throw .pageOutOfRange(path: path, page: number, pageCount: pageCount)
        }
        guard let page = poppler_document_get_page(document, Int32(number - 1)) else {
            throw .damaged(path: path, reason: "page \(number) cannot be loaded")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        let reader = PageReader(page: page, number: number)
        return (reader.extract(fonts: &fonts), reader.links())
    }

    /// Reads the whole document, or the given 1-based pages.
    ///
    /// Throws `noTextLayer` when none of the pages read has any text.
    public func extract(pages: [Int]? = nil) throws(ExtractionError) -> ExtractedDocument {
        let numbers = pages ?? Array(1...pageCount)
        var extracted: [ExtractedPage] = []
        var links: [LinkAnnotation] = []
        extracted.reserveCapacity(numbers.count)
        for number in numbers {
            let result = try page(number)
            extracted.append(result.page)
            links += result.links
        }
        if !extracted.contains(where: \.hasText) {
            throw .noTextLayer(path: path)
        }
        return ExtractedDocument(
            path: path, pageCount: pageCount, pdfVersion: pdfVersion, metadata: metadata,
            outline: outline, links: links, pages: extracted)
    }

    private static func classify(
        path: String, code: Int32, message: String, passwordGiven: Bool
    ) -> ExtractionError {
        switch code {
        case Int32(POPPLER_ERROR_ENCRYPTED.rawValue):
            .encrypted(path: path, passwordGiven: passwordGiven)
        case Int32(POPPLER_ERROR_OPEN_FILE.rawValue):
            .unreadable(path: path, reason: message)
        default:
            .damaged(path: path, reason: message.trimmingWhitespace())
        }
    }
}
