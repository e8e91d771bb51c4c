"""Validate plancite output with the standard `jsonschema` package, independently of plancite.

usage: validate_json.py DOCUMENT_SCHEMA OUTPUT_DIR   documents/*.json against the record schema,
                                                     references.csl.json against CSL-JSON
       validate_json.py --sarif FILE                 a SARIF log against SARIF 2.1.0
Standard schemas come from ../shared/schemas beside the repository; a check whose schema is
absent is reported as skipped.
"""
import json
import pathlib
import sys

import jsonschema

SHARED = pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "schemas"


def check(instance, schema, name):
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    errors = sorted(validator_class(schema).iter_errors(instance), key=lambda e: list(e.path))
    for error in errors[:20]:
        print(f"{name}: {'/'.join(map(str, error.path))}: {error.message}")
    return len(errors)


def shared(name):
    path = SHARED / name
    if not path.exists():
        print(f"skipped: {path} is absent")
        return None
    return json.loads(path.read_text())


def main(argv):
    failures = 0
    if argv[1] == "--sarif":
        schema = shared("sarif-schema-2.1.0.json")
        if schema is not None:
            failures += check(json.loads(pathlib.Path(argv[2]).read_text()), schema, argv[2])
            print(f"SARIF: {argv[2]} checked")
        return failures
    schema = json.loads(pathlib.Path(argv[1]).read_text())
    folder = pathlib.Path(argv[2])
    documents = sorted((folder / "documents").glob("*.json"))
    if not documents:
        print(f"{folder}: no documents")
        return 1
    for document in documents:
        failures += check(json.loads(document.read_text()), schema, str(document))
    print(f"document schema: {len(documents)} records checked")
    csl = shared("csl-data.json")
    if csl is not None:
        references = folder / "references.csl.json"
        failures += check(json.loads(references.read_text()), csl, str(references))
        print(f"CSL-JSON: {references} checked")
    return failures


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv) else 0)
