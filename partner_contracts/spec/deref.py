"""Following ``$ref``: the one place the mock does it, once, while the app is built.

``operations`` dereferences each operation's parameters, request body, responses and examples with these
helpers; ``sample`` resolves schema references through them. Schemas themselves stay referenced for the
validators (jsonschema-rs resolves ``$ref`` through its registry). A chain of references is followed at most
``MAX_HOPS`` times, so a cycle (``A: {$ref: B}``, ``B: {$ref: A}``) ends instead of looping.
"""

from __future__ import annotations

from typing import Any

MAX_HOPS = 10


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve_pointer(document: Any, pointer: str) -> Any:
    """Resolve a JSON pointer (``#/a/b`` or ``/a/b``); KeyError names the first missing token."""
    node = document
    for raw in pointer.lstrip("#").split("/")[1:]:
        token = unescape(raw)
        if isinstance(node, list):
            try:
                node = node[int(token)]
            except (ValueError, IndexError):
                raise KeyError(token) from None
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            raise KeyError(token)
    return node


def at(document: Any, pointer: str) -> Any:
    """The node at a JSON pointer (``#/a/b`` or ``/a/b``); KeyError names the first missing token."""
    return resolve_pointer(document, pointer)


def dereference(document: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """``node`` (found at ``pointer``) with its ``$ref`` followed, and the pointer of what it names."""
    for _ in range(MAX_HOPS):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        pointer = node["$ref"].lstrip("#")
        node = resolve_pointer(document, node["$ref"])
    return node, pointer


def schema_of(document: dict[str, Any], schema: Any) -> tuple[Any, int]:
    """A schema with its ``$ref`` followed (keywords written beside the ``$ref`` win over the target's),
    and how many references were followed."""
    for hops in range(MAX_HOPS):
        if not (isinstance(schema, dict) and "$ref" in schema):
            return schema, hops
        target = resolve_pointer(document, schema["$ref"])
        if not isinstance(target, dict):
            return target, hops + 1
        schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
    return {k: v for k, v in schema.items() if k != "$ref"}, MAX_HOPS


def target_of(document: dict[str, Any], schema: Any) -> Any:
    """A schema that is nothing but a reference, replaced by what it names (a chain followed); any other
    schema as it is (keywords beside a ``$ref`` also apply, so the target alone would say too little)."""
    for _ in range(MAX_HOPS):
        if not (isinstance(schema, dict) and set(schema) == {"$ref"}):
            break
        schema = resolve_pointer(document, schema["$ref"])
    return schema
