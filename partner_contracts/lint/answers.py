"""Lint rules against unmarked guesses in what servers send (issue 24), run by ``validate`` beside lint.py's.

- ``answer-required``: every ``required`` entry of a schema reachable from an answer (a response body or
  a webhook payload) is marked required by an answer table of the document (a table under a "Response"
  heading whose Required column says so), or is an id or envelope key named by the API's ledger policy
  (an entry with ``answer_required: [name | Schema.name, ...]``), or carries an ``x-unverified`` note
  that speaks of ``required`` (on the property or on the object): a note about the field's type or
  values does not excuse a guessed ``required``. A policy name that is no property of an answer schema
  is reported at the ledger entry (a typo would silently allow nothing).
- ``answer-default``: no ``default`` on a schema reachable from an answer (a default describes what a
  server assumes of a request; on an answer it makes the client invent a value the server did not send).
- ``null-only-type``: a property whose every example value is ``null`` or ``[]`` says nothing of its
  type; when the spec gives it a concrete one (a type besides null, items with a type, a $ref) that no
  table of the section states (a table types a null; it never types the items of a ``[]``), the
  property carries ``x-unverified``.
- ``label-source``: a vendor-language label (``x-label-vi``, any ``x-label-*``) appears in the source
  document (whitespace and case aside): a label the document does not have is an invented meaning.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from partner_contracts.lint.context import (
    Finding,
    _cited_sections,
    _Context,
    _example_sites,
    _example_value,
    _schema_nodes,
    section_spans,
)
from partner_contracts.spec import sources
from partner_contracts.spec.api import SpecError, iter_operations, load_yaml, sources_dir
from partner_contracts.spec.deref import escape, follow, resolve_pointer, unescape

_NOT_SCHEMA = ("examples", "example", "x-vendor-examples", "x-enum-descriptions", "default", "const", "enum")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA = ("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
              "unevaluatedProperties", "unevaluatedItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs")


def _follow(doc: dict[str, Any], node: Any) -> tuple[str, Any] | None:
    """One reference followed: (its target's pointer, the target); None when ``node`` is no reference or
    names nothing (rule_refs / the bundler report that)."""
    target, pointer, hops = follow(doc, node, limit=1, stop_at_missing=True)
    return (pointer, target) if hops else None


def schema_nodes(doc: dict[str, Any], pointer: str, seen: set[str] | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object reachable from the schema at ``pointer`` (references followed once), with its pointer."""
    seen = set() if seen is None else seen
    stack = [pointer]
    while stack:
        here = stack.pop()
        if here in seen:
            continue
        seen.add(here)
        try:
            node = resolve_pointer(doc, here)
        except KeyError:
            continue
        if not isinstance(node, dict):
            continue
        yield here, node
        target = _follow(doc, node)
        if target:
            stack.append(target[0])
        for key in _SUBSCHEMA:
            if isinstance(node.get(key), dict):
                stack.append(f"{here}/{escape(key)}")
        for key in _SUBSCHEMA_LISTS:
            for i, _ in enumerate(node.get(key) or []):
                stack.append(f"{here}/{key}/{i}")
        for key in _SUBSCHEMA_MAPS:
            if isinstance(node.get(key), dict):
                stack.extend(f"{here}/{key}/{escape(name)}" for name in node[key])


def answer_schemas(ctx: _Context) -> dict[str, tuple[dict[str, Any], set[str]]]:
    """Schemas reachable from an answer: pointer -> (schema, pointers of the operations whose answers reach it)."""
    found: dict[str, tuple[dict[str, Any], set[str]]] = {}
    for operation, site in _answer_media(ctx.doc):
        for pointer, node in schema_nodes(ctx.doc, site + "/schema"):
            found.setdefault(pointer, (node, set()))[1].add(operation)
    return found


def _answer_media(doc: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(operation pointer, media type pointer) of every response body and webhook payload, a referenced
    response at its own place in ``components``."""
    for kind, _name, _method, op, pointer in iter_operations(doc):
        bodies: list[tuple[str, Any]] = []
        if kind == "webhooks":
            bodies.append((f"{pointer}/requestBody", op.get("requestBody")))
        for status, response in (op.get("responses") or {}).items():
            bodies.append((f"{pointer}/responses/{escape(str(status))}", response))
        for here, body in bodies:
            target = _follow(doc, body)
            if target:
                here, body = target
            for media in ((body or {}).get("content") or {}) if isinstance(body, dict) else {}:
                yield pointer, f"{here}/content/{escape(media)}"


def _note(node: Any) -> str:
    note = node.get("x-unverified") if isinstance(node, dict) else None
    return note.strip() if isinstance(note, str) else ""


# --- answer-required -----------------------------------------------------------------------------------

def ledger_policy(path: Path) -> set[str]:
    """The names an API's ledger lets answers require: ``answer_required`` of its policy entries."""
    return set(_policy_entries(path))


def _policy_entries(path: Path) -> dict[str, int | None]:
    """Each ``answer_required`` name of the ledger and the line of the entry naming it."""
    if not path.is_file():
        return {}
    try:
        ledger = load_yaml(path)
    except SpecError:
        return {}  # rule_ledger reports it
    names: dict[str, int | None] = {}
    for entry in (ledger.get("entries") if isinstance(ledger, dict) else None) or []:
        if isinstance(entry, dict) and isinstance(entry.get("answer_required"), list):
            names.update((str(name), getattr(entry, "line", None)) for name in entry["answer_required"])
    return names


@lru_cache(maxsize=256)
def _rows(path: Path, start: int, end: int) -> tuple[sources.Row, ...]:
    return tuple(sources.table_rows(path, start, end, words_after=None))


def _table_required(ctx: _Context, operations: set[str]) -> set[str]:
    """Fields an answer table of the operations' source sections marks required."""
    return {row.field for row in _section_rows(ctx, operations) if row.answer and row.required}


def _table_fields(ctx: _Context, operations: set[str]) -> set[str]:
    """Fields a table of the operations' source sections documents."""
    return {row.field for row in _section_rows(ctx, operations)}


def _section_rows(ctx: _Context, operations: set[str]) -> list[sources.Row]:
    """The table rows of the source sections cited (``x-source``) by the objects at these pointers:
    operations, and the component schema a property belongs to."""

    found: list[sources.Row] = []
    cited = _cited_sections(ctx.doc)
    for pointer in sorted(operations):
        try:
            source = resolve_pointer(ctx.doc, pointer).get("x-source")
        except (KeyError, AttributeError):
            continue
        for path, _section, start, end in section_spans(ctx.doc, source, cited):
            found.extend(_rows(path, start, end))
    return found


def _component_pointer(pointer: str) -> str:
    return "/".join(pointer.split("/")[:4])


def _speaks_of_required(node: Any) -> bool:
    """Whether the node's x-unverified note is about what is required (a note on its type or values is not)."""
    return "required" in _note(node).lower()


def _component(pointer: str) -> str:
    parts = pointer.split("/")
    return parts[3] if len(parts) > 3 and parts[1] == "components" and parts[2] == "schemas" else ""


def rule_answer_required(ctx: _Context) -> None:

    entries = _policy_entries(ctx.api.ledger_path)
    policy = set(entries)
    answers = answer_schemas(ctx)
    known = {name for pointer, (node, _ops) in answers.items() for name in node.get("properties") or {}}
    known |= {f"{_component(pointer)}.{name}" for pointer, (node, _ops) in answers.items()
              for name in node.get("properties") or {}}
    for name, line in sorted(entries.items()):
        if name not in known:
            ctx.report.findings.append(Finding(
                "answer-required", f"answer_required names {name!r}, which is no property of an answer or webhook "
                "schema: correct the name (a property name, or Schema.name)", str(ctx.api.ledger_path), line))
    for pointer, (node, operations) in answers.items():
        required = node.get("required")
        if not isinstance(required, list) or not required:
            continue
        properties: dict[str, Any] = node["properties"] if isinstance(node.get("properties"), dict) else {}
        object_note = _speaks_of_required(node)
        table: set[str] | None = None
        for index, name in enumerate(required):
            name = str(name)
            if name in policy or f"{_component(pointer)}.{name}" in policy:
                continue
            if object_note or _speaks_of_required(properties.get(name)):
                continue
            if table is None:
                table = _table_required(ctx, operations | {_component_pointer(pointer)})
            if name in table:
                continue
            ctx.add("answer-required", f"{pointer}/required/{index}",
                    f"answers must send {name!r}, but no answer table of the document marks it required: drop it "
                    "from `required`, name it in the ledger's answer_required policy (ids and envelope keys "
                    "only), or mark the property `x-unverified` and ledger the guess")


# --- answer-default ------------------------------------------------------------------------------------

def rule_answer_default(ctx: _Context) -> None:
    for pointer, (node, _operations) in sorted(answer_schemas(ctx).items()):
        if "default" in node:
            ctx.add("answer-default", f"{pointer}/default",
                    f"default {node['default']!r} on a schema an answer reaches: the client would fill in a value "
                    "the server did not send; move it to the request schema (an *Input copy) or drop it")


# --- null-only-type ------------------------------------------------------------------------------------

def _collect(doc: dict[str, Any], pointer: str, value: Any, found: dict[str, list[Any]], depth: int = 0) -> None:
    """Record, for each property schema the example ``value`` reaches, the values it holds there."""
    if depth > 64:
        return
    try:
        node = resolve_pointer(doc, pointer)
    except KeyError:
        return
    if not isinstance(node, dict):
        return
    target = _follow(doc, node)
    if target:
        _collect(doc, target[0], value, found, depth + 1)
    for key in ("allOf", "anyOf", "oneOf"):
        for i, _ in enumerate(node.get(key) or []):
            _collect(doc, f"{pointer}/{key}/{i}", value, found, depth + 1)
    if isinstance(value, dict):
        properties: dict[str, Any] = node["properties"] if isinstance(node.get("properties"), dict) else {}
        for name, item in value.items():
            if name in properties:
                here = f"{pointer}/properties/{escape(name)}"
                found.setdefault(here, []).append(item)
                _collect(doc, here, item, found, depth + 1)
            elif isinstance(node.get("additionalProperties"), dict):
                _collect(doc, f"{pointer}/additionalProperties", item, found, depth + 1)
    elif isinstance(value, list) and isinstance(node.get("items"), dict):
        for item in value:
            _collect(doc, f"{pointer}/items", item, found, depth + 1)


def example_values(ctx: _Context) -> dict[str, tuple[list[Any], set[str]]]:
    """Property schema pointer -> every value the spec's examples (named and vendor) give it, and the
    operations whose examples those are."""

    found: dict[str, tuple[list[Any], set[str]]] = {}
    for pointer, site in _example_sites(ctx.doc, ""):
        operation = "/".join(pointer.split("/")[:4]) if pointer.startswith(("/paths/", "/webhooks/")) else ""
        examples = list((site.get("examples") or {}).values()) + list((site.get("x-vendor-examples") or {}).values())
        if "example" in site:
            examples.append({"value": site["example"]})
        for example in examples:
            ok, value = _example_value(ctx, example)
            if not ok:
                continue
            here: dict[str, list[Any]] = {}
            _collect(ctx.doc, pointer + "/schema", value, here)
            for prop, values in here.items():
                entry = found.setdefault(prop, ([], set()))
                entry[0].extend(values)
                if operation:
                    entry[1].add(operation)
    return found


def _types(doc: dict[str, Any], node: Any, depth: int = 0) -> set[str]:
    """The JSON types a schema admits besides null ('any' when it does not say)."""
    if not isinstance(node, dict) or depth > 16:
        return {"any"}
    target = _follow(doc, node)
    if target:
        return _types(doc, target[1], depth + 1)
    branches = [b for key in ("anyOf", "oneOf") for b in node.get(key) or []]
    if branches:
        return set().union(*(_types(doc, b, depth + 1) for b in branches))
    kind = node.get("type")
    if kind is None:
        if "properties" in node:
            return {"object"}
        return {"null"} if node.get("const", 0) is None or node.get("enum") == [None] else {"any"}
    kinds = {kind} if isinstance(kind, str) else set(kind)
    return kinds - {"null"} or {"null"}


def _concrete(doc: dict[str, Any], node: dict[str, Any], values: list[Any]) -> bool:
    kinds = _types(doc, node)
    if "any" in kinds or kinds == {"null"}:
        return False
    if all(v is None for v in values):
        return True
    # [] seen: the array itself is shown; only a typed element is a guess
    target = _follow(doc, node)
    items = (target[1] if target else node).get("items")
    return "any" not in _types(doc, items) if isinstance(items, dict) else False


def rule_null_only_type(ctx: _Context) -> None:
    for pointer, (values, operations) in sorted(example_values(ctx).items()):
        if not values or not all(v is None or v == [] for v in values):
            continue
        node = resolve_pointer(ctx.doc, pointer)
        if not isinstance(node, dict) or _note(node) or not _concrete(ctx.doc, node, values):
            continue
        name = unescape(pointer.rsplit("/", 1)[1])
        if all(v is None for v in values) and name in _table_fields(ctx, operations | {_component_pointer(pointer)}):
            continue  # a table of the section gives the type the example leaves out
        shown = "null" if all(v is None for v in values) else "[]"
        ctx.add("null-only-type", pointer,
                f"every example shows this property only as {shown} and no table of its section types it, yet "
                "the spec gives it a concrete type: mark it `x-unverified: <what is guessed>` and ledger it, or "
                "leave it untyped")


# --- label-source --------------------------------------------------------------------------------------

def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().casefold()


@lru_cache(maxsize=16)
def _source_text(path: Path) -> str:
    return _plain("\n".join(sources.normalise(line) for line in sources.read_lines(path)))


def rule_label_source(ctx: _Context) -> None:
    files = {ctx.api.source_file} if ctx.api.source_file.is_file() else set()
    for _kind, _name, _method, op, _pointer in iter_operations(ctx.doc):
        source = op.get("x-source")
        if isinstance(source, dict) and source.get("file") and (sources_dir() / str(source["file"])).is_file():
            files.add(sources_dir() / str(source["file"]))
    if not files:
        return  # rule_x_source reports it
    texts = [_source_text(path) for path in sorted(files)]

    for pointer, node in _schema_nodes(ctx.doc, ""):
        for key, label in node.items():
            if not key.startswith("x-label") or not isinstance(label, str):
                continue
            if not any(_plain(label) in text for text in texts):
                ctx.add("label-source", f"{pointer}/{escape(key)}",
                        f"{key} {label!r} appears nowhere in {', '.join(sorted(p.name for p in files))}: "
                        "quote the document's own label, or drop it")


RULES = (rule_answer_required, rule_answer_default, rule_null_only_type, rule_label_source)
