"""Compiled validators for a bundled spec (partner_contracts/spec/schemas.py)."""

from __future__ import annotations

from partner_contracts.spec.schemas import Problem, SchemaSet

DOC = {
    "openapi": "3.1.0",
    "components": {"schemas": {
        "Thing": {"type": "object", "required": ["id"],
                  "properties": {"id": {"type": "string"}, "size": {"$ref": "#/components/schemas/Size"},
                                 "when": {"type": "string", "format": "date"}}},
        "Size": {"type": "integer", "minimum": 0},
        "a/b": {"type": "string"},
    }},
}


def test_references_resolve_against_the_whole_document() -> None:
    schemas = SchemaSet(DOC)
    assert schemas.problems("/components/schemas/Thing", {"id": "t", "size": 3}) == []
    (problem,) = schemas.problems("/components/schemas/Thing", {"id": "t", "size": -1})
    assert problem.path == "/size" and "-1" in problem.message


def test_problems_are_limited_and_described() -> None:
    schemas = SchemaSet(DOC)
    found = schemas.problems("/components/schemas/Thing", {"size": "x", "when": 5}, limit=2)
    assert len(found) == 2
    assert Problem("", "x").describe() == "the body: x"
    assert Problem("/size", "bad").describe("query") == "query/size: bad"


def test_validators_are_cached_and_formats_optional() -> None:
    schemas = SchemaSet(DOC)
    assert schemas.validator("/components/schemas/Thing") is schemas.validator("/components/schemas/Thing")
    assert schemas.problems("/components/schemas/Thing", {"id": "t", "when": "not a date"})
    lenient = SchemaSet(DOC, validate_formats=False)
    assert lenient.problems("/components/schemas/Thing", {"id": "t", "when": "not a date"}) == []
    assert schemas.problems("/components/schemas/a~1b", "ok") == []  # an escaped pointer
