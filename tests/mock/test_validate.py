"""Input validation (partner_contracts/runtime/validate.py): coercion of wire strings, parameters, bodies."""

from __future__ import annotations

from typing import Any

import pytest

from partner_contracts.runtime.http import Incoming, Rejection
from partner_contracts.runtime.operations import Param, compile_operation
from partner_contracts.runtime.validate import MAX_DEPTH, Validator, coerce, media_matches
from partner_contracts.runtime.values import MISSING
from partner_contracts.spec.schemas import SchemaSet


def param(types: tuple[str, ...], item_types: tuple[str, ...] = (), **kw: Any) -> Param:
    return Param("p", "query", False, "/x", types, item_types, **kw)


def test_wire_strings_become_the_values_the_schema_describes() -> None:
    assert coerce(["5"], param(("integer",))) == 5
    assert coerce(["5.0"], param(("integer",))) == 5  # 5.0 is the integer 5 in JSON Schema
    assert coerce(["5.5"], param(("number",))) == 5.5 and coerce(["abc"], param(("number",))) == "abc"
    assert coerce(["true"], param(("boolean",))) is True and coerce(["null"], param(("null",))) is None
    assert coerce(["5"], param(("string", "integer"))) == 5  # a string is the fallback
    assert coerce(["1", "2"], param(("array",), ("integer",))) == [1, 2]
    assert coerce(["1,2"], param(("array",), ("integer",), style_explode=False)) == [1, 2]
    assert coerce(['{"a": 1}'], param(("object",), json_content=True)) == {"a": 1}
    assert coerce(["a", "b"], param(("array",), ("string",), json_content=True)) == ["a", "b"]
    assert coerce(["last", "x"], param(("string",))) == "x"


def test_media_types_match_exactly_or_by_wildcard() -> None:
    assert media_matches("*/*", "text/csv") and media_matches("application/*", "application/json")
    assert media_matches("application/json", "application/json") and not media_matches("text/*", "application/json")


DOC: dict[str, Any] = {"paths": {"/items/{id}": {"post": {
    "parameters": [{"name": "id", "in": "path", "schema": {"type": "integer", "minimum": 1}},
                   {"name": "size", "in": "query", "required": True, "schema": {"type": "string", "enum": ["s"]}}],
    "requestBody": {"required": True, "content": {"application/json": {"schema": {
        "type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}}},
    "responses": {"200": {"description": "ok"}},
}}}}
OP = compile_operation(DOC, "/items/{id}", "post", DOC["paths"]["/items/{id}"])
VALIDATOR = Validator(SchemaSet(DOC), [OP])
JSON = Incoming({"method": "POST", "path": "/", "headers": [(b"content-type", b"application/json")]}, None)


def rejected(call: Any) -> Rejection:
    with pytest.raises(Rejection) as caught:
        call()
    return caught.value


def test_parameters_are_coerced_and_checked() -> None:
    values = VALIDATOR.parameters(OP, {"id": "3"}, {"size": ["s"]}, JSON)
    assert values["path"] == {"id": 3} and values["query"] == {"size": "s"}
    assert rejected(lambda: VALIDATOR.parameters(OP, {"id": "0"}, {"size": ["s"]}, JSON)).kind == "missing"
    assert rejected(lambda: VALIDATOR.parameters(OP, {"id": "3"}, {"size": ["xl"]}, JSON)).kind == "invalid"
    assert "'size' is required" in rejected(lambda: VALIDATOR.parameters(OP, {"id": "3"}, {}, JSON)).message


def test_a_body_is_matched_parsed_bounded_and_validated() -> None:
    assert VALIDATOR.body(OP, JSON, b'{"name": "a"}') == {"name": "a"}
    assert rejected(lambda: VALIDATOR.body(OP, JSON, b"")).message == "a request body is required"
    assert rejected(lambda: VALIDATOR.body(OP, JSON, b"{")).kind == "malformed"
    deep = b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1)
    assert "nested deeper" in rejected(lambda: VALIDATOR.body(OP, JSON, deep)).message
    invalid = rejected(lambda: VALIDATOR.body(OP, JSON, b'{"name": 5}'))
    assert invalid.kind == "invalid" and invalid.field == "/name"
    text = Incoming({"method": "POST", "path": "/", "headers": [(b"content-type", b"text/plain")]}, None)
    assert rejected(lambda: VALIDATOR.body(OP, text, b"x")).kind == "media"
    no_body = compile_operation({"paths": {"/": {"get": {}}}}, "/", "get", {"get": {}})
    assert VALIDATOR.body(no_body, JSON, b"ignored") is MISSING
