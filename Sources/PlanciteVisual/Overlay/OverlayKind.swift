/// What an overlay shape marks, with its colour and legend name.
public enum OverlayKind: String, Sendable, CaseIterable, Hashable {
    case heading
    case paragraph
    case listItem
    case tableRow
    case tableCell
    case tocEntry
    case furniture
    case footnote
    case footnoteZone
    case superscript
    case goal
    case objective
    case actionItem
    case markerLink

    /// The name shown in the legend.
    public var legendName: String {
        switch self {
        case .heading: "heading"
        case .paragraph: "paragraph"
        case .listItem: "list item"
        case .tableRow: "table row"
        case .tableCell: "table cell"
        case .tocEntry: "toc entry"
        case .furniture: "header / footer / page no."
        case .footnote: "footnote"
        case .footnoteZone: "footnote zone"
        case .superscript: "superscript"
        case .goal: "goal"
        case .objective: "objective"
        case .actionItem: "action item"
        case .markerLink: "marker → note"
        }
    }

    public var colour: OverlayColour {
        switch self {
        case .heading: OverlayColour(red: 0x1F, green: 0x5F, blue: 0xD6)
        case .paragraph: OverlayColour(red: 0x80, green: 0x80, blue: 0x80)
        case .listItem: OverlayColour(red: 0x00, green: 0x99, blue: 0x99)
        case .tableRow: OverlayColour(red: 0xE6, green: 0x7E, blue: 0x00)
        case .tableCell: OverlayColour(red: 0xF2, green: 0xB8, blue: 0x4B)
        case .tocEntry: OverlayColour(red: 0x8C, green: 0x33, blue: 0xBF)
        case .furniture: OverlayColour(red: 0x8B, green: 0x5A, blue: 0x2B)
        case .footnote: OverlayColour(red: 0xD4, green: 0x1A, blue: 0x8C)
        case .footnoteZone: OverlayColour(red: 0xF5, green: 0xC6, blue: 0xE4)
        case .superscript: OverlayColour(red: 0xE0, green: 0x00, blue: 0x00)
        case .goal: OverlayColour(red: 0x00, green: 0x8C, blue: 0x1A)
        case .objective: OverlayColour(red: 0x73, green: 0xB3, blue: 0x00)
        case .actionItem: OverlayColour(red: 0x00, green: 0x38, blue: 0x80)
        case .markerLink: OverlayColour(red: 0xE0, green: 0x00, blue: 0x00)
        }
    }
}

/// An sRGB colour with 8-bit channels.
public struct OverlayColour: Sendable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#rrggbb`, for CSS and SVG.
    public var hex: String {
        "#" + [red, green, blue].map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    /// The opaque pixel value 0xAARRGGBB.
    public var argb: UInt32 {
        0xFF00_0000 | UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue)
    }

    var components: (Double, Double, Double) {
        (Double(red) / 255, Double(green) / 255, Double(blue) / 255)
    }
}
