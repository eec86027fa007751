"""Stage 3 — validate: parameters and body, read from the wire and checked against the operation's schemas.

Parameters are coerced from their wire strings (form style, or JSON content) to the JSON values their
schemas describe, then checked — by a Python fast check (``Param.quick``) where the schema is that
simple, else by the compiled validator. A body is matched to a declared media type (415 otherwise), parsed
as strict JSON, bounded (sizes, depth), then validated. Every problem is a ``Rejection``.
"""

from __future__ import annotations

import functools
import json
import math
import re
from typing import Any

from partner_contracts.spec.schemas import SchemaSet

from .http import Incoming, Rejection, finite_float, parse_json
from .limits import over_limit
from .operations import Operation, Param
from .values import MISSING

MAX_DEPTH = 64


class Validator:
    """The input checks of one API: its compiled schema validators (``schemas``)."""

    def __init__(self, schemas: SchemaSet, operations: list[Operation]) -> None:
        self.schemas = schemas
        for op in operations:  # compile every validator now, not on the first request
            for p in op.params:
                schemas.validator(p.pointer)
            for pointer in op.body_media.values():
                schemas.validator(pointer)

    def parameters(self, op: Operation, path_values: dict[str, str], query: dict[str, list[str]],
                   request: Incoming) -> dict[str, dict[str, Any]]:
        values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
        for p in op.params:
            if p.location == "path":
                raw: list[str] | None = [path_values[p.name]] if p.name in path_values else None
            elif p.location == "query":
                raw = query.get(p.name)
            elif p.location == "header":
                raw = request.header_list(p.name) or None
            else:
                cookie = request.cookies.get(p.name)
                raw = [cookie] if cookie is not None else None
            if raw is None:
                if p.required:
                    raise Rejection("invalid", f"{p.location} parameter {p.name!r} is required")
                continue
            try:
                value = coerce(raw, p)
            except ValueError:  # an integer of more than sys.get_int_max_str_digits() digits
                raise Rejection("invalid", f"{p.location} parameter {p.name!r}: the number is too long") from None
            problems = () if p.quick is not None and p.quick(value) else \
                self.schemas.problems(p.pointer, value, limit=1)
            if problems:
                kind = "missing" if p.location == "path" else "invalid"
                raise Rejection(kind, f"{p.location} parameter {p.name!r}: {problems[0].message}")
            values[p.location][p.name] = value
        return values

    def body(self, op: Operation, request: Incoming, raw: bytes) -> Any:
        if not op.body_media:
            return MISSING
        if not raw:
            if op.body_required:
                raise Rejection("invalid", "a request body is required")
            return MISSING
        declared = request.headers.get("content-type", "")
        media = declared.split(";")[0].strip().lower()
        pointer = op.body_media.get(media) or next(
            (ptr for m, ptr in op.body_media.items() if media_matches(m, media)), None)
        if pointer is None:
            raise Rejection("media", f"Content-Type {declared or '(none)'!r} is not accepted; "
                                     f"send {' or '.join(op.body_media)}")
        if not media.endswith("json"):
            return raw.decode("utf-8", "replace")
        try:
            value = parse_json(raw)
        except (UnicodeDecodeError, ValueError) as exc:
            raise Rejection("malformed", f"the body is not valid JSON: {exc}") from None
        except RecursionError:
            raise Rejection("malformed", "the body is nested too deeply") from None
        over = over_limit(raw, value)  # before the depth walk: an over-long array is refused unread
        if over is not None:
            raise Rejection("invalid", f"body{over[0]}: {over[1]}", field=over[0])
        if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH and _depth(value) > MAX_DEPTH:
            raise Rejection("malformed", f"the body is nested deeper than {MAX_DEPTH} levels")
        problems = self.schemas.problems(pointer, value, limit=3)
        if problems:
            raise Rejection("invalid", "; ".join(p.describe("body") for p in problems), field=problems[0].path)
        return value


def media_matches(declared: str, sent: str) -> bool:
    if declared in ("*/*", sent):
        return True
    if declared.endswith("/*"):
        return sent.startswith(declared[:-1])
    return False


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


_INT = re.compile(r"^-?\d+$")
_WHOLE = re.compile(r"^-?\d{1,300}\.0*$")


@functools.lru_cache(maxsize=256)
def _scalar_order(types: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(types or ("string",), key=lambda t: t == "string"))


def _scalar(raw: str, types: tuple[str, ...]) -> Any:
    # A string is the fallback: "5" for `anyOf: [string enum, integer enum]` is the integer 5.
    if types == ("string",) or not types:
        return raw
    if types == ("integer",) and raw.isascii() and raw.isdigit():
        return int(raw)
    for kind in _scalar_order(types):
        if kind == "integer" and _INT.match(raw):
            return int(raw)
        if kind == "integer" and _WHOLE.match(raw):  # "5.0" is the integer 5 in JSON Schema
            return int(float(raw)) if math.isfinite(float(raw)) else raw
        if kind == "number":
            try:
                number = float(raw)
            except ValueError:
                continue
            if math.isfinite(number):
                return int(number) if _INT.match(raw) else number
        if kind == "boolean" and raw in ("true", "false"):
            return raw == "true"
        if kind == "null" and raw in ("", "null"):
            return None
        if kind == "string":
            return raw
    return raw


def coerce(raw: list[str], param: Param) -> Any:
    """Wire strings to the JSON value the parameter's schema describes (form style, or JSON content)."""
    if param.json_content:
        try:
            value = json.loads(raw[-1], parse_float=finite_float)
        except ValueError:
            value = MISSING  # not JSON: the schema check reports it (an array: read form style below)
        if "array" not in param.types or isinstance(value, list):
            return raw[-1] if value is MISSING else value
        # an array parameter sent form style (?ids=a or ?ids=a&ids=b): OpenAPI's default, accepted too
        return [_scalar(v, param.item_types) for v in raw]
    if "array" in param.types:
        values = raw if param.style_explode or len(raw) > 1 else raw[0].split(",")
        return [_scalar(v, param.item_types) for v in values]
    return _scalar(raw[-1] if raw else "", param.types)
