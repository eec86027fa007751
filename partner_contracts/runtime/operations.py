"""The spec dereferenced once, at start, into operation objects: what every later stage reads.

``compile_operation`` turns one ``paths`` entry into an ``Operation``: its parameters (``$ref`` followed,
schema types and a fast Python check for the simplest schemas), its request body media types, its security
and its ``Response`` objects — each with its first media type, its named examples and the body served when
none is named (the spec's example, else a sample of its schema). Schemas themselves stay referenced by JSON
pointer: the validators (``schemas.SchemaSet``) resolve them through jsonschema-rs's registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from partner_contracts.spec.deref import dereference, escape, schema_of, target_of

from .sample import sample
from .values import MISSING

METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")


@dataclass
class Param:
    name: str
    location: str
    required: bool
    pointer: str  # JSON pointer of its schema
    types: tuple[str, ...]
    item_types: tuple[str, ...]
    style_explode: bool = True
    json_content: bool = False  # described with `content: {application/json: ...}`: the value is JSON text
    # For simple schemas (a string, an enum of strings, an integer within bounds, a boolean): a Python test
    # that a value certainly satisfies it; anything it does not pass goes to the full validator.
    quick: Callable[[Any], bool] | None = None


@dataclass
class Response:
    """One documented response (a status, ``4XX`` or ``default``), dereferenced."""

    pointer: str  # JSON pointer of the response object (where its $ref led)
    spec: dict[str, Any]  # the response object
    media: str | None  # its first media type: what the mock answers with
    examples: dict[str, Any]  # the named examples of that media type: name -> value
    served: Any = MISSING  # the body answered when no example is named (MISSING: no body)


@dataclass
class Operation:
    op_id: str
    method: str
    path: str
    pointer: str
    params: list[Param]
    body_required: bool
    body_media: dict[str, str]  # media type -> schema pointer
    security: list[dict[str, list[str]]]
    statuses: list[str]
    success: str
    responses: dict[str, Response]
    documented: frozenset[int] = frozenset()  # the numeric statuses, for choosing a rejection's status


def _types(schema: Any, doc: dict[str, Any], depth: int = 0) -> tuple[str, ...]:
    """The JSON types a (parameter) schema admits, following $ref and anyOf/oneOf."""
    if not isinstance(schema, dict) or depth > 10:
        return ()
    schema, hops = schema_of(doc, schema)
    if hops:
        return _types(schema, doc, depth + hops)
    kind = schema.get("type")
    if isinstance(kind, str):
        return (kind,)
    if isinstance(kind, list):
        return tuple(kind)
    found: list[str] = []
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key) or []:
            found.extend(t for t in _types(sub, doc, depth + 1) if t not in found)
    if not found and "enum" in schema:
        found = sorted({type(v).__name__.replace("str", "string").replace("int", "integer") for v in schema["enum"]})
    return tuple(found)


_ANNOTATIONS = frozenset({"description", "title", "example", "examples", "deprecated", "default", "x-source"})


def _quick_check(schema: Any, doc: dict[str, Any]) -> Callable[[Any], bool] | None:
    """A Python test that passes only values the schema accepts, for the simplest parameter schemas."""
    schema = target_of(doc, schema)
    if not isinstance(schema, dict):
        return None
    kind, rules = schema.get("type"), set(schema) - _ANNOTATIONS - {"type"}
    if kind == "string" and not rules:
        return lambda value: type(value) is str
    if kind == "string" and rules == {"enum"} and isinstance(schema["enum"], list):
        allowed = frozenset(v for v in schema["enum"] if isinstance(v, str))
        return lambda value: type(value) is str and value in allowed
    if kind == "integer" and rules <= {"minimum", "maximum"}:
        low, high = schema.get("minimum"), schema.get("maximum")
        if not all(b is None or (isinstance(b, (int, float)) and not isinstance(b, bool)) for b in (low, high)):
            return None
        return lambda value: (type(value) is int and (low is None or value >= low)
                              and (high is None or value <= high))
    if kind == "boolean" and not rules:
        return lambda value: type(value) is bool
    return None


def _item_types(schema: Any, doc: dict[str, Any]) -> tuple[str, ...]:
    schema, _ = schema_of(doc, schema)
    return _types((schema or {}).get("items"), doc) if isinstance(schema, dict) else ()


def compile_response(doc: dict[str, Any], raw: Any, pointer: str) -> Response:
    """A response object with its ``$ref`` (and its examples' ``$ref``) followed, and the body it serves."""
    spec, pointer = dereference(doc, raw, pointer)
    spec = spec if isinstance(spec, dict) else {}
    for media, content in (spec.get("content") or {}).items():  # the first media type is the one served
        named = content.get("examples") or {}
        examples = {name: dereference(doc, example, "")[0].get("value") for name, example in named.items()}
        if examples:
            served = next(iter(examples.values()))
        elif "example" in content:
            served = content["example"]
        else:
            served = sample(content.get("schema") or {}, doc)
        return Response(pointer, spec, media, examples, served)
    return Response(pointer, spec, None, {})


def compile_operation(doc: dict[str, Any], path: str, method: str, item: dict[str, Any]) -> Operation:
    pointer = f"/paths/{escape(path)}/{method}"
    op = item[method]
    params: dict[tuple[str, str], Param] = {}
    for base, plist in ((f"/paths/{escape(path)}/parameters", item.get("parameters")),
                        (f"{pointer}/parameters", op.get("parameters"))):
        for i, found in enumerate(plist or []):
            raw, p_pointer = dereference(doc, found, f"{base}/{i}")
            schema = raw.get("schema") or {}
            schema_pointer = p_pointer + "/schema"
            content = raw.get("content") or {}
            if not schema and content:
                media = next(iter(content))
                schema = content[media].get("schema") or {}
                schema_pointer = f"{p_pointer}/content/{escape(media)}/schema"
            params[(raw["in"], raw["name"])] = Param(
                name=raw["name"],
                location=raw["in"],
                required=bool(raw.get("required")) or raw["in"] == "path",
                pointer=schema_pointer,
                types=_types(schema, doc),
                item_types=_item_types(schema, doc),
                style_explode=raw.get("explode", raw.get("style", "form") == "form"),
                json_content=bool(content) and not raw.get("schema"),
                quick=_quick_check(schema, doc),
            )
    body, body_pointer = dereference(doc, op.get("requestBody") or {}, f"{pointer}/requestBody")
    media = {m: f"{body_pointer}/content/{escape(m)}/schema" for m, c in (body.get("content") or {}).items()
             if isinstance(c, dict) and "schema" in c}
    responses = op.get("responses") or {}
    statuses = [str(s) for s in responses]
    success = min((s for s in statuses if s.startswith("2")), default="200")
    security = op["security"] if "security" in op else doc.get("security") or []
    return Operation(
        op_id=op.get("operationId") or f"{method} {path}",
        method=method.upper(), path=path, pointer=pointer, params=list(params.values()),
        body_required=bool(body.get("required")), body_media=media, security=security,
        statuses=statuses, success=success,
        responses={str(s): compile_response(doc, r, f"{pointer}/responses/{escape(str(s))}")
                   for s, r in responses.items()},
        documented=frozenset(int(s) for s in statuses if s.isdigit()),
    )
