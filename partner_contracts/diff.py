"""``partner-contracts diff``: what changed in a contract between a git ref and the working tree, and whether
it breaks the consumers of the generated client.

Stages: load (the bundled spec of ``specs/<key>/`` at REF, via ``git archive``, and now) → expand ``$ref``s
(cycles cut) → compare operations, webhooks, parameters, bodies, responses, security, our extensions
(``x-source``, ``x-unverified``) and the ledger → classify every change with a rule → changelog.

Rule ids follow oasdiff's catalogue where one fits (``oasdiff=True`` in :data:`RULES`); the others are ours
(webhook payloads, enum opened/closed, verification, the ledger). Each rule has a level:

* ``breaking`` — code written against the previous client can stop working (oasdiff ERR);
* ``warning``  — not breaking, but consumers should look (oasdiff WARN);
* ``info``     — additions and documentation.

and the semver bump it needs (major / minor / patch). A webhook's payload is read by the partner, so it is
compared like a response (a removed field breaks a receiver, an added one does not).
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .specs import BUILD_DIR, REPO, SPECS_DIR, Api, discover, escape, load_yaml

BUMPS = ("none", "patch", "minor", "major")
UNSTABLE = ("draft", "alpha")  # oasdiff's x-stability-level values that may change without a major bump


@dataclass(frozen=True)
class Rule:
    id: str
    level: str  # breaking | warning | info
    bump: str  # major | minor | patch
    summary: str
    oasdiff: bool = True


RULES: dict[str, Rule] = {}


def _rule(rule_id: str, level: str, bump: str, summary: str, oasdiff: bool = True) -> None:
    RULES[rule_id] = Rule(rule_id, level, bump, summary, oasdiff)


# operations and webhooks
_rule("api-path-removed-without-deprecation", "error", "major", "a path and all its operations removed")
_rule("api-removed-without-deprecation", "error", "major", "an operation removed")
_rule("api-path-changed", "error", "major", "an operation (same operationId) moved to another path or method",
      oasdiff=False)
_rule("endpoint-added", "info", "minor", "a new operation")
_rule("api-operation-id-updated", "error", "major", "operationId changed (the client function is renamed)")
_rule("endpoint-deprecated", "warning", "minor", "an operation deprecated")
_rule("webhook-removed", "error", "major", "a webhook removed", oasdiff=False)
_rule("webhook-added", "info", "minor", "a new webhook", oasdiff=False)
# parameters
_rule("new-required-request-parameter", "error", "major", "a required parameter added")
_rule("new-optional-request-parameter", "info", "minor", "an optional parameter added")
_rule("request-parameter-removed", "error", "major", "a parameter removed (the client argument goes away)")
_rule("request-parameter-became-required", "error", "major", "an optional parameter became required")
_rule("request-parameter-became-optional", "info", "minor", "a required parameter became optional")
# request bodies
_rule("added-required-request-body", "error", "major", "a required request body added")
_rule("added-optional-request-body", "info", "minor", "an optional request body added")
_rule("request-body-removed", "error", "major", "the request body removed", oasdiff=False)
_rule("request-body-became-required", "error", "major", "the request body became required")
_rule("request-body-media-type-removed", "error", "major", "a request media type removed")
_rule("request-body-media-type-added", "info", "minor", "a request media type added")
_rule("new-required-request-property", "error", "major", "a required request field added")
_rule("new-optional-request-property", "info", "minor", "an optional request field added")
_rule("request-property-removed", "error", "major", "a request field removed (the model loses it)")
_rule("request-property-became-required", "error", "major", "an optional request field became required")
_rule("request-property-became-optional", "info", "minor", "a required request field became optional")
# responses
_rule("response-success-status-removed", "error", "major", "a success status removed")
_rule("response-non-success-status-removed", "error", "major", "an error status removed")
_rule("response-success-status-added", "info", "minor", "a success status added")
_rule("response-non-success-status-added", "info", "minor", "an error status added")
_rule("response-media-type-removed", "error", "major", "a response media type removed")
_rule("response-media-type-added", "info", "minor", "a response media type added")
# security
_rule("api-security-added", "error", "major", "an operation requires a new security scheme")
_rule("api-security-removed", "info", "minor", "an operation no longer requires a security scheme")
_rule("api-security-component-changed", "error", "major",
      "a security scheme's type, location, name or HTTP scheme changed", oasdiff=False)
# documentation and our extensions
_rule("api-documentation-updated", "info", "patch", "summaries, descriptions or x-enum-descriptions changed",
      oasdiff=False)
_rule("api-examples-updated", "info", "patch", "named examples changed", oasdiff=False)
_rule("x-source-changed", "info", "patch", "the operation cites another section of the vendor document",
      oasdiff=False)
_rule("x-unverified-removed", "info", "patch", "an assumption was verified (x-unverified removed)", oasdiff=False)
_rule("x-unverified-added", "warning", "patch", "a new assumption (x-unverified added)", oasdiff=False)
_rule("ledger-entry-added", "info", "patch", "a new ledger entry", oasdiff=False)
_rule("ledger-entry-removed", "warning", "patch", "a ledger entry removed", oasdiff=False)
_rule("ledger-decision-changed", "warning", "patch", "a ledger decision revised", oasdiff=False)
_rule("ledger-entry-verified", "info", "patch", "a ledger entry verified (unverified: true → false)",
      oasdiff=False)
_rule("ledger-entry-unverified", "warning", "patch", "a ledger entry marked unverified", oasdiff=False)

# Schema rules exist for four contexts. In requests a narrower schema breaks callers; in responses and
# webhook payloads (read by the consumer) a wider one does.
_SCHEMA_CONTEXTS = {"request-parameter": "request", "request-property": "request",
                    "response-property": "response", "webhook-property": "response"}
for _ctx, _direction in _SCHEMA_CONTEXTS.items():
    _ours = _ctx.startswith("webhook")
    if _direction == "request":
        _rule(f"{_ctx}-type-changed", "error", "major", "type changed or narrowed", _ours is False)
        _rule(f"{_ctx}-type-generalized", "info", "minor", "type widened (accepts more)", _ours is False)
        _rule(f"{_ctx}-enum-value-removed", "error", "major", "an enum value no longer accepted")
        _rule(f"{_ctx}-enum-value-added", "info", "minor", "an enum value added")
        _rule(f"{_ctx}-enum-closed", "error", "major", "any value was accepted; now an enum", oasdiff=False)
        _rule(f"{_ctx}-enum-opened", "info", "minor", "the enum was dropped: any value accepted", oasdiff=False)
        for _c, _narrow in (("max-length", "decreased"), ("min-length", "increased"),
                            ("max", "decreased"), ("min", "increased")):
            _wide = "increased" if _narrow == "decreased" else "decreased"
            _rule(f"{_ctx}-{_c}-{_narrow}", "error", "major", f"{_c} {_narrow} (narrower)")
            _rule(f"{_ctx}-{_c}-{_wide}", "info", "minor", f"{_c} {_wide} (wider)")
        _rule(f"{_ctx}-pattern-changed", "error", "major", "pattern added or changed")
    else:
        _rule(f"{_ctx}-type-changed", "error", "major", "type changed or widened", not _ours)
        _rule(f"{_ctx}-type-specialized", "info", "minor", "type narrowed (a subset of before)", not _ours)
        _rule(f"{_ctx}-enum-value-added", "error", "major", "a value added to a closed enum", not _ours)
        _rule(f"{_ctx}-enum-value-removed", "info", "minor", "an enum value no longer sent", not _ours)
        _rule(f"{_ctx}-enum-opened", "warning", "minor",
              "a closed enum became an open string: clients accept any value now", oasdiff=False)
        _rule(f"{_ctx}-enum-closed", "warning", "minor", "an open string became a closed enum", oasdiff=False)
        _base = _ctx.split("-")[0]
        _rule(f"{_base}-required-property-removed", "error", "major", "a required field removed", not _ours)
        _rule(f"{_base}-optional-property-removed", "error", "major",
              "an optional field removed (the model loses it)", not _ours)
        _rule(f"{_ctx}-became-optional", "error", "major", "a required field became optional", not _ours)
        _rule(f"{_ctx}-became-required", "info", "minor", "an optional field became required", not _ours)
        _rule(f"{_base}-required-property-added", "info", "minor", "a required field added", not _ours)
        _rule(f"{_base}-optional-property-added", "info", "minor", "an optional field added", not _ours)


@dataclass
class Change:
    rule: str
    operation: str  # "GET /order/{orderId}", "webhook orderUpdated", "ledger PL-004", "API"
    message: str
    pointer: str = ""

    @property
    def level(self) -> str:
        return RULES[self.rule].level

    @property
    def bump(self) -> str:
        return RULES[self.rule].bump

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "level": self.level, "bump": self.bump}


@dataclass
class ApiDiff:
    key: str
    old_version: str | None
    new_version: str | None
    changes: list[Change] = field(default_factory=list)
    # operations (labels) that may still change freely: x-stability-level draft/alpha (oasdiff's extension)
    unstable: set[str] = field(default_factory=set)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.level == "error"]

    @property
    def accepted(self) -> list[Change]:
        """Breaking changes to operations whose x-stability-level is draft or alpha: reported, not failed."""
        return [c for c in self.breaking if c.operation in self.unstable or "*" in self.unstable]

    @property
    def required_bump(self) -> str:
        if self.old_version is None:
            return "none"  # a new API: its first version is whatever it says
        return max((c.bump for c in self.changes), key=BUMPS.index, default="none")

    @property
    def major_raised(self) -> bool:
        return major(self.new_version) > major(self.old_version)

    @property
    def fails(self) -> bool:
        """A breaking change without a raised info.version major (unless its operation is draft or alpha)."""
        return len(self.breaking) > len(self.accepted) and not self.major_raised

    def as_dict(self) -> dict[str, Any]:
        return {"api": self.key, "old_version": self.old_version, "new_version": self.new_version,
                "required_bump": self.required_bump, "major_raised": self.major_raised,
                "breaking": len(self.breaking), "accepted": len(self.accepted), "fails": self.fails,
                "changes": [c.as_dict() for c in self.changes]}


def version_bump(old: str | None, new: str | None) -> str:
    """The bump from one info.version to another: major, minor, patch or none (numbers compared in order)."""
    a = [int(n) for n in re.findall(r"\d+", old or "")]
    b = [int(n) for n in re.findall(r"\d+", new or "")]
    for index, (x, y) in enumerate(zip(a, b)):
        if y != x:
            return BUMPS[max(1, 3 - index)] if y > x else "none"
    return "patch" if len(b) > len(a) else "none"


def major(version: str | None) -> int:
    """The major number of an info.version: "1.2.0" → 1, "v3" → 3, "2024-02-09" → 2024; none → -1."""
    found = re.search(r"\d+", version or "")
    return int(found.group()) if found else -1


# --- $ref expansion ---------------------------------------------------------------------------------


def expand(node: Any, doc: dict[str, Any], stack: tuple[str, ...] = ()) -> Any:
    """``node`` with every internal ``$ref`` inlined; a reference cycle is left as ``{"$ref": …}``."""
    if isinstance(node, list):
        return [expand(item, doc, stack) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        if ref in stack:
            return {"$ref": ref}
        target: Any = doc
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            target = target.get(token) if isinstance(target, dict) else None
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        merged = {**target, **siblings} if isinstance(target, dict) else siblings
        return expand(merged, doc, (*stack, ref))
    return {k: expand(v, doc, stack) for k, v in node.items()}


def _merge_all_of(schema: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(schema.get("allOf"), list):
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema["allOf"]:
        part = _merge_all_of(part) if isinstance(part, dict) else {}
        for key, value in part.items():
            if key == "properties":
                merged.setdefault("properties", {}).update(value)
            elif key == "required":
                merged["required"] = sorted(set(merged.get("required", [])) | set(value))
            else:
                merged.setdefault(key, value)
    return merged


# --- schemas ----------------------------------------------------------------------------------------


def _branches(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The alternatives of an ``anyOf``/``oneOf`` (an open enum is written ``anyOf: [enum, string]``)."""
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            return [_merge_all_of(b) if isinstance(b, dict) else {} for b in schema[key]]
    return []


def _types(schema: dict[str, Any]) -> set[str] | None:
    kind = schema.get("type")
    if kind is None and _branches(schema):
        found: set[str] = set()
        for branch in _branches(schema):
            types = _types(branch)
            if types is None:
                return None
            found |= types
        return found
    if kind is None:
        if "properties" in schema:
            return {"object"}
        if "items" in schema:
            return {"array"}
        if "const" in schema:
            return {type(schema["const"]).__name__.replace("str", "string")}
        return None  # anything
    found = set(kind) if isinstance(kind, list) else {kind}
    if schema.get("nullable"):
        found.add("null")
    return found


def _covers(wide: set[str] | None, narrow: set[str] | None) -> bool:
    """Whether every value of type set ``narrow`` is also of ``wide`` (None = any type)."""
    if wide is None:
        return True
    if narrow is None:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _enum(schema: dict[str, Any]) -> list[Any] | None:
    """The values a schema is limited to, or None when it takes any value of its types."""
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    if "const" in schema:
        return [schema["const"]]
    if schema.get("type") == "null":
        return [None]
    if _branches(schema):
        values: list[Any] = []
        for branch in _branches(schema):
            branch_values = _enum(branch)
            if branch_values is None:
                return None
            values += [v for v in branch_values if v not in values]
        return values
    return None


class _Comparer:
    def __init__(self, operation: str, changes: list[Change]) -> None:
        self.operation, self.changes = operation, changes

    def add(self, rule: str, message: str, pointer: str = "") -> None:
        assert rule in RULES, rule
        self.changes.append(Change(rule, self.operation, message, pointer))

    def schema(self, old: Any, new: Any, ctx: str, label: str, pointer: str, depth: int = 0) -> None:
        if not isinstance(old, dict) or not isinstance(new, dict) or depth > 32:
            return
        if "$ref" in old or "$ref" in new:  # a cycle cut by expand(): compared where it was first met
            return
        old, new = _merge_all_of(old), _merge_all_of(new)
        direction = _SCHEMA_CONTEXTS[ctx]
        what = f"`{label}`" if label else "the body"
        old_t, new_t = _types(old), _types(new)
        if old_t != new_t:
            shown = f"{_show(old_t)} → {_show(new_t)}"
            if direction == "request":
                if _covers(new_t, old_t):
                    self.add(f"{ctx}-type-generalized", f"{what}: type {shown}", pointer)
                else:
                    self.add(f"{ctx}-type-changed", f"{what}: type {shown}", pointer)
            elif _covers(old_t, new_t):
                self.add(f"{ctx}-type-specialized", f"{what}: type {shown}", pointer)
            else:
                self.add(f"{ctx}-type-changed", f"{what}: type {shown}", pointer)
        self.enum(old, new, ctx, direction, what, pointer)
        if direction == "request":
            self.constraints(old, new, ctx, what, pointer)
        # object properties
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
        prop_ctx = "request-property" if direction == "request" else ctx
        base = prop_ctx.split("-")[0]
        for name in list(old_props) + [n for n in new_props if n not in old_props]:
            sub = f"{label}.{name}" if label else name
            sub_pointer = f"{pointer}/properties/{escape(name)}"
            if name not in new_props:
                if direction == "request":
                    self.add("request-property-removed", f"`{sub}` removed", sub_pointer)
                else:
                    kind = "required" if name in old_req else "optional"
                    self.add(f"{base}-{kind}-property-removed", f"{kind} `{sub}` removed", sub_pointer)
            elif name not in old_props:
                required = name in new_req
                if direction == "request":
                    rule = "new-required-request-property" if required else "new-optional-request-property"
                    self.add(rule, f"{'required' if required else 'optional'} `{sub}` added", sub_pointer)
                else:
                    kind = "required" if required else "optional"
                    self.add(f"{base}-{kind}-property-added", f"{kind} `{sub}` added", sub_pointer)
            else:
                if name in new_req and name not in old_req:
                    self.add(f"{prop_ctx}-became-required", f"`{sub}` became required", sub_pointer)
                elif name in old_req and name not in new_req:
                    self.add(f"{prop_ctx}-became-optional", f"`{sub}` became optional", sub_pointer)
                self.schema(old_props[name], new_props[name], prop_ctx, sub, sub_pointer, depth + 1)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.schema(old["items"], new["items"], ctx if not label else prop_ctx, f"{label}[]",
                        pointer + "/items", depth + 1)
        # alternatives are paired by their types (an inserted branch must not shift the others)
        for key in ("oneOf", "anyOf"):
            new_by_types: dict[str, list[int]] = {}
            for j, b in enumerate(new.get(key) or []):
                if isinstance(b, dict):
                    new_by_types.setdefault(_show(_types(_merge_all_of(b))), []).append(j)
            old_by_types: dict[str, list[int]] = {}
            for i, a in enumerate(old.get(key) or []):
                if isinstance(a, dict):
                    old_by_types.setdefault(_show(_types(_merge_all_of(a))), []).append(i)
            for types, old_index in old_by_types.items():
                new_index = new_by_types.get(types, [])
                if len(old_index) == len(new_index):  # same count of this type: in order
                    for i, j in zip(old_index, new_index):
                        self.schema(old[key][i], new[key][j], ctx, label, f"{pointer}/{key}/{j}", depth + 1)

    def enum(self, old: dict[str, Any], new: dict[str, Any], ctx: str, direction: str, what: str,
             pointer: str) -> None:
        old_e, new_e = _enum(old), _enum(new)
        if old_e == new_e:
            return
        if old_e is not None and new_e is None:
            if _covers(_types(new), _types(old)):
                self.add(f"{ctx}-enum-opened", f"{what}: enum {_values(old_e)} opened: any value now", pointer)
            return
        if old_e is None and new_e is not None:
            self.add(f"{ctx}-enum-closed", f"{what}: now one of {_values(new_e)}", pointer)
            return
        assert old_e is not None and new_e is not None
        added = [v for v in new_e if v not in old_e]
        removed = [v for v in old_e if v not in new_e]
        if added:
            self.add(f"{ctx}-enum-value-added", f"{what}: enum value(s) {_values(added)} added", pointer)
        if removed:
            self.add(f"{ctx}-enum-value-removed", f"{what}: enum value(s) {_values(removed)} removed", pointer)

    def constraints(self, old: dict[str, Any], new: dict[str, Any], ctx: str, what: str, pointer: str) -> None:
        for key, name, upper in (("maxLength", "max-length", True), ("minLength", "min-length", False),
                                 ("maximum", "max", True), ("minimum", "min", False)):
            a, b = old.get(key), new.get(key)
            if a == b or not all(isinstance(v, (int, float)) or v is None for v in (a, b)):
                continue
            if a is None:
                narrower = True
            elif b is None:
                narrower = False
            else:
                narrower = b < a if upper else b > a
            direction = "decreased" if (narrower == upper) else "increased"
            self.add(f"{ctx}-{name}-{direction}", f"{what}: {key} {a} → {b}", pointer)
        if old.get("pattern") != new.get("pattern") and new.get("pattern") is not None:
            self.add(f"{ctx}-pattern-changed", f"{what}: pattern {old.get('pattern')!r} → {new['pattern']!r}",
                     pointer)


def _show(types: set[str] | None) -> str:
    return "any" if types is None else "|".join(sorted(types))


def _values(values: list[Any]) -> str:
    return ", ".join(json.dumps(v, ensure_ascii=False) for v in values)


# --- operations -------------------------------------------------------------------------------------

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_DOC_KEYS = ("summary", "description", "x-enum-descriptions", "title")


def _operations(doc: dict[str, Any]) -> dict[tuple[str, str, str], tuple[str, dict[str, Any], dict[str, Any]]]:
    """(kind, normalised name, method) → (name as written, operation, its path item), refs expanded."""
    found = {}
    for kind in ("paths", "webhooks"):
        for name, item in (doc.get(kind) or {}).items():
            item = expand(item, doc)
            if not isinstance(item, dict):
                continue
            norm = re.sub(r"\{[^}]*\}", "{}", name) if kind == "paths" else name
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    found[(kind, norm, method)] = (name, item[method], item)
    return found


def _label(kind: str, name: str, method: str) -> str:
    return f"webhook {name}" if kind == "webhooks" else f"{method.upper()} {name}"


def _parameters(op: dict[str, Any], item: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    params = {(p.get("in", ""), p.get("name", "")): p for p in item.get("parameters") or [] if isinstance(p, dict)}
    params.update({(p.get("in", ""), p.get("name", "")): p for p in op.get("parameters") or []
                   if isinstance(p, dict)})
    return params


def _collect(node: Any, keys: tuple[str, ...], pointer: str = "", out: dict[str, Any] | None = None,
             skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """Pointer → value of every ``keys`` member in a tree (what the documentation rules compare)."""
    out = {} if out is None else out
    if isinstance(node, dict):
        for k, v in node.items():
            p = f"{pointer}/{escape(str(k))}"
            if k in keys:
                out[p] = v
            elif k not in skip:
                _collect(v, keys, p, out, skip)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _collect(v, keys, f"{pointer}/{i}", out, skip)
    return out


def _objects(node: Any, pointer: str = "", out: set[str] | None = None) -> set[str]:
    out = set() if out is None else out
    if isinstance(node, dict):
        out.add(pointer)
        for k, v in node.items():
            _objects(v, f"{pointer}/{escape(str(k))}", out)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _objects(v, f"{pointer}/{i}", out)
    return out


def _text_changed(old: Any, new: Any, keys: tuple[str, ...], skip: tuple[str, ...]) -> bool:
    """Whether a ``keys`` member changed, appeared or went away on an object both trees have (text that
    comes and goes with its object is part of a structural change, reported by its own rule)."""
    a, b = _collect(old, keys, skip=skip), _collect(new, keys, skip=skip)
    if a == b:
        return False
    both = _objects(old) & _objects(new)
    return any(a.get(p) != b.get(p) and p.rsplit("/", 1)[0] in both for p in set(a) | set(b))


def _security(op: dict[str, Any], doc: dict[str, Any]) -> set[str]:
    requirements = op.get("security", doc.get("security") or [])
    return {name for req in requirements or [] if isinstance(req, dict) for name in req}


def compare_documents(old: dict[str, Any], new: dict[str, Any], key: str = "") -> ApiDiff:
    """Every change from ``old`` to ``new`` (two bundled documents)."""
    result = ApiDiff(key, str((old.get("info") or {}).get("version")) if old else None,
                     str((new.get("info") or {}).get("version")))
    changes = result.changes
    old_ops, new_ops = _operations(old), _operations(new)
    if str((new.get("info") or {}).get("x-stability-level")) in UNSTABLE:
        result.unstable.add("*")
    for k, (name, op, _) in new_ops.items():
        if str(op.get("x-stability-level")) in UNSTABLE:
            result.unstable.add(_label(k[0], name, k[2]))
    old_ids = {op.get("operationId"): k for k, (_, op, _) in old_ops.items() if op.get("operationId")}
    new_ids = {op.get("operationId"): k for k, (_, op, _) in new_ops.items() if op.get("operationId")}
    moved_to: dict[tuple[str, str, str], tuple[str, str, str]] = {}
    for op_id, old_key in old_ids.items():
        new_key = new_ids.get(op_id)
        if new_key and new_key != old_key and old_key not in new_ops and new_key not in old_ops:
            moved_to[old_key] = new_key
    new_names = {(k[0], k[1]) for k in new_ops}
    for k, (name, op, _) in old_ops.items():
        label = _label(k[0], name, k[2])
        if k in moved_to:
            target = moved_to[k]
            changes.append(Change("api-path-changed", label,
                                  f"`{op.get('operationId')}` moved to {_label(target[0], new_ops[target][0], target[2])}",
                                  f"/{k[0]}/{escape(name)}/{k[2]}"))
        elif k not in new_ops:
            if k[0] == "webhooks":
                rule = "webhook-removed"
            elif (k[0], k[1]) not in new_names:
                rule = "api-path-removed-without-deprecation"
            else:
                rule = "api-removed-without-deprecation"
            changes.append(Change(rule, label, f"`{op.get('operationId', label)}` removed",
                                  f"/{k[0]}/{escape(name)}/{k[2]}"))
    moved_from = {v: k for k, v in moved_to.items()}
    for k, (name, op, _) in new_ops.items():
        if k not in old_ops and k not in moved_from:
            rule = "webhook-added" if k[0] == "webhooks" else "endpoint-added"
            changes.append(Change(rule, _label(k[0], name, k[2]), f"`{op.get('operationId', name)}` added",
                                  f"/{k[0]}/{escape(name)}/{k[2]}"))
    for k, (name, op, item) in new_ops.items():
        before = old_ops.get(k) or (old_ops.get(moved_from[k]) if k in moved_from else None)
        if before is None:
            continue
        _compare_operation(before[1], before[2], op, item, k[0], _label(k[0], name, k[2]),
                           f"/{k[0]}/{escape(name)}/{k[2]}", old, new, changes)
    return result


def _compare_operation(old_op: dict[str, Any], old_item: dict[str, Any], new_op: dict[str, Any],
                       new_item: dict[str, Any], kind: str, label: str, pointer: str,
                       old_doc: dict[str, Any], new_doc: dict[str, Any], changes: list[Change]) -> None:
    cmp = _Comparer(label, changes)
    webhook = kind == "webhooks"
    if old_op.get("operationId") != new_op.get("operationId") and old_op.get("operationId"):
        cmp.add("api-operation-id-updated",
                f"operationId `{old_op.get('operationId')}` → `{new_op.get('operationId')}`", pointer)
    if new_op.get("deprecated") and not old_op.get("deprecated"):
        cmp.add("endpoint-deprecated", "deprecated", pointer)
    # parameters (a webhook's headers are sent by the partner's server: not compared)
    if not webhook:
        old_params, new_params = _parameters(old_op, old_item), _parameters(new_op, new_item)
        for pkey, param in old_params.items():
            if pkey not in new_params:
                cmp.add("request-parameter-removed", f"{pkey[0]} parameter `{pkey[1]}` removed", pointer)
        for pkey, param in new_params.items():
            what = f"{pkey[0]} parameter `{pkey[1]}`"
            before = old_params.get(pkey)
            if before is None:
                required = bool(param.get("required"))
                cmp.add("new-required-request-parameter" if required else "new-optional-request-parameter",
                        f"{'required' if required else 'optional'} {what} added", pointer)
                continue
            if param.get("required") and not before.get("required"):
                cmp.add("request-parameter-became-required", f"{what} became required", pointer)
            elif before.get("required") and not param.get("required"):
                cmp.add("request-parameter-became-optional", f"{what} became optional", pointer)
            cmp.schema(before.get("schema"), param.get("schema"), "request-parameter", f"{pkey[1]}",
                       f"{pointer}/parameters")
    # request body (a webhook's body is its payload, read by the partner: compared like a response)
    old_body, new_body = old_op.get("requestBody"), new_op.get("requestBody")
    body_ctx = "webhook-property" if webhook else "request-property"
    if not webhook and not old_body and new_body:
        required = bool(new_body.get("required"))
        cmp.add("added-required-request-body" if required else "added-optional-request-body",
                f"{'required' if required else 'optional'} request body added", pointer + "/requestBody")
    elif not webhook and old_body and not new_body:
        cmp.add("request-body-removed", "request body removed", pointer + "/requestBody")
    elif old_body and new_body:
        if not webhook and new_body.get("required") and not old_body.get("required"):
            cmp.add("request-body-became-required", "request body became required", pointer + "/requestBody")
        old_content, new_content = old_body.get("content") or {}, new_body.get("content") or {}
        for media in old_content:
            if media not in new_content and not webhook:
                cmp.add("request-body-media-type-removed", f"request media type `{media}` removed",
                        pointer + "/requestBody")
        for media in new_content:
            if media not in old_content and not webhook:
                cmp.add("request-body-media-type-added", f"request media type `{media}` added",
                        pointer + "/requestBody")
            elif media in old_content:
                cmp.schema((old_content[media] or {}).get("schema"), (new_content[media] or {}).get("schema"),
                           body_ctx, "", f"{pointer}/requestBody/content/{escape(media)}/schema")
    # responses
    old_resp, new_resp = old_op.get("responses") or {}, new_op.get("responses") or {}
    for status in old_resp:
        if status not in new_resp:
            success = str(status).startswith("2")
            cmp.add("response-success-status-removed" if success else "response-non-success-status-removed",
                    f"status {status} removed", f"{pointer}/responses/{status}")
    for status, response in new_resp.items():
        r_pointer = f"{pointer}/responses/{status}"
        if status not in old_resp:
            success = str(status).startswith("2")
            cmp.add("response-success-status-added" if success else "response-non-success-status-added",
                    f"status {status} added", r_pointer)
            continue
        old_content = (old_resp[status] or {}).get("content") or {}
        new_content = (response or {}).get("content") or {}
        for media in old_content:
            if media not in new_content:
                cmp.add("response-media-type-removed", f"status {status}: media type `{media}` removed", r_pointer)
        for media in new_content:
            if media not in old_content:
                cmp.add("response-media-type-added", f"status {status}: media type `{media}` added", r_pointer)
            else:
                cmp.schema((old_content[media] or {}).get("schema"), (new_content[media] or {}).get("schema"),
                           "response-property", "", f"{r_pointer}/content/{escape(media)}/schema")
    # security
    if not webhook:
        old_sec, new_sec = _security(old_op, old_doc), _security(new_op, new_doc)
        for name in sorted(new_sec - old_sec):
            cmp.add("api-security-added", f"security scheme `{name}` now required", pointer)
        for name in sorted(old_sec - new_sec):
            cmp.add("api-security-removed", f"security scheme `{name}` no longer required", pointer)
        old_schemes = (old_doc.get("components") or {}).get("securitySchemes") or {}
        new_schemes = (new_doc.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(old_sec & new_sec):
            a, b = old_schemes.get(name) or {}, new_schemes.get(name) or {}
            fields = [f for f in ("type", "in", "name", "scheme") if a.get(f) != b.get(f)]
            if fields:
                cmp.add("api-security-component-changed",
                        f"security scheme `{name}`: " + ", ".join(f"{f} {a.get(f)!r} → {b.get(f)!r}"
                                                                   for f in fields), pointer)
    # documentation, examples and our extensions
    if _text_changed(old_op, new_op, _DOC_KEYS, ("examples", "example")):
        cmp.add("api-documentation-updated", "summary/descriptions updated", pointer)
    if _text_changed(old_op, new_op, ("examples", "example", "x-vendor-examples"), ()):
        cmp.add("api-examples-updated", "examples updated", pointer)
    if old_op.get("x-source") != new_op.get("x-source"):
        cmp.add("x-source-changed", f"x-source {_source(old_op.get('x-source'))} → "
                f"{_source(new_op.get('x-source'))}", pointer)
    # an assumption stays one while it stands at the same place (reworded or not) or keeps its text (moved)
    old_unv = _collect(old_op, ("x-unverified",), skip=("examples",))
    new_unv = _collect(new_op, ("x-unverified",), skip=("examples",))
    gone = {w: n for w, n in old_unv.items() if w not in new_unv}
    came = {w: n for w, n in new_unv.items() if w not in old_unv}
    gone_texts = {_text(n) for n in gone.values()}
    came_texts = {_text(n) for n in came.values()}
    for rule, found, other, verb in (("x-unverified-removed", gone, came_texts, "verified"),
                                     ("x-unverified-added", came, gone_texts, "assumed")):
        places: dict[str, list[str]] = {}  # one line per assumption, however many nodes carry it
        for where, note in found.items():
            if _text(note) not in other:
                places.setdefault(_text(note), []).append(where)
        for text, wheres in places.items():
            more = f" (+{len(wheres) - 1} more)" if len(wheres) > 1 else ""
            at = wheres[0].removesuffix("/x-unverified") or "/"
            cmp.add(rule, f"{verb}: {_short(json.loads(text))} — at {at}{more}", pointer + wheres[0])


def _text(note: Any) -> str:
    return json.dumps(note, sort_keys=True, ensure_ascii=False)


def _source(source: Any) -> str:
    if isinstance(source, dict):
        return f"{source.get('file')} § {source.get('section')}"
    return str(source)


def _short(value: Any, limit: int = 100) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def compare_ledgers(old: dict[str, Any] | None, new: dict[str, Any] | None) -> list[Change]:
    old_entries = {e.get("id"): e for e in (old or {}).get("entries") or [] if isinstance(e, dict)}
    new_entries = {e.get("id"): e for e in (new or {}).get("entries") or [] if isinstance(e, dict)}
    changes = []
    for entry_id, entry in old_entries.items():
        if entry_id not in new_entries:
            changes.append(Change("ledger-entry-removed", f"ledger {entry_id}", f"{entry.get('topic')} removed"))
    for entry_id, entry in new_entries.items():
        label = f"ledger {entry_id}"
        before = old_entries.get(entry_id)
        if before is None:
            changes.append(Change("ledger-entry-added", label, f"{entry.get('topic')}"
                                  + (" (unverified)" if entry.get("unverified") else "")))
            continue
        if before.get("decision") != entry.get("decision"):
            changes.append(Change("ledger-decision-changed", label,
                                  f"{entry.get('topic')}: decision now: {_short(entry.get('decision'), 160)}"))
        if before.get("unverified") and not entry.get("unverified"):
            changes.append(Change("ledger-entry-verified", label, f"{entry.get('topic')} verified"))
        elif entry.get("unverified") and not before.get("unverified"):
            changes.append(Change("ledger-entry-unverified", label, f"{entry.get('topic')} now unverified"))
    return changes


# --- the spec at a git ref --------------------------------------------------------------------------


def git(*args: str) -> str:
    result = subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise DiffError(f"git {' '.join(args)}: {result.stderr.strip() or 'failed'}")
    return result.stdout.strip()


class DiffError(Exception):
    pass


def default_base() -> str:
    """The merge base of HEAD with main (or origin/main); HEAD~1 on main itself."""
    for branch in ("main", "origin/main", "master"):
        try:
            base = git("merge-base", "HEAD", branch)
        except DiffError:
            continue
        if base != git("rev-parse", "HEAD"):
            return base
        try:
            return git("rev-parse", "HEAD~1")
        except DiffError:
            return base
    raise DiffError("no main branch to take the merge base with: pass --base REF")


def specs_at(ref: str, target: Path) -> Path:
    """Extract ``specs/`` as it was at ``ref`` into ``target``; return the specs folder."""
    result = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", ref, "specs"],
                            capture_output=True, check=False)
    if result.returncode != 0:
        raise DiffError(f"git archive {ref} specs: {result.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(result.stdout)) as archive:
        archive.extractall(target, filter="data")
    return target / "specs"


def _ledger(api: Api | None) -> dict[str, Any] | None:
    if api is None or not api.ledger_path.is_file():
        return None
    loaded = load_yaml(api.ledger_path)
    return loaded if isinstance(loaded, dict) else None


def diff_apis(keys: list[str] | None, base: str, head: str | None = None) -> list[ApiDiff]:
    """The changes of each API from ``base`` to ``head`` (a git ref; default: the working tree)."""
    with tempfile.TemporaryDirectory(prefix="pc-diff-") as tmp:
        old_specs = specs_at(base, Path(tmp) / "base")
        old_apis = {a.key: a for a in discover(old_specs)} if old_specs.is_dir() else {}
        new_specs = specs_at(head, Path(tmp) / "head") if head else SPECS_DIR
        new_apis = {a.key: a for a in discover(new_specs)} if new_specs.is_dir() else {}
        wanted = keys or sorted(set(old_apis) | set(new_apis))
        unknown = [k for k in wanted if k not in old_apis and k not in new_apis]
        if unknown:
            raise DiffError(f"unknown API {', '.join(unknown)}; known: {', '.join(sorted(new_apis))}")
        results = []
        for key in wanted:
            old_api, new_api = old_apis.get(key), new_apis.get(key)
            old_doc = old_api.bundled.document if old_api else {}
            new_doc = new_api.bundled.document if new_api else {}
            result = compare_documents(old_doc, new_doc, key)
            if new_api is None:
                result.new_version = None
            result.changes.extend(compare_ledgers(_ledger(old_api), _ledger(new_api)))
            results.append(result)
        return results


# --- output -----------------------------------------------------------------------------------------

_HEADINGS = (("error", "Breaking changes"), ("warning", "Changes to look at"), ("info", "Other changes"))


def markdown(result: ApiDiff, heading: str = "##") -> str:
    """The changelog of one API as Markdown (deterministic: no dates, no refs)."""
    lines = [f"{heading} {result.key} {result.old_version or '(new)'} → {result.new_version or '(removed)'}", ""]
    if not result.changes:
        lines += ["No changes to the contract.", ""]
        return "\n".join(lines)
    counts = ", ".join(f"{sum(c.level == lvl for c in result.changes)} {lvl}" for lvl, _ in _HEADINGS)
    made = version_bump(result.old_version, result.new_version)
    verdict = (f"Required version bump: **{result.required_bump}** ({counts}); info.version "
               f"{result.old_version} → {result.new_version}: {'not raised' if made == 'none' else made + ' bump'}.")
    if result.breaking and result.major_raised:
        verdict += " The info.version major was raised: accepted."
    elif result.fails:
        verdict += " **The info.version major was not raised: raise it (or avoid the break).**"
    elif result.breaking:
        verdict += " Accepted: the operations are x-stability-level draft/alpha."
    lines += [verdict, ""]
    for level, title in _HEADINGS:
        entries = [c for c in result.changes if c.level == level]
        if not entries:
            continue
        lines += [f"{heading}# {title}", ""]
        accepted = result.accepted
        for change in sorted(entries, key=lambda c: (c.operation, c.rule, c.message)):
            note = " (x-stability-level: accepted)" if change in accepted else ""
            lines.append(f"- {change.operation}: {change.message} `[{change.rule}]`{note}")
        lines.append("")
    return "\n".join(lines)


def write_outputs(results: list[ApiDiff], base: str, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for result in results:
        (out_dir / f"{result.key}.md").write_text(markdown(result, "#"), encoding="utf-8")
    payload = {"base": base, "apis": [r.as_dict() for r in results]}
    (out_dir / "diff.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def diff_cli(keys: list[str], base: str | None, as_json: bool = False, out_dir: Path | None = None,
             head: str | None = None) -> int:
    try:
        ref = base or default_base()
        for given in (ref, head):
            if given:
                git("rev-parse", "--verify", given + "^{commit}")
        results = diff_apis(keys, ref, head)
    except DiffError as exc:
        print(f"diff: {exc}")
        return 2
    out = out_dir or BUILD_DIR / "diff"
    write_outputs(results, ref, out)
    if as_json:
        print(json.dumps({"base": ref, "apis": [r.as_dict() for r in results]}, indent=2, ensure_ascii=False))
    else:
        print(f"# Contract changes from {ref[:12]} to {head or 'the working tree'}\n")
        for result in results:
            print(markdown(result))
    failing = [r.key for r in results if r.fails]
    summary = ", ".join(f"{r.key}: {r.required_bump}" for r in results)
    stream = sys.stderr if as_json else sys.stdout
    print(f"diff: required bumps {summary}; changelog in {_rel(out)}/<key>.md and diff.json", file=stream)
    if failing:
        print(f"diff: FAILED — breaking changes without a major info.version bump in {', '.join(failing)}",
              file=stream)
        return 1
    return 0


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def iter_rules() -> Iterator[Rule]:
    return iter(RULES.values())
