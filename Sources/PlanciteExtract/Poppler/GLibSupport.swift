import CPoppler

/// Takes ownership of a GLib-allocated C string: copies it into a Swift string and frees it.
func takeString(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
    guard let pointer else { return nil }
    defer { g_free(pointer) }
    return String(cString: pointer)
}

/// Copies a GLib string into a Swift string and drops it when empty or blank.
func takeNonBlankString(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
    guard let string = takeString(pointer) else { return nil }
    let trimmed = string.trimmingWhitespace()
    return trimmed.isEmpty ? nil : trimmed
}

/// Calls a GLib function that reports failure through a `GError**`, and releases the error.
///
/// Returns the function's result and the error's domain, code and message when it failed.
func withGError<T>(
    _ body: (UnsafeMutablePointer<UnsafeMutablePointer<GError>?>) -> T
) -> (result: T, error: (domain: GQuark, code: Int32, message: String)?) {
    var error: UnsafeMutablePointer<GError>?
    let result = body(&error)
    guard let error else { return (result, nil) }
    defer { g_error_free(error) }
    let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    return (result, (error.pointee.domain, error.pointee.code, message))
}

/// Formats a GDateTime as ISO 8601 and releases it.
func takeISO8601(_ dateTime: OpaquePointer?) -> String? {
    guard let dateTime else { return nil }
    defer { g_date_time_unref(dateTime) }
    guard var text = takeString(g_date_time_format_iso8601(dateTime)) else { return nil }
    // GLib writes a whole-hour offset as `-04`; RFC 3339 wants `-04:00`.
    let tail = text.suffix(3)
    if let sign = tail.first, sign == "+" || sign == "-", tail.dropFirst().allSatisfy(\.isNumber) {
        text += ":00"
    }
    return text
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
