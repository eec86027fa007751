"""JSON pointers and following ``$ref``: the one place the package does it (:func:`follow`).

``dereference`` / ``schema_of`` / ``target_of`` / ``tolerant`` are ``follow`` with its options named for
their callers (an object, a schema whose sibling keywords apply, a schema that is only a reference, a node of
a document that may be broken — the breaking-change diff's two sides); ``references`` lists every reference
reachable from a node (the docs page and evidence). Schemas stay referenced for the validators
(jsonschema-rs resolves ``$ref`` through its registry). A chain of references is followed at most
``MAX_HOPS`` times, or without a limit until it closes a cycle, so a cycle (``A: {$ref: B}``,
``B: {$ref: A}``) ends instead of looping. No other module reads a ``$ref`` to follow it
(tests/test_architecture.py checks).
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
    limit: int | None = MAX_HOPS,
) -> tuple[Any, str, int]:
    """The one ``$ref`` follower: ``node`` (found at ``pointer``) with its chain of references followed, at
    most ``limit`` times; returns (what it names, that pointer, how many references were followed).

    ``merge``: keywords written beside a ``$ref`` win over the target's (a schema: both apply), and the
    result has no ``$ref``; ``whole``: only a node that is nothing but a ``$ref`` is followed; ``trail``
    gets the pointer of each reference followed; ``stop_at_missing``: a reference to nothing ends the chain
    there (else KeyError names the missing token); ``limit=None``: no limit, a cycle ends the chain where it
    closes (at the reference that names a target already passed). Only internal references (``#/…``) are
    followed: references to other files are the bundler's (:func:`partner_contracts.spec.api.bundle`)."""
    return _chain(
        document,
        node,
        pointer,
        merge=merge,
        whole=whole,
        trail=trail,
        stop_at_missing=stop_at_missing,
        limit=limit,
    )[:3]


def _chain(
    document: Any,
    node: Any,
    pointer: str,
    *,
    merge: bool,
    whole: bool = False,
    trail: list[str] | None = None,
    stop_at_missing: bool,
    limit: int | None,
) -> tuple[Any, str, int, str]:
    """:func:`follow`, and why the chain ended: "" (at a node that is no reference), "missing", "cycle"
    (``limit=None``) or "limit"."""
    hops = 0
    passed: set[str] = set()
    while isinstance(node, dict):
        ref = node.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/") or (whole and len(node) != 1):
            return node, pointer, hops, ""
        if limit is not None and hops >= limit:
            return _without_ref(node) if merge else node, pointer, hops, "limit"
        if limit is None:
            if ref in passed:
                return _without_ref(node) if merge else node, pointer, hops, "cycle"
            passed.add(ref)
        pointer = ref[1:]
        if trail is not None:
            trail.append(pointer)
        try:
            target = resolve_pointer(document, ref)
        except KeyError:
            if stop_at_missing:
                return node, pointer, hops, "missing"
            raise
        hops += 1
        siblings = {k: v for k, v in node.items() if k != "$ref"} if merge else {}
        node = {**target, **siblings} if siblings and isinstance(target, dict) else target
    return node, pointer, hops, ""


def _without_ref(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if k != "$ref"}


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


def tolerant(document: dict[str, Any], node: Any) -> tuple[Any, str | None]:
    """For a document that may be broken (a side of ``partner-contracts diff``), where a bad reference is no
    crash: ``node`` with its chain of references followed to its end (no hop limit), keywords beside a
    ``$ref`` winning over the target's; a reference to nothing ends at None, a cycle at ``{}``. Returns
    (that, the pointer of the last reference followed, or None when ``node`` is no reference)."""
    found, pointer, hops, end = _chain(document, node, "", merge=True, stop_at_missing=True, limit=None)
    if end == "missing":
        return None, pointer
    return ({} if end == "cycle" else found), (pointer if hops else None)


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
