"""The mock's sample instance of a schema without an example (partner_contracts/runtime/sample.py)."""

from __future__ import annotations

from partner_contracts.runtime.sample import sample

DOC = {"components": {"schemas": {"Id": {"type": "string", "format": "uuid"},
                                  "Node": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}}}}}


def test_explicit_values_win() -> None:
    assert sample({"type": "string", "const": "c"}, DOC) == "c"
    assert sample({"type": "integer", "default": 7}, DOC) == 7
    assert sample({"type": "string", "examples": ["e", "f"]}, DOC) == "e"
    assert sample({"enum": ["A", "B"]}, DOC) == "A"


def test_types_formats_and_bounds() -> None:
    assert sample({"$ref": "#/components/schemas/Id"}, DOC) == "00000000-0000-4000-8000-000000000000"
    assert sample({"type": "string", "minLength": 3}, DOC) == "xxx"
    assert sample({"type": "integer", "minimum": 5}, DOC) == 5
    assert sample({"type": "integer", "exclusiveMinimum": 5}, DOC) == 6
    assert sample({"type": ["null", "boolean"]}, DOC) is True
    assert sample({"type": "array", "items": {"type": "number"}, "minItems": 2}, DOC) == [0, 0]
    assert sample({"allOf": [{"properties": {"a": {"const": 1}}}, {"properties": {"b": {"const": 2}}}]}, DOC) == \
        {"a": 1, "b": 2}
    assert sample({"oneOf": [{"const": "first"}, {"const": "second"}]}, DOC) == "first"
    assert sample("not a schema", DOC) is None


def test_recursive_schemas_end() -> None:
    value = sample({"$ref": "#/components/schemas/Node"}, DOC)
    depth = 0
    while isinstance(value, dict) and value.get("next") is not None:
        value, depth = value["next"], depth + 1
    assert depth < 13
