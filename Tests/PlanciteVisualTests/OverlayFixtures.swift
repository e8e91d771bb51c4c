import Foundation
import PlanciteDataset
import PlanciteFixtures
import TestSupport

/// Fixture documents for the overlay and report tests, rendered into a temporary folder.
enum OverlayFixtures {
    /// One page: a heading, a paragraph citing two footnotes, a list, and the footnotes (the second an ibid).
    static let notedPage = """
        @meta title=Harbour Maintenance Notes
        @page letter
        # Dredging Schedule
        The channel is surveyed each spring before the dredging contract is renewed.^{1} Depths are charted again after every storm season.^{2}

        - Survey the outer channel
        - Publish the depth chart

        @space 420
        @size 8
        1 Port Works Office, Channel Survey Manual (2021), https://ports.example.org/survey.

        2 Ibid., 7.
        """

    /// One page with a table of contents, a table with a superscript in a cell, a page number and footnotes.
    static let tablePage = """
        @meta title=Depot Inventory
        @header Depot Inventory Plan
        @footer Page {page}
        # Contents
        @toc Goal 1: Stock the Depots | 2
        @toc Endnotes | 3
        ## Stock Table
        The depots keep the following stock, counted each quarter by the district officers and reported to the coast office within ten days.^{1}

        @table Item | Depot | Count
        | Lamp assemblies^{2} | North | 14
        | Lens cloths | South | 120
        | Spare burners | East | 9
        @endtable

        @space 250
        @size 8
        1 Coast Office, Depot Count Rules (2019).

        2 Ibid., 3.
        """

    /// Writes `markup` as a PDF named `name` in `directory` and returns its path.
    static func pdf(_ markup: String, named name: String, in directory: TemporaryDirectory) throws -> String {
        let url = directory.url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FixtureRenderer.render(markup: markup, to: url)
        return url.path
    }
}

extension OverlayFixtures {
    /// A short plan with goals, an objective, action items with agencies, ibid footnotes and a marker without a note.
    static let plan = """
        @meta title=Coastal Lighthouse Upkeep Plan
        # Coastal Lighthouse Upkeep Plan
        **Goal 1: Keep Every Light Burning:** Each station shows its light every night of the year, in fog and in storm, whatever the state of its road or its power line.^{1}

        **Objective 1: Repair Lamps Quickly:** Replace any failed lamp within one week of the keeper's report, and test the spare before the old lamp is sent away.^{2}

        1.1 Stock spare lamps at each district depot so that no station waits on a shipment from the capital (Coast Office)
        1.2 Train keepers to change lamp assemblies safely and to record each change in the station log (Coast Office, Training Bureau)

        **Goal 2: Protect the Towers:** Keep the masonry of every tower sound and watertight, and repaint each tower on a fixed cycle of seven years.^{3}

        The oldest towers lean a little more each decade, and two of them now need braces before the next winter gales arrive on the coast.^{9}

        @space 200
        @size 8
        1 Coast Office, Light Station Register (2020), https://coast.example.org/register.

        2 Ibid., 14.

        3 Ibid.
        """

    /// Writes the fixtures into `in/` of `directory`, with a file that is not a PDF, and ingests them into `out/`.
    static func outputFolder(in directory: TemporaryDirectory) throws -> URL {
        _ = try pdf(plan, named: "in/lighthouse-plan.pdf", in: directory)
        _ = try pdf(notedPage, named: "in/harbour-notes.pdf", in: directory)
        try directory.write(Data("not a pdf at all".utf8), to: "in/broken.pdf")
        let inputs = InputDiscovery(workingDirectory: directory.url.path).discover(["in"])
        let folder = directory.url.appendingPathComponent("out")
        let writer = try DatasetWriter(folder: folder)
        _ = try IngestRunner(processor: PlanPipeline(), writer: writer).run(inputs)
        return folder
    }
}
