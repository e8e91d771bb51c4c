import PlanciteCitations

/// Feeds arbitrary text to the note parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNoteTextParser(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    var parser = NoteTextParser(text)
    _ = parser.parse()
    return 0
}
