import Foundation

/// Validates JSON against a JSON Schema, using the keywords plancite's own schema needs.
///
/// Supported: `type` (string or list), `properties`, `required`, `additionalProperties`
/// (boolean or schema), `items`, `prefixItems`, `minItems`, `maxItems`, `enum`, `const`,
/// `minimum`, `maximum`, `minLength`, `pattern`, `$ref` to `#/$defs/…`, `anyOf`, `oneOf`,
/// `allOf`. Other keywords (such as `format` and `description`) are annotations and ignored.
public struct SchemaValidator: Sendable {
    private let root: JSONValue

    public init(schema: JSONValue) {
        root = schema
    }

    /// Every place where `instance` breaks the schema, as `path: problem` lines.
    public func problems(in instance: JSONValue) -> [String] {
        var problems: [String] = []
        check(instance, against: root, at: "$", into: &problems)
        return problems
    }

    private func resolve(_ schema: JSONValue) -> JSONValue {
        guard let reference = schema["$ref"]?.stringValue, reference.hasPrefix("#/") else { return schema }
        var node = root
        for part in reference.dropFirst(2).split(separator: "/") {
            guard let next = node[String(part)] else { return .object([:]) }
            node = next
        }
        return resolve(node)
    }

    private func check(_ value: JSONValue, against rawSchema: JSONValue, at path: String, into problems: inout [String]) {
        let schema = resolve(rawSchema)
        if case .bool(let allowed) = schema {
            if !allowed { problems.append("\(path): not allowed here") }
            return
        }
        if let type = schema["type"] {
            let allowed = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue].compactMap { $0 }
            if value.schemaTypes.isDisjoint(with: allowed) {
                problems.append("\(path): expected \(allowed.joined(separator: " or ")), found \(value.schemaTypes.sorted().last ?? "?")")
                return
            }
        }
        if let options = schema["enum"]?.arrayValue, !options.contains(value) {
            problems.append("\(path): \(Self.describe(value)) is not one of the allowed values")
        }
        if let constant = schema["const"], constant != value {
            problems.append("\(path): must be \(Self.describe(constant))")
        }
        checkCombinators(value, schema, path, &problems)
        switch value {
        case .object(let object):
            checkObject(object, schema, path, &problems)
        case .array(let items):
            checkArray(items, schema, path, &problems)
        case .string(let string):
            if case .number(let minimum)? = schema["minLength"], string.count < Int(minimum) {
                problems.append("\(path): shorter than \(Int(minimum)) characters")
            }
            if let pattern = schema["pattern"]?.stringValue,
                string.range(of: pattern, options: .regularExpression) == nil
            {
                problems.append("\(path): \(Self.describe(value)) does not match \(pattern)")
            }
        case .number(let number):
            if case .number(let minimum)? = schema["minimum"], number < minimum {
                problems.append("\(path): below the minimum \(minimum)")
            }
            if case .number(let maximum)? = schema["maximum"], number > maximum {
                problems.append("\(path): above the maximum \(maximum)")
            }
        default:
            break
        }
    }

    private func checkCombinators(_ value: JSONValue, _ schema: JSONValue, _ path: String, _ problems: inout [String]) {
        if let all = schema["allOf"]?.arrayValue {
            for part in all { check(value, against: part, at: path, into: &problems) }
        }
        if let any = schema["anyOf"]?.arrayValue {
            let matches = any.contains { option in
                var scratch: [String] = []
                check(value, against: option, at: path, into: &scratch)
                return scratch.isEmpty
            }
            if !matches { problems.append("\(path): matches none of the allowed shapes") }
        }
        if let one = schema["oneOf"]?.arrayValue {
            let count = one.filter { option in
                var scratch: [String] = []
                check(value, against: option, at: path, into: &scratch)
                return scratch.isEmpty
            }.count
            if count != 1 { problems.append("\(path): matches \(count) shapes, expected exactly one") }
        }
    }

    private func checkObject(_ object: [String: JSONValue], _ schema: JSONValue, _ path: String, _ problems: inout [String]) {
        for case .string(let key) in schema["required"]?.arrayValue ?? [] where object[key] == nil {
            problems.append("\(path): missing required key \"\(key)\"")
        }
        let properties: [String: JSONValue]
        if case .object(let declared)? = schema["properties"] { properties = declared } else { properties = [:] }
        for key in object.keys.sorted() {
            let child = "\(path).\(key)"
            if let property = properties[key] {
                check(object[key]!, against: property, at: child, into: &problems)
            } else if let additional = schema["additionalProperties"] {
                check(object[key]!, against: additional, at: child, into: &problems)
            }
        }
    }

    private func checkArray(_ items: [JSONValue], _ schema: JSONValue, _ path: String, _ problems: inout [String]) {
        if case .number(let minimum)? = schema["minItems"], items.count < Int(minimum) {
            problems.append("\(path): fewer than \(Int(minimum)) items")
        }
        if case .number(let maximum)? = schema["maxItems"], items.count > Int(maximum) {
            problems.append("\(path): more than \(Int(maximum)) items")
        }
        let prefix = schema["prefixItems"]?.arrayValue ?? []
        for (index, item) in items.enumerated() {
            if index < prefix.count {
                check(item, against: prefix[index], at: "\(path)[\(index)]", into: &problems)
            } else if let itemSchema = schema["items"] {
                check(item, against: itemSchema, at: "\(path)[\(index)]", into: &problems)
            }
        }
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let string): "\"\(string.prefix(40))\""
        case .number(let number): number.rounded() == number ? String(Int(number)) : String(number)
        case .bool(let flag): String(flag)
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
