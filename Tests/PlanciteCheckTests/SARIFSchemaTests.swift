import Foundation
import PlanciteCheck
import Testing

/// Where the SARIF schema is: ../shared/schemas beside the package root.
enum SARIFSchema {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")

    static var canValidate: Bool {
        FileManager.default.fileExists(atPath: url.path) && PythonTool.hasModule("jsonschema")
    }
}

/// SARIF output validated against the OASIS schema in ../shared/schemas with python3 `jsonschema`.
@Suite(.enabled(if: SARIFSchema.canValidate, "needs ../shared/schemas and python3 jsonschema"))
struct SARIFSchemaTests {
    static let schema = SARIFSchema.url

    static let validator = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        instance = json.loads(sys.stdin.buffer.read())
        errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(instance), key=str)
        for error in errors: print(list(error.absolute_path), error.message)
        sys.exit(1 if errors else 0)
        """

    static func validate(_ sarif: String) throws {
        let result = try #require(
            try PythonTool.run(script: validator, arguments: [schema.path], input: Data(sarif.utf8)))
        #expect(result.status == 0, "SARIF does not validate:\n\(result.output)")
    }

    @Test func reportValidates() throws {
        let report = Checker().check(records: SampleRecords.records, unreadable: [SampleRecords.scan])
        try Self.validate(try report.render(.sarif))
    }

    @Test func reportWithBaselineValidates() throws {
        let baseline = Checker().check(records: [SampleRecords.plan]).makeBaseline()
        let report = Checker(baseline: baseline).check(records: SampleRecords.records)
        try Self.validate(try report.render(.sarif))
    }

    @Test func absolutePathsBecomeFileURIs() throws {
        let record = SampleRecords.record(
            id: "abs", path: "/data/plans/state plan.pdf",
            diagnostics: [SampleRecords.diagnostic("orphan-note", .warning, "note 2 is never cited", page: 3, label: "2")])
        let sarif = try Checker().check(records: [record]).render(.sarif)
        #expect(sarif.contains(#""uri" : "file:///data/plans/state%20plan.pdf""#))
        try Self.validate(sarif)
    }

    @Test func cleanReportValidates() throws {
        try Self.validate(try Checker().check(records: [SampleRecords.clean]).render(.sarif))
    }

    @Test func validatorRejectsBrokenSARIF() throws {
        let result = try #require(
            try PythonTool.run(
                script: Self.validator, arguments: [Self.schema.path],
                input: Data(#"{"version": "2.1.0", "runs": [{"results": []}]}"#.utf8)))
        #expect(result.status != 0)
    }
}
