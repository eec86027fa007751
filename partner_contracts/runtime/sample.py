"""A small, deterministic instance of a JSON Schema: what the mock answers when the spec has no example.

The mock computes these once, at start (``operations``); the webhook harness and the docs pages use it too.
"""

from __future__ import annotations

from typing import Any

from partner_contracts.spec.deref import schema_of

_FORMATS = {
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "time": "00:00:00Z",
    "email": "partner@example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "ipv4": "127.0.0.1",
}


def sample(schema: Any, document: dict[str, Any], depth: int = 0) -> Any:
    if not isinstance(schema, dict) or depth > 12:
        return None
    schema, hops = schema_of(document, schema)  # each reference followed counts as a level, as before
    depth += hops
    if not isinstance(schema, dict) or depth > 12:
        return None
    for keyword in ("const", "default"):
        if keyword in schema:
            return schema[keyword]
    if schema.get("examples"):
        return schema["examples"][0]
    if schema.get("enum"):
        return schema["enum"][0]
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(part, document, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for keyword in ("oneOf", "anyOf"):
        if schema.get(keyword):
            return sample(schema[keyword][0], document, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else None
    if kind == "object":
        return {
            name: sample(sub, document, depth + 1)
            for name, sub in (schema.get("properties") or {}).items()
            if name in (schema.get("required") or []) or depth < 4
        }
    if kind == "array":
        count = max(int(schema.get("minItems", 0)), 1 if depth < 4 else 0)
        return [sample(schema.get("items") or {}, document, depth + 1) for _ in range(count)]
    if kind == "string":
        if "format" in schema and schema["format"] in _FORMATS:
            return _FORMATS[schema["format"]]
        return "x" * max(int(schema.get("minLength", 0)), 1)
    if kind in ("integer", "number"):
        value = schema.get("minimum", schema.get("exclusiveMinimum", -1) + 1 if "exclusiveMinimum" in schema else 0)
        return int(value) if kind == "integer" else value
    if kind == "boolean":
        return True
    return None
