import PlanciteCore
import PlanciteLayout
import Testing

@testable import PlanciteStructure

@Suite struct DocumentFactsTests {
    @Test func coverGivesTitlePeriodAndOrganisations() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            big Clean Water Strategic Plan
            FY 2024\u{2013}2028
            U.S. Department of the Interior
            Office of Water Quality | River Basin Council
            Prepared with help from many partners across the region.
            === page
            # Goal 1: Safe Water
            """))
        #expect(plan.title == "Clean Water Strategic Plan")
        #expect(plan.period == Period(start: 2024, end: 2028))
        #expect(plan.organizations == [
            "U.S. Department of the Interior", "Office of Water Quality", "River Basin Council",
        ])
    }

    @Test func periodInTheTitleWins() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Regional Transport Plan 2013-2017
            Published in 2012 for 2010 to 2012 review.
            """))
        #expect(plan.title == "Regional Transport Plan 2013-2017")
        #expect(plan.period == Period(start: 2013, end: 2017))
        #expect(plan.organizations.isEmpty)
    }

    @Test func coverTitleSpansHeadingsAndNamesOneYear() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            ## Federal Water Strategy
            # 2022 Action Plan
            The plan was written in 2021.
            """))
        #expect(plan.title == "Federal Water Strategy 2022 Action Plan")
        #expect(plan.period == Period(start: 2022, end: 2022))
    }

    @Test func firstHeadingWhenPageOneIsEmpty() {
        let document = LayoutDocument(path: "x.pdf", pages: [
            LayoutPage(number: 1, width: 612, height: 792, body: []),
        ] + LayoutSketch.document("# Community Plan\nText.").pages.map {
            var page = $0
            page.number = 2
            return page
        })
        #expect(StructureParser().parse(document).title == "Community Plan")
    }
}

@Suite struct DocumentFactsRefusalTests {
    @Test func yearsInSentencesAndTitlesOfOtherDocumentsAreNotPeriods() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Overview of the 2008 Evaluation Campaign
            The kingdom was ruled from 1908-1918 by a council of elders who met each spring.
            AGENCY: Federal Aviation Administration
            Early Reforms (1908-1918) . . . . . . . . 11
            toc Later Reforms 1920-1930 12
            """))
        #expect(plan.period == nil)
        #expect(plan.organizations.isEmpty)
    }

    @Test func subtitleJoinsWithAColonAndDatesLeaveNames() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Shelter Access in Rural Counties
            ## Findings from the Field Survey
            Office of Recovery Analytics, September 2024
            """))
        #expect(plan.title == "Shelter Access in Rural Counties: Findings from the Field Survey")
        #expect(plan.organizations == ["Office of Recovery Analytics"])
    }
}
