/// `datapackage.json`: a Frictionless Data Package (v2) describing the JSON Lines resources.
struct DataPackage: Encodable {
    struct Field: Encodable {
        var name: String
        var type: String
    }

    struct ForeignKey: Encodable {
        struct Reference: Encodable {
            var resource: String
            var fields: [String]
        }

        var fields: [String]
        var reference: Reference
    }

    struct Schema: Encodable {
        var fields: [Field]
        var primaryKey: [String]
        var foreignKeys: [ForeignKey]
        var missingValues: [String] = [""]
    }

    struct Resource: Encodable {
        var name: String
        var path: String
        var type = "table"
        var format: String
        var mediatype: String
        var encoding = "utf-8"
        var schema: Schema
    }

    var schemaURL = "https://datapackage.org/profiles/2.0/datapackage.json"
    var name = "plancite-dataset"
    var title = "Goals, objectives, action items and citations extracted by plancite"
    var version: String
    var resources: [Resource]

    enum CodingKeys: String, CodingKey {
        case schemaURL = "$schema"
        case name, title, version, resources
    }

    init(formats: Set<OutputFormat>) {
        version = ToolInfo.schemaVersion
        resources = ResourceTable.allCases.map { table in
            Resource(
                name: table.rawValue, path: table.fileName, format: "jsonl",
                mediatype: "application/jsonl", schema: Self.schema(for: table))
        }
        if formats.contains(.csv) {
            resources += ResourceTable.allCases.map { table in
                Resource(
                    name: "\(table.rawValue)_csv", path: table.csvFileName, format: "csv",
                    mediatype: "text/csv", schema: Self.schema(for: table, suffix: "_csv"))
            }
        }
    }

    private static func schema(for table: ResourceTable, suffix: String = "") -> Schema {
        func key(_ field: String, _ target: ResourceTable) -> ForeignKey {
            ForeignKey(fields: [field], reference: .init(resource: target.rawValue + suffix, fields: ["key"]))
        }
        let foreignKeys: [ForeignKey] = switch table {
        case .objectives: [key("goalKey", .goals)]
        case .actionItems: [key("goalKey", .goals), key("objectiveKey", .objectives)]
        case .markers: [key("noteKey", .notes)]
        case .notes: [key("antecedentKey", .notes)]
        case .goals, .diagnostics: []
        }
        let primaryKey = table == .diagnostics ? [] : ["key"]
        return Schema(
            fields: table.fields.map { Field(name: $0.name, type: $0.type) },
            primaryKey: primaryKey, foreignKeys: foreignKeys)
    }
}
