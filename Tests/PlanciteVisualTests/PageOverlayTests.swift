import Foundation
import PlanciteCore
import PlanciteDataset
import PlanciteExtract
import PlanciteLayout
@testable import PlanciteVisual
import Testing
import TestSupport

@Suite struct PageRenderingTests {
    @Test(arguments: [("letter", 612.0, 792.0, 1.0), ("letter", 612.0, 792.0, 2.0), ("a4", 595.0, 842.0, 1.5)])
    func theImageIsThePageSizeTimesTheScale(paper: String, width: Double, height: Double, scale: Double) throws {
        let directory = try TemporaryDirectory()
        let path = try OverlayFixtures.pdf("@page \(paper)\nSome words on a page.", named: "page.pdf", in: directory)
        let image = try PDFDocument(path: path).render(page: 1, scale: scale)
        let extracted = try PDFDocument(path: path).extract().pages[0]
        #expect(abs(extracted.width - width) < 1 && abs(extracted.height - height) < 1)
        #expect(image.width == Int((extracted.width * scale).rounded()))
        #expect(image.height == Int((extracted.height * scale).rounded()))
        #expect(image.pixels.count == image.stride * image.height)
        #expect(image.argb(x: 2, y: 2) == 0xFFFF_FFFF)
    }

    @Test(arguments: [("letter", 260), ("a4", 200)])
    func aThumbnailHasTheWidthAskedFor(paper: String, width: Int) throws {
        let directory = try TemporaryDirectory()
        let path = try OverlayFixtures.pdf("@page \(paper)\nA line.", named: "thumb.pdf", in: directory)
        let image = try PageRenderer.render(path: path, page: 1, width: width)
        let page = try PDFDocument(path: path).extract().pages[0]
        #expect(image.width == width)
        #expect(abs(Double(image.height) - page.height * Double(width) / page.width) <= 1)
    }

    @Test func aPageOutsideTheDocumentIsAnError() throws {
        let directory = try TemporaryDirectory()
        let path = try OverlayFixtures.pdf("One page.", named: "one.pdf", in: directory)
        #expect(throws: ExtractionError.pageOutOfRange(path: path, page: 3, pageCount: 1)) {
            try PageRenderer.render(path: path, page: 3, scale: 1)
        }
    }
}

@Suite struct PageOverlayTests {
    let directory: TemporaryDirectory
    let path: String
    let stages: PlanPipeline.Stages

    init() throws {
        directory = try TemporaryDirectory()
        path = try OverlayFixtures.pdf(OverlayFixtures.notedPage, named: "noted.pdf", in: directory)
        stages = try PlanPipeline().stages(path: path, displayPath: "noted.pdf")
    }

    @Test func everyBlockOfThePageIsOutlinedByItsKind() throws {
        let overlay = PageOverlay(stages: stages, page: 1)
        let page = try #require(stages.layout.pages.first)
        let outlined = overlay.shapes.filter { if case .box = $0.geometry { true } else { false } }
        for block in page.body + page.furniture + page.footnotes {
            let kind = OverlayPlanner.kind(of: block.kind)
            #expect(outlined.contains { $0.kind == kind && $0.rect == block.bbox }, "block \(block.kind) \(block.text) not outlined")
        }
        let kinds = Set(overlay.shapes.map(\.kind))
        #expect(kinds.isSuperset(of: [.heading, .paragraph, .listItem, .footnote, .footnoteZone]))
    }

    @Test func superscriptsAreBoxedAndLabelledAndJoinedToTheirNote() throws {
        let overlay = PageOverlay(stages: stages, page: 1)
        let superscripts = overlay.shapes.filter { $0.kind == .superscript }
        #expect(superscripts.contains { $0.label == "1" })
        let marker = try #require(stages.citations.markers.first)
        let note = try #require(stages.citations.notes.first { $0.id == marker.note })
        let line = try #require(overlay.shapes.first { $0.kind == .markerLink })
        #expect(line.geometry == .line(fromX: marker.bbox.midX, fromY: marker.bbox.y1, toX: note.bbox.x0, toY: note.bbox.midY))
    }

    @Test(arguments: [1.0, 2.0, 3.0])
    func pixelsUnderAnOutlineCarryItsColour(scale: Double) throws {
        let overlay = PageOverlay(stages: stages, page: 1)
        let image = try PageRenderer.render(path: path, page: 1, scale: scale)
        let drawn = try overlay.draw(over: image)
        #expect(drawn.width == image.width && drawn.height == image.height)
        for kind in [OverlayKind.heading, .paragraph] {
            let rect = try #require(overlay.shapes.first { $0.kind == kind }?.rect)
            let x = Int(rect.x0 * scale), y = Int(rect.midY * scale)
            #expect(image.argb(x: x, y: y) != kind.colour.argb)
            #expect(drawn.argb(x: x, y: y) == kind.colour.argb, "\(kind) outline at \(x),\(y)")
        }
    }

    @Test func theFootnoteZoneIsTinted() throws {
        let overlay = PageOverlay(stages: stages, page: 1)
        let zone = try #require(overlay.shapes.first { $0.kind == .footnoteZone }?.rect)
        let image = try PageRenderer.render(path: path, page: 1, scale: 2)
        let drawn = try overlay.draw(over: image)
        // A point of the zone's margin, outside every footnote's outline: white before, pink after.
        let x = Int((zone.x1 - 1) * 2), y = Int((zone.y0 + 1) * 2)
        #expect(image.argb(x: x, y: y) == 0xFFFF_FFFF)
        let tinted = drawn.argb(x: x, y: y)
        let red = (tinted >> 16) & 0xFF, green = (tinted >> 8) & 0xFF
        #expect(red > green && tinted != 0xFFFF_FFFF)
    }

    @Test func thePNGHasTheImageSize() throws {
        let image = try PageRenderer.render(path: path, page: 1, scale: 1.5)
        let png = try PageOverlay(stages: stages, page: 1).png(over: image)
        let bytes = [UInt8](png)
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        func bigEndian(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(bigEndian(16) == image.width && bigEndian(20) == image.height)
    }

    @Test func aBadStrideIsRefused() throws {
        let image = RenderedPage(width: 10, height: 10, scale: 1, stride: 12, pixels: Array(repeating: 0, count: 120))
        #expect(throws: VisualError.self) { try PageOverlay(stages: stages, page: 1).draw(over: image) }
    }
}

@Suite struct TablePageOverlayTests {
    @Test func rowsCellsContentsAndPageNumbersAreOutlinedAndEachSuperscriptBoxedOnce() throws {
        let directory = try TemporaryDirectory()
        let path = try OverlayFixtures.pdf(OverlayFixtures.tablePage, named: "table.pdf", in: directory)
        let stages = try PlanPipeline().stages(path: path, displayPath: "table.pdf")
        let overlay = PageOverlay(stages: stages, page: 1)
        let page = try #require(stages.layout.pages.first)
        let kinds = Set(overlay.shapes.map(\.kind))
        #expect(kinds.isSuperset(of: [.tableRow, .tableCell, .tocEntry, .furniture]))
        let rows = page.body.filter { $0.kind == .tableRow }
        #expect(overlay.shapes.filter { $0.kind == .tableRow }.count == rows.count)
        #expect(overlay.shapes.filter { $0.kind == .tableCell }.count == rows.map(\.cells.count).reduce(0, +))
        let superscripts = Set((page.body + page.footnotes).flatMap { $0.tokens + $0.cells.flatMap(\.tokens) }
            .filter { $0.kind == .superscript }.map(\.bbox))
        #expect(superscripts.count >= 2)
        #expect(overlay.shapes.filter { $0.kind == .superscript }.count == superscripts.count)
    }
}

@Suite struct FootnoteZoneTests {
    @Test func footnotesInTwoColumnsMakeTwoZones() {
        let left = [Rect(x0: 72, y0: 700, x1: 290, y1: 710), Rect(x0: 72, y0: 712, x1: 200, y1: 722)]
        let right = [Rect(x0: 320, y0: 690, x1: 540, y1: 700)]
        let zones = OverlayPlanner.footnoteZones(right + left)
        #expect(zones == [Rect(x0: 72, y0: 700, x1: 290, y1: 722), right[0]])
    }
}

@Suite struct LegendPlacementTests {
    static let height = Double(OverlayKind.allCases.count) * 8.5 + 8

    @Test(arguments: [
        // Top right taken by text: top left.
        (Rect(x0: 400, y0: 0, x1: 612, y1: 200), 4.0, 4.0),
        // Whole top taken: bottom right.
        (Rect(x0: 0, y0: 0, x1: 612, y1: 200), 612.0 - 104 - 4, 792.0 - height - 4),
        // Nothing in the way: top right.
        (Rect(x0: 200, y0: 300, x1: 400, y1: 500), 612.0 - 104 - 4, 4.0),
    ])
    func theLegendGoesWhereItHidesLeast(box: Rect, expectedX: Double, expectedY: Double) {
        let frame = LegendLayout.corner(width: 104, height: Self.height, pageWidth: 612, pageHeight: 792, avoiding: [box])
        #expect(abs(frame.x0 - expectedX) < 0.01 && abs(frame.y0 - expectedY) < 0.01)
    }
}
