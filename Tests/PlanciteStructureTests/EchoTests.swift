import PlanciteCore
import PlanciteLayout
import Testing

@testable import PlanciteStructure

@Suite struct EchoTests {
    @Test func tableOfContentsEntriesAreSkipped() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            toc Goal 1: Safe Water 3
            Goal 2: Clean Air .......... 7
            PILLAR THREE | SHARED WORK . . . . . . . . 9
            === page
            # Goal 1: Safe Water
            # Goal 2: Clean Air
            """))
        #expect(plan.goals.map(\.id) == ["goal-1", "goal-2"])
        #expect(plan.goals.allSatisfy { $0.page == 2 })
    }

    @Test func contentsPageWithoutLeadersIsSkipped() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Contents
            Goal 1: Safe Water 3
            Goal 2: Clean Air 7
            === page
            # Goal 1: Safe Water
            """))
        #expect(plan.goals.map(\.id) == ["goal-1"])
    }

    @Test func runningHeadersAreNotGoals() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            hdr Goal 1: Safe Water
            # Goal 1: Safe Water
            === page
            hdr Goal 1: Safe Water
            Wells are tested each spring.
            """))
        #expect(plan.goals.count == 1)
    }

    @Test func runningHeadersLeftInTheBodyKeepTheContext() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            Goal 1: Safe Water
            Objective 1.1: Test every well
            |1h| Action | Lead
            |1| Hire testers | State Lab
            === page
            Goal 1: Safe Water
            |1| Buy field kits | State Lab
            """))
        #expect(plan.goals.count == 1)
        #expect(plan.actionItems.map(\.objective) == ["objective-1.1", "objective-1.1"])
    }

    @Test func executiveSummaryEchoesMergeIntoTheBody() throws {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Executive Summary
            - Goal 1: Safe Water
            - Goal 2: Clean Air
            === page
            # Goal 1: Safe Water: Every home has clean water from the tap.
            ## Objective 1.1: Test every well
            # Goal 2: Clean Air
            Every child breathes clean air at school.
            """))
        #expect(plan.goals.map(\.id) == ["goal-1", "goal-2"])
        #expect(plan.goals.map(\.page) == [2, 2])
        #expect(plan.goals[0].statement == "Every home has clean water from the tap.")
        #expect(plan.goals[1].statement == "Every child breathes clean air at school.")
        #expect(plan.diagnostics.filter { $0.code == "echo-merged" }.count == 2)
        #expect(!plan.diagnostics.contains { $0.code == "duplicate-id" })
    }

    @Test func summaryInOtherWordsStillEchoesTheBody() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # At a Glance
            - Goal 1: Water for all
            === page
            # Goal 1: Safe Drinking Supply
            ## Objective 1.1: Test every well
            """))
        #expect(plan.goals.map(\.id) == ["goal-1"])
        #expect(plan.goals.map(\.title) == ["Safe Drinking Supply"])
    }

    @Test func differentItemsSharingANumberGetASuffix() throws {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Goal 1: Safe Water
            ## Objective 1: Test every well
            # Goal 1: Better Roads
            ## Objective 1: Fill potholes within a week
            """))
        #expect(plan.goals.map(\.id) == ["goal-1", "goal-1-2"])
        #expect(plan.objectives.map(\.id) == ["objective-1", "objective-1-2"])
        #expect(plan.objectives.map(\.goal) == ["goal-1", "goal-1-2"])
        let duplicates = plan.diagnostics.filter { $0.code == "duplicate-id" }
        #expect(duplicates.compactMap(\.label) == ["goal-1-2", "objective-1-2"])
    }

    @Test func plainHeadingEndsTheGoal() {
        let plan = StructureParser().parse(LayoutSketch.document("""
            # Goal 1: Safe Water
            ## Objective 1.1: Test every well
            1.1.1 Hire two testers
            # Appendix: Glossary
            Key actions:
            - Read the glossary
            """))
        #expect(plan.actionItems.map(\.goal) == ["goal-1", nil])
        #expect(plan.actionItems.map(\.objective) == ["objective-1.1", nil])
    }
}

@Suite struct NormalisationTests {
    @Test func superscriptsBecomeAnchorsAndLeaveTheText() throws {
        let document = LayoutSketch.document("""
            # Goal 1: Safe Water
            Every home has clean water.^{12} Rural wells^{13} come first.
            ## Objective 1.1: Test wells^{14}
            """)
        let plan = StructureParser().parse(document)
        let goal = try #require(plan.goals.first)
        #expect(goal.statement == "Every home has clean water. Rural wells come first.")
        let superscripts = document.pages[0].body.flatMap(\.tokens).filter { $0.kind == .superscript }
        try #require(superscripts.count == 3)
        #expect(goal.markerAnchors == superscripts.prefix(2).map { TextAnchor(page: 1, offset: $0.range.start) })
        #expect(plan.objectives.first?.markerAnchors == [TextAnchor(page: 1, offset: superscripts[2].range.start)])
        #expect(plan.objectives.first?.title == "Test wells")
    }

    @Test func quotesAndDashesAreNormalised() {
        let plan = StructureParser().parse(LayoutSketch.document(
            "Goal 1: \u{201C}Open\u{201D} Data: Share data\u{2014}safely\u{2014}with the public\u{2019}s help."))
        #expect(plan.goals.first?.title == "\"Open\" Data")
        #expect(plan.goals.first?.statement == "Share data — safely — with the public's help.")
    }
}
