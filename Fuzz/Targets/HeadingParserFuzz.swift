import PlanciteStructure

/// Feeds arbitrary text to the structure line parsers: headings (strict and loose), numbered
/// items, agency lists, periods and the word cursor.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHeadingParser(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    for strict in [true, false] {
        var heading = HeadingParser(text)
        _ = heading.parse(strict: strict)
    }
    for allowSingle in [true, false] {
        var item = NumberedItemParser(text)
        _ = item.parse(allowSingle: allowSingle)
    }
    _ = AgencyParser.splitTrailing(text)
    _ = AgencyParser.parseList(text)
    _ = PeriodParser.find(in: text)
    _ = SpannedWord.split(text)
    return 0
}
