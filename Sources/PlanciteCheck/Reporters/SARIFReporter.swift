import Foundation
import PlanciteDataset

/// SARIF 2.1.0: one run, a rule per code, a result per finding.
///
/// Locations: `artifactLocation.uri` is the PDF path as given (relative paths stay relative,
/// percent-encoded; absolute ones become `file://` URIs). PDF pages are not lines, but code
/// scanning needs `region.startLine` to place an alert, so `region.startLine` is the 1-based
/// page; the page is also in `properties.page`, with `properties.label`, `properties.bbox`
/// (`[x0, y0, x1, y1]`, points, top-left origin) and `properties.documentId`. Findings without
/// a page have no region. `partialFingerprints["planciteFingerprint/v1"]` is the baseline
/// fingerprint; with a baseline, `baselineState` is `new` or `unchanged`.
public struct SARIFReporter: Sendable {
    /// The tool's home page, written as `tool.driver.informationUri`.
    public static let defaultInformationURI = "https://github.com/plancite/plancite"

    public var toolVersion: String
    public var informationURI: String

    public init(toolVersion: String = ToolInfo.version, informationURI: String = SARIFReporter.defaultInformationURI) {
        self.toolVersion = toolVersion
        self.informationURI = informationURI
    }

    public func render(_ report: CheckReport) throws -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: report.rules.enumerated().map { ($1.id, $0) })
        let rules = report.rules.map { rule in
            SARIFLog.Rule(
                id: rule.id,
                shortDescription: .init(text: rule.summary),
                fullDescription: .init(text: rule.catches),
                help: .init(
                    text: "Example: \(rule.example)\nFix: \(rule.fix)",
                    markdown: "**Example:** \(rule.example)\n\n**Fix:** \(rule.fix)"),
                defaultConfiguration: .init(level: SARIFLog.level(rule.defaultSeverity)))
        }
        let results = report.findings.map { finding in
            SARIFLog.Result(
                ruleId: finding.code,
                ruleIndex: ruleIndex[finding.code] ?? 0,
                level: SARIFLog.level(finding.severity),
                message: .init(text: finding.message),
                locations: [
                    .init(
                        physicalLocation: .init(
                            artifactLocation: .init(uri: Self.uri(forPath: finding.path)),
                            region: finding.page.map { .init(startLine: $0) }))
                ],
                partialFingerprints: ["planciteFingerprint/v1": Fingerprint(finding).value],
                baselineState: report.usesBaseline ? (finding.inBaseline ? "unchanged" : "new") : nil,
                properties: .init(
                    page: finding.page, label: finding.label, bbox: finding.bbox,
                    documentId: finding.documentID))
        }
        let driver = SARIFLog.Driver(
            name: ToolInfo.name, version: toolVersion, semanticVersion: toolVersion,
            informationUri: informationURI, rules: rules)
        let log = SARIFLog(runs: [.init(tool: .init(driver: driver), results: results)])
        return try DeterministicJSON.string(log)
    }

    /// A URI reference for a path: relative paths percent-encoded, absolute ones as `file://`.
    static func uri(forPath path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "%?#[]")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
