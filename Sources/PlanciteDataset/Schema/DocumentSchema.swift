import Foundation

/// The JSON Schema (draft 2020-12) of a document record: the single source of truth for
/// `documents/<id>.json`, printed by `plancite schema` and used by `plancite validate`.
public enum DocumentSchema {
    /// The schema's text.
    public static let text = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://plancite.invalid/schema/document-1.0.0.json",
      "title": "plancite document record",
      "description": "One ingested PDF: its source, metadata, plan structure, citations and findings. Optional values are null, never absent.",
      "type": "object",
      "additionalProperties": false,
      "required": ["schemaVersion", "id", "source", "metadata", "title", "period", "organizations", "goals", "objectives", "actionItems", "markers", "notes", "diagnostics", "references"],
      "properties": {
        "schemaVersion": {"const": "1.0.0"},
        "id": {"$ref": "#/$defs/slug"},
        "source": {
          "type": "object",
          "additionalProperties": false,
          "required": ["path", "sha256", "bytes", "pages"],
          "properties": {
            "path": {"type": "string", "minLength": 1},
            "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "bytes": {"type": "integer", "minimum": 1},
            "pages": {"type": "integer", "minimum": 1}
          }
        },
        "metadata": {
          "type": "object",
          "additionalProperties": false,
          "required": ["title", "author", "subject", "keywords", "creator", "producer", "created", "modified"],
          "properties": {
            "title": {"$ref": "#/$defs/optionalText"},
            "author": {"$ref": "#/$defs/optionalText"},
            "subject": {"$ref": "#/$defs/optionalText"},
            "keywords": {"$ref": "#/$defs/optionalText"},
            "creator": {"$ref": "#/$defs/optionalText"},
            "producer": {"$ref": "#/$defs/optionalText"},
            "created": {"type": ["string", "null"], "format": "date-time"},
            "modified": {"type": ["string", "null"], "format": "date-time"}
          }
        },
        "title": {"$ref": "#/$defs/optionalText"},
        "period": {
          "anyOf": [
            {"type": "null"},
            {
              "type": "object",
              "additionalProperties": false,
              "required": ["start", "end"],
              "properties": {
                "start": {"type": "integer", "minimum": 1800, "maximum": 2200},
                "end": {"type": "integer", "minimum": 1800, "maximum": 2200}
              }
            }
          ]
        },
        "organizations": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "goals": {"type": "array", "items": {"$ref": "#/$defs/goal"}},
        "objectives": {"type": "array", "items": {"$ref": "#/$defs/objective"}},
        "actionItems": {"type": "array", "items": {"$ref": "#/$defs/actionItem"}},
        "markers": {"type": "array", "items": {"$ref": "#/$defs/marker"}},
        "notes": {"type": "array", "items": {"$ref": "#/$defs/note"}},
        "diagnostics": {"type": "array", "items": {"$ref": "#/$defs/diagnostic"}},
        "references": {"type": "array", "items": {"$ref": "#/$defs/cslItem"}}
      },
      "$defs": {
        "cslItem": {
          "description": "A CSL-JSON item (see the CSL data schema); only the keys plancite fills are listed.",
          "type": "object",
          "required": ["id", "type"],
          "properties": {
            "id": {"type": "string", "minLength": 1},
            "type": {"type": "string", "minLength": 1},
            "title": {"type": "string"},
            "author": {"type": "array", "items": {"type": "object"}},
            "container-title": {"type": "string"},
            "publisher": {"type": "string"},
            "issued": {"type": "object", "required": ["date-parts"]},
            "URL": {"type": "string"},
            "DOI": {"type": "string"},
            "note": {"type": "string"}
          }
        },
        "slug": {"type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$"},
        "optionalText": {"type": ["string", "null"]},
        "page": {"type": "integer", "minimum": 1},
        "bbox": {
          "description": "[x0, y0, x1, y1] in PDF points from the page's top-left corner.",
          "type": "array",
          "prefixItems": [{"type": "number"}, {"type": "number"}, {"type": "number"}, {"type": "number"}],
          "minItems": 4,
          "maxItems": 4
        },
        "idList": {"type": "array", "items": {"$ref": "#/$defs/slug"}},
        "goal": {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "number", "term", "title", "statement", "page", "bbox", "markers"],
          "properties": {
            "id": {"type": "string", "pattern": "^goal-"},
            "number": {"type": "integer", "minimum": 0},
            "term": {"type": "string", "minLength": 1},
            "title": {"type": "string"},
            "statement": {"$ref": "#/$defs/optionalText"},
            "page": {"$ref": "#/$defs/page"},
            "bbox": {"$ref": "#/$defs/bbox"},
            "markers": {"$ref": "#/$defs/idList"}
          }
        },
        "objective": {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "number", "term", "goal", "title", "statement", "page", "bbox", "markers"],
          "properties": {
            "id": {"type": "string", "pattern": "^objective-"},
            "number": {"type": "string", "minLength": 1},
            "term": {"type": "string", "minLength": 1},
            "goal": {"type": ["string", "null"]},
            "title": {"type": "string"},
            "statement": {"$ref": "#/$defs/optionalText"},
            "page": {"$ref": "#/$defs/page"},
            "bbox": {"$ref": "#/$defs/bbox"},
            "markers": {"$ref": "#/$defs/idList"}
          }
        },
        "actionItem": {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "number", "term", "objective", "goal", "text", "agencies", "page", "bbox", "markers"],
          "properties": {
            "id": {"type": "string", "pattern": "^action-"},
            "number": {"type": ["string", "null"]},
            "term": {"type": "string", "minLength": 1},
            "objective": {"type": ["string", "null"]},
            "goal": {"type": ["string", "null"]},
            "text": {"type": "string", "minLength": 1},
            "agencies": {"type": "array", "items": {"type": "string", "minLength": 1}},
            "page": {"$ref": "#/$defs/page"},
            "bbox": {"$ref": "#/$defs/bbox"},
            "markers": {"$ref": "#/$defs/idList"}
          }
        },
        "marker": {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "label", "ordinal", "page", "bbox", "context", "note", "style"],
          "properties": {
            "id": {"type": "string", "pattern": "^marker-"},
            "label": {"type": "string", "minLength": 1},
            "ordinal": {"type": "integer", "minimum": 1},
            "page": {"$ref": "#/$defs/page"},
            "bbox": {"$ref": "#/$defs/bbox"},
            "context": {"type": "string"},
            "note": {"type": ["string", "null"]},
            "style": {"enum": ["superscript", "bracket"]}
          }
        },
        "note": {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "label", "ordinal", "page", "bbox", "text", "kind", "antecedent", "pinpoint", "ambiguous", "urls", "dois", "years", "reference", "citedBy", "footnote"],
          "properties": {
            "id": {"type": "string", "pattern": "^note-"},
            "label": {"type": "string", "minLength": 1},
            "ordinal": {"type": "integer", "minimum": 1},
            "page": {"$ref": "#/$defs/page"},
            "bbox": {"$ref": "#/$defs/bbox"},
            "text": {"type": "string"},
            "kind": {"enum": ["reference", "ibid", "id", "op-cit", "supra", "comment"]},
            "antecedent": {"type": ["string", "null"]},
            "pinpoint": {"$ref": "#/$defs/optionalText"},
            "ambiguous": {"type": "boolean"},
            "urls": {"type": "array", "items": {"type": "string", "pattern": "^[a-z][a-z0-9+.-]*:"}},
            "dois": {"type": "array", "items": {"type": "string", "pattern": "^10\\."}},
            "years": {"type": "array", "items": {"type": "integer"}},
            "reference": {"type": ["string", "null"]},
            "citedBy": {"$ref": "#/$defs/idList"},
            "footnote": {"type": "boolean"}
          }
        },
        "diagnostic": {
          "type": "object",
          "additionalProperties": false,
          "required": ["code", "severity", "message", "page", "label", "bbox"],
          "properties": {
            "code": {"type": "string", "pattern": "^[a-z][a-z0-9-]*$"},
            "severity": {"enum": ["error", "warning", "info"]},
            "message": {"type": "string", "minLength": 1},
            "page": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/page"}]},
            "label": {"type": ["string", "null"]},
            "bbox": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/bbox"}]}
          }
        }
      }
    }
    """#

    /// The parsed schema.
    public static let value: JSONValue = {
        do {
            return try JSONValue.parse(Data(text.utf8))
        } catch {
            preconditionFailure("the built-in document schema is not valid JSON: \(error)")
        }
    }()
}
