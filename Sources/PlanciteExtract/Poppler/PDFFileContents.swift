import CPoppler
import Foundation
import PlanciteCore

/// A PDF file read in one go, for poppler to parse from memory.
///
/// poppler reads a file it opens itself 256 bytes at a time, one system call each (some 77,000
/// calls for 200 short documents); from memory it makes none. A file larger than the in-memory
/// limit is left for poppler to read as it goes, so that memory stays bounded. Either way the
/// usual ways a file fails to be a PDF are named before poppler sees it.
///
/// A document opened with a password is always left for poppler to read from the file:
/// poppler-glib 22.12 crashes when it retries a wrong password on a document made from bytes.
struct PDFFileContents: ~Copyable {
    /// The whole file as GLib bytes, or nil when poppler is to read the file itself.
    let bytes: OpaquePointer?

    /// Files up to this size are read into memory.
    static let defaultInMemoryLimit = 256 << 20

    /// Opens and checks the file at `url`; `path` is the name used in errors.
    init(path: String, url: URL, inMemoryLimit: Int = defaultInMemoryLimit, hasPassword: Bool = false) throws(ExtractionError) {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.openError(path: path, errno: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        if info.st_mode & S_IFMT == S_IFDIR { throw .unreadable(path: path, reason: "it is a directory") }

        // A regular file is read up to the size it has now; a pipe or device until its end.
        let isRegular = info.st_mode & S_IFMT == S_IFREG
        if !isRegular && hasPassword {
            throw .unreadable(path: path, reason: "a document opened with a password must be a regular file, not a pipe or device")
        }
        let size = Int(info.st_size)
        let inMemory = !isRegular || (size <= inMemoryLimit && !hasPassword)
        var capacity = isRegular ? (inMemory ? size : min(size, Self.headLength)) : 64 << 10
        var buffer = g_malloc(gsize(max(capacity, 1)))!
        var count = 0
        while true {
            if count == capacity {
                guard !isRegular else { break }
                capacity *= 2
                buffer = g_realloc(buffer, gsize(capacity))!
            }
            let got = read(descriptor, buffer + count, capacity - count)
            if got > 0 { count += got; continue }
            if got < 0 && errno == EINTR { continue }
            if got < 0 {
                let reason = String(cString: strerror(errno))
                g_free(buffer)
                throw .unreadable(path: path, reason: reason)
            }
            break
        }
        let head = UnsafeRawBufferPointer(start: buffer, count: min(count, Self.headLength))
        guard count > 0 else { g_free(buffer); throw .emptyFile(path: path) }
        guard Self.containsPDFMarker(head) else { g_free(buffer); throw .notPDF(path: path) }
        if inMemory {
            bytes = g_bytes_new_take(buffer, gsize(count))
        } else {
            g_free(buffer)
            bytes = nil
        }
    }

    deinit { if let bytes { g_bytes_unref(bytes) } }

    /// How much of the start of a file is searched for `%PDF-`, as PDF readers allow some leading bytes.
    static let headLength = 1024

    static func containsPDFMarker(_ head: UnsafeRawBufferPointer) -> Bool {
        head.firstRange(of: "%PDF-".utf8) != nil
    }

    private static func openError(path: String, errno code: Int32) -> ExtractionError {
        switch code {
        case ENOENT, ENOTDIR, ELOOP: .notFound(path: path)
        case EACCES, EPERM: .unreadable(path: path, reason: "permission denied")
        default: .unreadable(path: path, reason: String(cString: strerror(code)))
        }
    }
}
