import PlanciteCore
import Testing

@testable import PlanciteLayout

/// Running feet set further in than the usual furniture band (about 12% above the page bottom).
@Suite struct WideFurnitureRoundTripTests {
    static func markup(pages: Int) -> String {
        (1...pages).map { page in
            """
            Field crews inspected the intake screens on site \(page) and logged the debris found, \
            then cleared each screen by hand and noted the time taken, the crew size and the weather \
            on the day, so that later visits can be compared with this one.

            @text x=72 y=695 size=8 font=serif Water Planning Quarterly, Spring Issue, \(page + 40)
            """
        }.joined(separator: "\n@newpage\n")
    }

    @Test func aFootRepeatedOnThreePagesIsFurniture() throws {
        let layout = try FixturePipeline.layout(Self.markup(pages: 3))
        for page in layout.pages {
            #expect(page.furniture.map(\.kind) == [.footer])
            #expect(page.furniture.first?.text.hasPrefix("Water Planning Quarterly") == true)
            #expect(!page.body.contains { $0.text.contains("Quarterly") })
        }
    }

    @Test func aRepeatedFirstLineOfBodyTextIsNotAHead() throws {
        let layout = try FixturePipeline.layout(Self.markup(pages: 3))
        for page in layout.pages {
            #expect(page.body.first?.text.hasPrefix("Field crews inspected") == true)
        }
    }

    @Test func aFootOnTwoPagesStaysBodyText() throws {
        let layout = try FixturePipeline.layout(Self.markup(pages: 2))
        for page in layout.pages {
            #expect(page.furniture.isEmpty)
            #expect(page.body.contains { $0.text.contains("Quarterly") })
        }
    }
}
