"""JSON pointers and following ``$ref``: the one place the package does it (:func:`follow`).

``dereference`` / ``schema_of`` / ``target_of`` are ``follow`` with its options named for their callers
(an object, a schema whose sibling keywords apply, a schema that is only a reference); ``references``
lists every reference reachable from a node (the docs page and evidence). Schemas stay referenced for the
validators (jsonschema-rs resolves ``$ref`` through its registry). A chain of references is followed at
most ``MAX_HOPS`` times, so a cycle (``A: {$ref: B}``, ``B: {$ref: A}``) ends instead of looping.
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


def follow(
    document: Any,
    node: Any,
    pointer: str = "",
    *,
    merge: bool = False,
    whole: bool = False,
    trail: list[str] | None = None,
    stop_at_missing: bool = False,
) -> tuple[Any, str, int]:
    """The one ``$ref`` follower: ``node`` (found at ``pointer``) with its chain of references followed, at
    most ``MAX_HOPS``; returns (what it names, that pointer, how many references were followed).

    ``merge``: keywords written beside a ``$ref`` win over the target's (a schema: both apply), and the
    result has no ``$ref``; ``whole``: only a node that is nothing but a ``$ref`` is followed; ``trail``
    gets the pointer of each reference followed; ``stop_at_missing``: a reference to nothing ends the chain
    there (else KeyError names the missing token)."""
    hops = 0
    while hops < MAX_HOPS and isinstance(node, dict):
        ref = node.get("$ref")
        if not isinstance(ref, str) or (whole and len(node) != 1):
            return node, pointer, hops
        pointer = ref.lstrip("#")
        if trail is not None:
            trail.append(pointer)
        try:
            target = resolve_pointer(document, ref)
        except KeyError:
            if stop_at_missing:
                return node, pointer, hops
            raise
        hops += 1
        if not merge:
            node = target
        elif not isinstance(target, dict):
            return target, pointer, hops
        else:
            node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    if merge and hops == MAX_HOPS and isinstance(node, dict):
        node = {k: v for k, v in node.items() if k != "$ref"}
    return node, pointer, hops


def dereference(document: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """``node`` (found at ``pointer``) with its ``$ref`` followed, and the pointer of what it names."""
    node, pointer, _ = follow(document, node, pointer)
    return node, pointer


def schema_of(document: dict[str, Any], schema: Any) -> tuple[Any, int]:
    """A schema with its ``$ref`` followed (keywords written beside the ``$ref`` win over the target's),
    and how many references were followed."""
    schema, _, hops = follow(document, schema, merge=True)
    return schema, hops


def target_of(document: dict[str, Any], schema: Any) -> Any:
    """A schema that is nothing but a reference, replaced by what it names (a chain followed); any other
    schema as it is (keywords beside a ``$ref`` also apply, so the target alone would say too little)."""
    return follow(document, schema, whole=True)[0]


def references(
    document: Any,
    node: Any,
    *,
    start: str | None = None,
    skip: frozenset[str] = frozenset(),
    limit: int | None = None,
) -> list[str]:
    """Every internal ``$ref`` (``#/...``) reachable from ``node``, each target entered once, in the order
    found (``start``, the node's own pointer, first when given); keys in ``skip`` are not entered; at most
    ``limit`` found (a bound on a huge spec)."""
    found: dict[str, None] = {f"#{start}": None} if start is not None else {}
    todo = [node]
    while todo and (limit is None or len(found) < limit):
        stack = [todo.pop()]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                ref = item.get("$ref")
                if isinstance(ref, str) and ref.startswith("#") and ref not in found:
                    found[ref] = None
                    try:
                        todo.append(resolve_pointer(document, ref))
                    except KeyError:
                        pass
                stack.extend(v for k, v in item.items() if k not in skip)
            elif isinstance(item, list):
                stack.extend(item)
    return list(found)
