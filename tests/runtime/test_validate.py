"""Input validation (partner_contracts/runtime/validate.py): coercion of wire strings, parameters, bodies.

Every expectation here is written out (a literal value, a literal depth of 64), not read from the module.
The spec and the wire strings are parsed from JSON text and bytes, as in the mock: their strings are new
objects, so a check that compares them by identity instead of by value fails here as it would in service.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from partner_contracts.runtime.http import Incoming, Rejection
from partner_contracts.runtime.operations import Operation, Param, compile_operation
from partner_contracts.runtime.validate import Validator, coerce, media_matches
from partner_contracts.runtime.values import MISSING
from partner_contracts.spec.schemas import SchemaSet


def wire(text: str) -> str:
    """``text`` as the mock reads it off the wire: a new string object (decoded bytes), never a literal."""
    return text.encode("utf-8").decode("utf-8")


def param(types: list[str], item_types: list[str] | None = None, **kw: Any) -> Param:
    """A query parameter whose types come from parsed JSON, as a spec's do."""
    parsed = json.loads(json.dumps({"types": types, "items": item_types or []}))
    return Param("p", wire("query"), False, "/x", tuple(parsed["types"]), tuple(parsed["items"]), **kw)


def coerced(values: list[str], p: Param) -> Any:
    return coerce([wire(v) for v in values], p)


@pytest.mark.parametrize(("raw", "types", "expected"), [
    # one type
    ("5", ["integer"], 5),
    ("-5", ["integer"], -5),
    ("5.0", ["integer"], 5),          # 5.0 is the integer 5 in JSON Schema
    ("-7.00", ["integer"], -7),
    ("5.5", ["integer"], "5.5"),      # not an integer: left for the schema check to refuse
    ("abc", ["integer"], "abc"),
    ("²", ["integer"], "²"),          # a digit to str.isdigit, not a number to int()
    ("5.5", ["number"], 5.5),
    ("5.0", ["number"], 5.0),         # a number written with a fraction stays a float
    ("abc", ["number"], "abc"),
    ("1e400", ["number"], "1e400"),   # no double holds it: left as text
    ("true", ["boolean"], True),
    ("false", ["boolean"], False),
    ("1", ["boolean"], "1"),
    ("x", ["boolean"], "x"),
    ("5.0", ["boolean"], "5.0"),
    ("true", ["integer"], "true"),
    ("true", ["null"], "true"),
    ("null", ["null"], None),
    ("", ["null"], None),
    ("1", ["null"], "1"),
    ("5", ["string"], "5"),
    ("5", [], "5"),                   # no type: the string as sent
    ("5", ["object"], "5"),
    # several types: the string is the fallback, whatever the order they are listed in
    ("5", ["string", "integer"], 5),
    ("5", ["integer", "string"], 5),
    ("true", ["string", "boolean"], True),
    ("x", ["string", "boolean"], "x"),
    ("5", ["integer", "null"], 5),
    ("5.0", ["integer", "null"], 5),
    ("null", ["integer", "null"], None),
    ("null", ["boolean", "null"], None),
    ("true", ["number", "boolean"], True),  # not a number: the next type is tried
    ("5", ["number", "boolean"], 5),
    ("5", ["null", "string"], "5"),
    ("1", ["boolean", "null"], "1"),
    ("null", ["string", "integer"], "null"),  # the string "null", not JSON's null, for a string
    ("", ["string", "integer"], ""),
    ("null", ["object"], "null"),
    ("null", ["boolean"], "null"),
    ("", ["integer"], ""),
])
def test_a_wire_string_becomes_the_value_its_schema_describes(raw: str, types: list[str], expected: Any) -> None:
    value = coerced([raw], param(types))
    assert value == expected and type(value) is type(expected)


def test_a_number_that_is_whole_is_an_integer_and_a_fraction_stays_a_float() -> None:
    assert type(coerced(["5"], param(["number"]))) is int
    assert type(coerced(["5.5"], param(["number"]))) is float


def test_the_last_of_repeated_values_counts() -> None:
    assert coerced(["1", "2", "3"], param(["integer"])) == 3
    assert coerced(["last", "x"], param(["string"])) == "x"


def test_arrays_form_style() -> None:
    assert coerced(["1", "2"], param(["array"], ["integer"])) == [1, 2]
    assert coerced(["1,2"], param(["array"], ["integer"])) == ["1,2"]  # exploded: the comma is data
    assert coerced(["1,2"], param(["array"], ["integer"], style_explode=False)) == [1, 2]
    assert coerced(["1", "2"], param(["array"], ["integer"], style_explode=False)) == [1, 2]
    assert coerced(["1,2", "3"], param(["array"], ["integer"], style_explode=False)) == ["1,2", 3]
    assert coerced(["true"], param(["array"], ["boolean"])) == [True]
    assert coerced(["true"], param(["array"], ["array"])) == ["true"]  # an array of arrays: nothing to read


def test_json_content_parameters() -> None:
    obj = param(["object"], json_content=True)
    assert coerced(['{"a": 1}'], obj) == {"a": 1}
    assert coerced(['{"a": 1}', '{"a": 2}', '{"a": 3}'], obj) == {"a": 3}  # the last one
    assert coerced(["{not json"], obj) == "{not json"  # left for the schema check to refuse
    assert coerced(["{bad", "{worse"], obj) == "{worse"
    array = param(["array"], ["string"], json_content=True)
    assert coerced(['["a", "b"]'], array) == ["a", "b"]
    assert coerced(["a", "b"], array) == ["a", "b"]  # sent form style: OpenAPI's default, accepted too
    assert coerced(["1", "2"], param(["array"], ["integer"], json_content=True)) == [1, 2]
    assert coerced(['["x"]', '["y"]'], array) == ["y"]


def test_media_types_match_exactly_or_by_wildcard() -> None:
    assert media_matches("*/*", "text/csv") and media_matches("application/*", "application/json")
    assert media_matches("application/json", "application/json")
    assert not media_matches("text/*", "application/json")
    assert not media_matches("application/json", "application/xml")
    assert not media_matches("text/plain", "text/plain2")
    assert not media_matches("application/*", "audio/mp4")  # the whole type before the slash
    assert not media_matches("text/*", "textile/plain")


# --- parameters and bodies of a compiled operation -------------------------------------------------------

DOC: dict[str, Any] = json.loads(json.dumps({"paths": {"/items/{id}": {"post": {
    "parameters": [
        {"name": "id", "in": "path", "schema": {"type": "integer", "minimum": 1}},
        {"name": "size", "in": "query", "required": True, "schema": {"type": "string", "enum": ["s", "m"]}},
        {"name": "count", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 10}},
        {"name": "X-Trace", "in": "header", "schema": {"type": "string", "pattern": "^t-"}},
        {"name": "X-Need", "in": "header", "required": True, "schema": {"type": "string"}},
        {"name": "sid", "in": "cookie", "schema": {"type": "string", "minLength": 3}},
        {"name": "filter", "in": "query", "content": {"application/json": {"schema": {
            "type": "object", "required": ["a"]}}}},
    ],
    "requestBody": {"required": True, "content": {"application/json": {"schema": {
        "type": "object", "required": ["name"], "properties": {
            "name": {"type": "string"}, "a": {"type": "integer"}, "b": {"type": "integer"},
            "c": {"type": "integer"}, "d": {"type": "integer"}}}}}},
    "responses": {"200": {"description": "ok"}},
}}, "/notes": {"put": {
    # several media types: an exact match wins over a wildcard listed before it
    "requestBody": {"content": {
        "application/*": {"schema": {"type": "array"}},
        "application/json": {"schema": {"type": "object", "required": ["note"]}},
        "*/*": {"schema": {"type": "string"}},
        "text/plain": {"schema": {"type": "string"}}}},
    "responses": {"200": {"description": "ok"}},
}}, "/deep": {"post": {
    "requestBody": {"content": {"application/json": {"schema": {}}}},
    "responses": {"200": {"description": "ok"}},
}}, "/none": {"get": {"responses": {"200": {"description": "ok"}}}}}}))


def compiled(path: str, method: str) -> Operation:
    return compile_operation(DOC, path, method, DOC["paths"][path])


OP, NOTES, DEEP, NONE = compiled("/items/{id}", "post"), compiled("/notes", "put"), compiled("/deep", "post"), \
    compiled("/none", "get")
VALIDATOR = Validator(SchemaSet(DOC), [OP, NOTES, DEEP, NONE])


def incoming(content_type: str | None = "application/json", **headers: str) -> Incoming:
    raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    if content_type is not None:
        raw.append((b"content-type", content_type.encode()))
    return Incoming({"method": "POST", "path": "/", "headers": raw}, None)


JSON = incoming(**{"X-Need": "y"})


def rejected(call: Any) -> Rejection:
    with pytest.raises(Rejection) as caught:
        call()
    return caught.value


def params(path: dict[str, str], query: dict[str, list[str]], request: Incoming = JSON,
           op: Operation = OP) -> dict[str, dict[str, Any]]:
    return VALIDATOR.parameters(op, {wire(k): wire(v) for k, v in path.items()},
                                {wire(k): [wire(v) for v in vs] for k, vs in query.items()}, request)


def test_every_validator_is_compiled_before_the_first_request() -> None:
    asked: list[str] = []

    class Recording(SchemaSet):
        def validator(self, pointer: str) -> Any:
            asked.append(pointer)
            return super().validator(pointer)

    Validator(Recording(DOC), [OP, NOTES])
    assert "/paths/~1items~1{id}/post/parameters/0/schema" in asked
    assert "/paths/~1items~1{id}/post/parameters/5/schema" in asked  # the last parameter of the operation
    assert "/paths/~1items~1{id}/post/requestBody/content/application~1json/schema" in asked
    assert "/paths/~1notes/put/requestBody/content/text~1plain/schema" in asked  # the last operation's too
    assert len(asked) == 7 + 1 + 4


def test_parameters_are_read_from_each_location_coerced_and_checked() -> None:
    request = incoming(**{"X-Need": "y", "X-Trace": "t-1", "Cookie": "sid=abcd; other=1"})
    values = params({"id": "3"}, {"size": ["s"], "count": ["2"], "filter": ['{"a": 1}']}, request)
    assert values == {"path": {"id": 3}, "query": {"size": "s", "count": 2, "filter": {"a": 1}},
                      "header": {"X-Trace": "t-1", "X-Need": "y"}, "cookie": {"sid": "abcd"}}
    # optional parameters left out are left out; the header and cookie are found whatever else is sent
    assert params({"id": "3"}, {"size": ["m"]}) == {"path": {"id": 3}, "query": {"size": "m"},
                                                     "header": {"X-Need": "y"}, "cookie": {}}


def test_a_missing_required_parameter_is_refused_in_each_location() -> None:
    assert rejected(lambda: params({"id": "3"}, {})).message == "query parameter 'size' is required"
    no_header = incoming()
    assert rejected(lambda: params({"id": "3"}, {"size": ["s"]}, no_header)).message == \
        "header parameter 'X-Need' is required"
    missing_path = rejected(lambda: params({}, {"size": ["s"]}))
    assert missing_path.kind == "invalid" and missing_path.message == "path parameter 'id' is required"


def test_a_parameter_that_breaks_its_schema_is_refused_naming_it() -> None:
    path = rejected(lambda: params({"id": "0"}, {"size": ["s"]}))  # below the minimum
    assert path.kind == "missing" and path.message.startswith("path parameter 'id': ")  # a path that names nothing
    query = rejected(lambda: params({"id": "3"}, {"size": ["xl"]}))
    assert query.kind == "invalid" and query.message.startswith("query parameter 'size': ")
    over = rejected(lambda: params({"id": "3"}, {"size": ["s"], "count": ["11"]}))
    assert over.kind == "invalid" and over.message.startswith("query parameter 'count': ")
    header = rejected(lambda: params({"id": "3"}, {"size": ["s"]}, incoming(**{"X-Need": "y", "X-Trace": "u"})))
    assert header.kind == "invalid" and header.message.startswith("header parameter 'X-Trace': ")
    cookie = rejected(lambda: params({"id": "3"}, {"size": ["s"]}, incoming(**{"X-Need": "y", "Cookie": "sid=a"})))
    assert cookie.kind == "invalid" and cookie.message.startswith("cookie parameter 'sid': ")
    content = rejected(lambda: params({"id": "3"}, {"size": ["s"], "filter": ['{"b": 1}']}))
    assert content.kind == "invalid" and content.message.startswith("query parameter 'filter': ")


def test_an_integer_too_long_to_read_is_refused_not_a_crash() -> None:
    long = rejected(lambda: params({"id": "9" * 5000}, {"size": ["s"]}))
    assert long.kind == "invalid" and long.message == "path parameter 'id': the number is too long"


def test_a_body_is_matched_parsed_and_validated() -> None:
    assert VALIDATOR.body(OP, JSON, b'{"name": "a"}') == {"name": "a"}
    assert VALIDATOR.body(OP, incoming("Application/JSON; charset=utf-8"), b'{"name": "b"}') == {"name": "b"}
    assert rejected(lambda: VALIDATOR.body(OP, JSON, b"")).message == "a request body is required"
    assert VALIDATOR.body(NOTES, JSON, b"") is MISSING  # an optional body left out
    assert VALIDATOR.body(NONE, JSON, b"ignored") is MISSING  # an operation that takes no body
    invalid = rejected(lambda: VALIDATOR.body(OP, JSON, b'{"name": 5}'))
    assert invalid.kind == "invalid" and invalid.field == "/name" and invalid.message.startswith("body")


def test_the_field_of_a_refusal_is_the_first_problem_named() -> None:
    refused = rejected(lambda: VALIDATOR.body(OP, JSON, b'{"a": "x", "name": 1}'))
    assert refused.message == 'body/a: "x" is not of type "integer"; body/name: 1 is not of type "string"'
    assert refused.field == "/a"


def test_at_most_three_problems_of_a_body_are_reported() -> None:
    invalid = rejected(lambda: VALIDATOR.body(OP, JSON, b'{"name": 1, "a": "x", "b": "x", "c": "x", "d": "x"}'))
    assert invalid.message.count("; ") == 2


def test_a_body_that_is_not_json_is_malformed() -> None:
    for raw in (b"{", b"\xff\xfe", b'{"a": NaN}'):
        assert rejected(lambda raw=raw: VALIDATOR.body(OP, JSON, raw)).kind == "malformed"
    # deep enough to exhaust the parser that reads integers beyond 64 bits: refused, not a crash
    deep = b"[" * 100_000 + b"1" * 25 + b"]" * 100_000
    too_deep = rejected(lambda: VALIDATOR.body(DEEP, JSON, deep))
    assert too_deep.kind == "malformed" and too_deep.message == "the body is nested too deeply"


def test_the_media_type_picks_the_schema() -> None:
    # the exact media type's schema, not the wildcard's listed before it
    assert VALIDATOR.body(NOTES, JSON, b'{"note": "x"}') == {"note": "x"}
    assert rejected(lambda: VALIDATOR.body(NOTES, JSON, b'"just a string"')).kind == "invalid"
    # else the first wildcard that matches, in the order the spec lists them
    assert VALIDATOR.body(NOTES, incoming("application/vnd.x+json"), b"[1]") == [1]
    assert rejected(lambda: VALIDATOR.body(NOTES, incoming("application/vnd.x+json"), b'"s"')).kind == "invalid"
    # a media type that is not JSON: the text as sent, unparsed
    assert VALIDATOR.body(NOTES, incoming("text/plain"), b"{not json") == "{not json"
    assert VALIDATOR.body(NOTES, incoming("text/csv"), b"a,b") == "a,b"
    refused = rejected(lambda: VALIDATOR.body(OP, incoming("text/plain"), b"x"))
    assert refused.kind == "media" and refused.message == \
        "Content-Type 'text/plain' is not accepted; send application/json"
    assert rejected(lambda: VALIDATOR.body(OP, incoming(None), b"x")).message == \
        "Content-Type '(none)' is not accepted; send application/json"


def test_an_array_over_the_limit_is_refused_with_its_pointer() -> None:
    raw = json.dumps({"name": "a", "list": [0] * 1001}).encode()
    over = rejected(lambda: VALIDATOR.body(OP, JSON, raw))
    assert over.kind == "invalid" and over.field == "/list"
    assert over.message == "body/list: an array of 1001 entries; the mock accepts at most 1000 per request"


def nested(depth: int, opener: str, leaf: bool) -> bytes:
    """``depth`` containers one inside another, the outermost first: lists (``[``), objects (``{``) or the two
    alternating (``[{``, ``{[``); the innermost empty, or holding the number 1 (``leaf``)."""
    value: Any = None
    for level in reversed(range(depth)):
        kind = opener[level % len(opener)]
        if level == depth - 1:
            value = ([1] if leaf else []) if kind == "[" else ({"k": 1} if leaf else {})
        else:
            value = [value] if kind == "[" else {"k": value}
    return json.dumps(value).encode()


@pytest.mark.parametrize("opener", ["[", "{", "[{", "{["])
@pytest.mark.parametrize("leaf", [False, True])
def test_a_body_may_nest_64_levels_and_no_more(opener: str, leaf: bool) -> None:
    ok, deep = nested(64, opener, leaf), nested(65, opener, leaf)
    assert ok.count(b"[") + ok.count(b"{") == 64
    assert VALIDATOR.body(DEEP, JSON, ok) == json.loads(ok)
    refused = rejected(lambda: VALIDATOR.body(DEEP, JSON, deep))
    assert refused.kind == "malformed" and refused.message == "the body is nested deeper than 64 levels"


@pytest.mark.parametrize("opener", ["[", "{"])
@pytest.mark.parametrize("leaf", [False, True])
def test_the_depth_is_measured_when_the_brackets_alone_do_not_settle_it(opener: str, leaf: bool) -> None:
    """More than 64 brackets in all: the nesting itself is walked. The outer object is the first level."""
    def body(depth: int) -> bytes:
        return json.dumps({"deep": json.loads(nested(depth - 1, opener, leaf)), "wide": [{}, {}, {}]}).encode()

    assert VALIDATOR.body(DEEP, JSON, body(64)) == json.loads(body(64))
    refused = rejected(lambda: VALIDATOR.body(DEEP, JSON, body(65)))
    assert refused.message == "the body is nested deeper than 64 levels"


def test_many_containers_side_by_side_are_not_depth() -> None:
    wide = json.dumps([{"a": [1]} for _ in range(200)]).encode()
    assert VALIDATOR.body(DEEP, JSON, wide) == json.loads(wide)
    # more brackets than 64 in all, 40 levels deep: each level counts once, lists and objects alike
    for opener in ("[", "{"):
        body = json.loads(nested(40, opener, leaf=True))
        mixed = json.dumps({"deep": body, "wide": [{} for _ in range(30)]}).encode()
        assert VALIDATOR.body(DEEP, JSON, mixed) == json.loads(mixed)
