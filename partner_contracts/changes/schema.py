"""Schema comparison for ``partner-contracts diff``: two JSON Schemas (OpenAPI 3.0 or 3.1) on one side of an
operation, every keyword compared in the direction that makes it breaking.

``$ref``s are followed lazily: a component reached from many operations (or many times from one) is compared
once per context and its findings carry every operation that reaches it — never once per path through the
reference tree (a deep diamond of references stays linear). Cycles are cut where they close.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from partner_contracts.spec.deref import escape, tolerant

from .rules import LIMITS, NARROWING_KEYWORDS, RULES

ANNOTATIONS = frozenset({"description", "title", "example", "examples", "deprecated", "externalDocs", "$comment",
                         "x-unverified", "x-enum-descriptions", "x-source", "readOnly", "writeOnly", "default"})
MAX_DEPTH = 64


def _str_list(value: Any) -> list[str]:
    """A ``required`` list, tolerating OpenAPI 2's ``required: true`` inside a property (ignored)."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _number(value: Any) -> float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _values(values: list[Any]) -> str:
    return ", ".join(json.dumps(v, ensure_ascii=False, default=str) for v in values)


def _show(types: set[str] | None) -> str:
    return "any" if types is None else "|".join(sorted(types)) or "none"


LOOSE_MEDIA = re.compile(r"xml|x-www-form-urlencoded|multipart|text/plain", re.IGNORECASE)


class SchemaComparer:
    """Compares schemas of two documents; ``emit(rule, message, pointer)`` records a finding for the
    operations in :attr:`current` (the caller merges findings with the same rule, pointer and message)."""

    def __init__(self, old_doc: dict[str, Any], new_doc: dict[str, Any],
                 emit: Callable[..., Any], reach: Callable[[Any], None]) -> None:
        self.old_doc, self.new_doc = old_doc, new_doc
        self.emit_raw, self.reach = emit, reach
        self.memo: dict[tuple[Any, ...], list[Any]] = {}
        self.active: set[tuple[Any, ...]] = set()
        self.collectors: list[dict[int, Any]] = []
        self.loose = False  # comparing a loosely typed media type (XML, forms): scalar type changes are compatible
        # the schema about to be compared is an alternative whose sibling takes any value of its type (the open
        # enum `anyOf: [{enum: …}, {type: string}]`): its enum does not limit what is valid
        self.covered = False

    # --- bookkeeping ---------------------------------------------------------------------------------------

    def emit(self, side: str, where: str, aspect: str, what: str, message: str, pointer: str) -> None:
        rule = f"{side}-{where}-{aspect}"
        self.record(rule, f"{what}: {message}", pointer, message)

    def record(self, rule: str, message: str, pointer: str, key: str | None = None) -> None:
        """A finding; the same rule at the same pointer is the same finding, whichever path reached it (the
        label in the message names the first path)."""
        assert rule in RULES, rule
        change = self.emit_raw(rule, message, pointer, key=key if key is not None else "")
        for collector in self.collectors:
            collector[id(change)] = change

    # --- entry ---------------------------------------------------------------------------------------------

    def compare(self, old: Any, new: Any, side: str, where: str, label: str, pointer: str,
                depth: int = 0, skip: str | None = None, old_at: str | None = None) -> None:
        """``skip``: "readOnly" in requests, "writeOnly" in responses (such properties are not sent there)."""
        if not isinstance(old, dict) or not isinstance(new, dict) or depth > MAX_DEPTH:
            return
        old_ref, new_ref = old.get("$ref"), new.get("$ref")
        if isinstance(old_ref, str) or isinstance(new_ref, str):
            key = (old_ref if isinstance(old_ref, str) else id(old), new_ref if isinstance(new_ref, str) else id(new),
                   side, where, skip, self.loose, self.covered, label if where == "parameter" else "")
            if key in self.memo:  # compared before: these operations reach the same findings
                for change in self.memo[key]:
                    self.reach(change)
                    for collector in self.collectors:
                        collector[id(change)] = change
                return
            if key in self.active:
                return  # a cycle: compared where it was first entered
            old_r, old_ptr = tolerant(self.old_doc, old)
            new_r, new_ptr = tolerant(self.new_doc, new)
            old_at = old_ptr if isinstance(old_ref, str) and old_ptr else old_at if old_at is not None else pointer
            if isinstance(new_ref, str) and new_ptr:
                pointer = new_ptr
            self.active.add(key)
            self.collectors.append({})
            try:
                self._compare(old_r if isinstance(old_r, dict) else {}, new_r if isinstance(new_r, dict) else {},
                              side, where, label, pointer, depth, skip, old_at)
            finally:
                self.active.discard(key)
                self.memo[key] = list(self.collectors.pop().values())
            return
        self._compare(old, new, side, where, label, pointer, depth, skip, old_at)

    # --- one schema ----------------------------------------------------------------------------------------

    def merged(self, schema: dict[str, Any], doc: dict[str, Any], depth: int = 0) -> dict[str, Any]:
        """``allOf`` parts merged into one schema (refs resolved); properties and required united."""
        parts = schema.get("allOf")
        if not isinstance(parts, list) or depth > 16:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in parts:
            part, _ = tolerant(doc, part)
            if not isinstance(part, dict):
                continue
            part = self.merged(part, doc, depth + 1)
            for key, value in part.items():
                if key == "properties" and isinstance(value, dict):
                    merged["properties"] = {**_dict(merged.get("properties")), **value}
                elif key == "required":
                    merged["required"] = sorted(set(_str_list(merged.get("required"))) | set(_str_list(value)))
                else:
                    merged.setdefault(key, value)
        return merged

    def _compare(self, old: dict[str, Any], new: dict[str, Any], side: str, where: str, label: str,
                 pointer: str, depth: int, skip: str | None, old_at: str | None = None) -> None:
        """``pointer``: where the schema is in the new document; ``old_at``: in the old one (removals)."""
        old_at = pointer if old_at is None else old_at
        what = f"`{label}`" if label else "the body"

        def emit(aspect: str, message: str, at: str = pointer) -> None:
            self.emit(side, where, aspect, what, message, at)

        request = side == "request"
        covered, self.covered = self.covered, False
        # allOf parts added or removed, then the merged schemas compared
        old_all = [p for p in old.get("allOf") or [] if isinstance(p, dict)] if isinstance(old.get("allOf"), list) else []
        new_all = [p for p in new.get("allOf") or [] if isinstance(p, dict)] if isinstance(new.get("allOf"), list) else []
        merged_old, merged_new = self.merged(old, self.old_doc), self.merged(new, self.new_doc)
        same = len(old_all) != len(new_all) and _canonical(merged_old) == _canonical(merged_new)
        if len(old_all) != len(new_all) and not same:  # (a part that only restates the schema is no change)
            old_keys = [json.dumps(p, sort_keys=True, default=str) for p in old_all]
            new_keys = [json.dumps(p, sort_keys=True, default=str) for p in new_all]
            for part, key in zip(new_all, new_keys):
                if key not in old_keys:
                    only = set(tolerant(self.new_doc, part)[0] or {}) <= ANNOTATIONS
                    emit("all-of-added-annotation-only" if only else "all-of-added", "an allOf part added",
                         pointer + "/allOf")
            for part, key in zip(old_all, old_keys):
                if key not in new_keys:
                    only = set(tolerant(self.old_doc, part)[0] or {}) <= ANNOTATIONS
                    emit("all-of-removed-annotation-only" if only else "all-of-removed", "an allOf part removed",
                         old_at + "/allOf")
        old, new = _idioms(merged_old), _idioms(merged_new)
        for key, name in (("readOnly", "read-only"), ("writeOnly", "write-only")):
            if bool(old.get(key)) != bool(new.get(key)):
                emit(f"{name}-{'added' if new.get(key) else 'removed'}", f"{key} {bool(old.get(key))} → "
                     f"{bool(new.get(key))}")
        self.types(old, new, emit, request, where)
        self.values(old, new, emit, request, where, covered)
        self.limits(old, new, emit)
        self.keywords(old, new, emit, side, where, label, pointer, depth, skip, old_at)
        self.properties(old, new, side, where, label, pointer, depth, skip, old_at)
        self.alternatives(old, new, emit, side, where, label, pointer, depth, skip, old_at)

    # --- types and null -------------------------------------------------------------------------------------

    def _types(self, schema: dict[str, Any], doc: dict[str, Any], depth: int = 0) -> tuple[set[str] | None, bool]:
        """(the types a schema takes apart from null, or None for any; whether null is a value)."""
        kind = schema.get("type")
        nullable = bool(schema.get("nullable"))
        if kind is None:
            branches = schema.get("anyOf") or schema.get("oneOf")
            if isinstance(branches, list) and branches and depth < 8:
                found: set[str] = set()
                anything = False
                for branch in branches:
                    branch, _ = tolerant(doc, branch)
                    if not isinstance(branch, dict):
                        continue
                    types, null = self._types(self.merged(branch, doc), doc, depth + 1)
                    nullable |= null
                    if types is None:
                        anything = True
                    else:
                        found |= types
                return (None if anything else found), nullable
            if isinstance(schema.get("properties"), dict):
                return {"object"}, nullable
            if "items" in schema or "prefixItems" in schema:
                return {"array"}, nullable
            if "const" in schema and schema["const"] is not None:
                return {_json_type(schema["const"])}, nullable
            if isinstance(schema.get("enum"), list) and schema["enum"]:
                found = {_json_type(v) for v in schema["enum"] if v is not None}
                return found, nullable or None in schema["enum"]
            return None, nullable
        kinds = [kind] if isinstance(kind, str) else [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else []
        types = {k for k in kinds if k != "null"}
        if "null" in kinds:
            nullable = True
        if not types and "null" in kinds:
            return set(), True
        return types, nullable

    def types(self, old: dict[str, Any], new: dict[str, Any], emit: Any, request: bool, where: str) -> None:
        (old_t, old_null), (new_t, new_null) = self._types(old, self.old_doc), self._types(new, self.new_doc)
        if old_t != new_t:
            shown = f"type {_show(old_t)} → {_show(new_t)}"
            wider, narrower = _covers(new_t, old_t), _covers(old_t, new_t)
            scalar = {"string", "number", "integer", "boolean"}
            if self.loose and old_t and new_t:
                emit("type-compatible", shown)  # XML, forms, text: every value is written as text
            elif where == "parameter" and request and old_t and old_t <= scalar and new_t == {"array"}:
                # one value of a parameter is a one-item array on the wire: wider if the items take every old
                # value (a string takes any, on the wire) and add no constraint of their own
                items = tolerant(self.new_doc, new.get("items"))[0]
                items = items if isinstance(items, dict) else {}
                item_t = self._types(items, self.new_doc)[0]
                takes = item_t is None or "string" in item_t or _covers(item_t, old_t)
                plain = set(items) <= {"type", "description", "title", "example", "examples", "format"}
                emit("type-generalized" if takes and plain else "type-changed", shown)
            elif wider:
                emit("type-generalized", shown)
            elif narrower:
                emit("type-specialized" if not request else "type-changed", shown)
            else:
                emit("type-changed", shown)
        elif old.get("format") != new.get("format") and old_t is not None and old_t & {"string", "number", "integer"}:
            a, b = old.get("format"), new.get("format")
            shown = f"format {a or 'none'} → {b or 'none'}"
            if a and not b:
                emit("type-generalized", shown)
            elif b and not a and not request:
                emit("type-specialized", shown)
            elif (a, b) in (("int32", "int64"), ("float", "double")):
                emit("type-generalized", shown)
            elif (a, b) in (("int64", "int32"), ("double", "float")):
                emit("type-specialized" if not request else "type-changed", shown)
            else:
                emit("type-changed", shown)
        if new_null and not old_null:
            emit("became-nullable", "null is now a value")
        elif old_null and not new_null:
            emit("became-not-nullable", "null is no longer a value")

    # --- enum, const, default ---------------------------------------------------------------------------------

    def _enum(self, schema: dict[str, Any], doc: dict[str, Any], depth: int = 0) -> list[Any] | None:
        if isinstance(schema.get("enum"), list):
            return [v for v in schema["enum"] if v is not None]
        if "const" in schema:
            return None  # compared by the const rules
        branches = schema.get("anyOf") or schema.get("oneOf")
        if isinstance(branches, list) and branches and depth < 8:
            values: list[Any] = []
            for branch in branches:
                branch, _ = tolerant(doc, branch)
                if not isinstance(branch, dict):
                    return None
                if branch.get("type") == "null" or branch.get("type") == ["null"]:
                    continue
                sub = self._enum(branch, doc, depth + 1)
                if sub is None and "const" in branch:
                    sub = [branch["const"]]
                if sub is None:
                    return None
                values += [v for v in sub if v not in values]
            return values
        return None

    def values(self, old: dict[str, Any], new: dict[str, Any], emit: Any, request: bool, where: str,
               covered: bool = False) -> None:
        """``covered``: an open enum's documented values (a sibling alternative takes any string): values added
        or removed change nothing that is valid; the list dropped altogether is still an enum opened."""
        old_e, new_e = self._enum(old, self.old_doc), self._enum(new, self.new_doc)
        if old_e is not None and new_e is not None:
            if not covered:
                _enum_delta(old_e, new_e, "enum", emit)
        elif old_e is None and new_e is not None and "const" not in old and not covered:
            emit("became-enum", f"now one of {_values(new_e)}")
        elif old_e is not None and new_e is None and "const" not in new:
            emit("enum-opened", f"enum {_values(old_e)} dropped: any value now")
        old_x, new_x = old.get("x-extensible-enum"), new.get("x-extensible-enum")
        if isinstance(old_x, list) and isinstance(new_x, list):
            _enum_delta(old_x, new_x, "x-extensible-enum", emit)
        if "const" in old or "const" in new:
            if "const" not in old:
                emit("const-added", f"const {_values([new['const']])} added")
            elif "const" not in new:
                emit("const-removed", f"const {_values([old['const']])} removed")
            elif old["const"] != new["const"]:
                emit("const-changed", f"const {_values([old['const']])} → {_values([new['const']])}")
        if old.get("default") != new.get("default"):
            if "default" not in old:
                emit("default-value-added", f"default {_values([new['default']])} added")
            elif "default" not in new:
                emit("default-value-removed", f"default {_values([old['default']])} removed")
            else:
                emit("default-value-changed", f"default {_values([old['default']])} → {_values([new['default']])}")

    # --- limits -------------------------------------------------------------------------------------------------

    def limits(self, old: dict[str, Any], new: dict[str, Any], emit: Any) -> None:
        for inclusive, exclusive, upper in (("maximum", "exclusiveMaximum", True),
                                            ("minimum", "exclusiveMinimum", False)):
            self.bound(old, new, inclusive, exclusive, upper, emit)
        for key, name, _upper in LIMITS:
            if key in ("maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum"):
                continue
            a, b = _number(old.get(key)), _number(new.get(key))
            if a == b:
                continue
            if a is None:
                emit(f"{name}-set", f"{key} set to {b}")
            elif b is None:
                emit(f"{name}-unset", f"{key} {a} removed")
            else:
                emit(f"{name}-{'increased' if b > a else 'decreased'}", f"{key} {a} → {b}")
        a, b = _number(old.get("multipleOf")), _number(new.get("multipleOf"))
        if a != b:
            if b is None or (a is not None and b and _divides(b, a)):
                emit("multiple-of-generalized", f"multipleOf {a} → {b}")
            else:
                emit("multiple-of-changed", f"multipleOf {a} → {b}")
        if bool(old.get("uniqueItems")) != bool(new.get("uniqueItems")):
            emit("unique-items-added" if new.get("uniqueItems") else "unique-items-removed",
                 f"uniqueItems {bool(old.get('uniqueItems'))} → {bool(new.get('uniqueItems'))}")
        a_p, b_p = old.get("pattern"), new.get("pattern")
        a_p = None if a_p == "" else a_p  # an empty pattern matches every string: none
        b_p = None if b_p == "" else b_p
        if a_p != b_p:
            if a_p is None:
                emit("pattern-added", f"pattern {b_p!r} added")
            elif b_p is None:
                emit("pattern-removed", f"pattern {a_p!r} removed")
            elif _any_string(b_p):
                emit("pattern-generalized", f"pattern {a_p!r} → {b_p!r} (any string)")
            else:
                emit("pattern-changed", f"pattern {a_p!r} → {b_p!r}")
        for key, name in (("contentEncoding", "content-encoding"), ("contentMediaType", "content-media-type")):
            if old.get(key) != new.get(key):
                emit(f"{name}-changed", f"{key} {old.get(key)!r} → {new.get(key)!r}")

    def bound(self, old: dict[str, Any], new: dict[str, Any], inclusive: str, exclusive: str, upper: bool,
              emit: Any) -> None:
        """A numeric bound, ``maximum`` and ``exclusiveMaximum`` (or the minimums) taken together: ``minimum: 0``
        → ``exclusiveMinimum: 0`` is the bound made strict (narrower), not a bound removed and another set."""
        def effective(schema: dict[str, Any]) -> tuple[float, bool, str] | None:
            found = [(v, k == exclusive, k) for k in (inclusive, exclusive) if (v := _number(schema.get(k))) is not None]
            if not found:
                return None
            # the tighter of the two: the lower upper bound (or the higher lower bound); exclusive wins a tie
            return (min if upper else max)(found, key=lambda f: ((f[0] if upper else -f[0]), not f[1]))

        a, b = effective(old), effective(new)
        if a is None and b is None:
            return
        name = {inclusive: "max" if upper else "min", exclusive: "exclusive-max" if upper else "exclusive-min"}
        if a is None:
            assert b is not None
            emit(f"{name[b[2]]}-set", f"{b[2]} set to {b[0]}")
        elif b is None:
            emit(f"{name[a[2]]}-unset", f"{a[2]} {a[0]} removed")
        elif a[:2] != b[:2]:
            # narrower: a lower upper bound (a higher lower one), or the same value made exclusive
            lower_value = b[0] < a[0] if upper else b[0] > a[0]
            narrower = lower_value or (b[0] == a[0] and b[1] and not a[1])
            narrow, wide = ("decreased", "increased") if upper else ("increased", "decreased")
            emit(f"{name[b[2]]}-{narrow if narrower else wide}", f"{a[2]} {a[0]} → {b[2]} {b[0]}")

    # --- keywords whose presence narrows; nested schemas ----------------------------------------------------

    def keywords(self, old: dict[str, Any], new: dict[str, Any], emit: Any, side: str, where: str, label: str,
                 pointer: str, depth: int, skip: str | None, old_at: str) -> None:
        for key, name in NARROWING_KEYWORDS.items():
            a, b = old.get(key), new.get(key)
            if a is None and b is not None:
                emit(f"{name}-added", f"{key} added")
            elif a is not None and b is None:
                emit(f"{name}-removed", f"{key} removed")
            elif key == "dependentRequired" and isinstance(a, dict) and isinstance(b, dict):
                for prop in sorted(set(a) | set(b)):
                    if prop in a and prop in b and set(_str_list(a[prop])) != set(_str_list(b[prop])):
                        emit("dependent-required-changed", f"dependentRequired `{prop}` changed")
                    elif prop in b and prop not in a:
                        emit("dependent-required-added", f"dependentRequired `{prop}` added")
                    elif prop in a and prop not in b:
                        emit("dependent-required-removed", f"dependentRequired `{prop}` removed")
            elif key in ("contains", "propertyNames", "unevaluatedItems", "contentSchema", "if", "then", "else") \
                    and isinstance(a, dict) and isinstance(b, dict):
                self.compare(a, b, side, "property", f"{label}<{key}>", f"{pointer}/{key}", depth + 1, skip,
                             f"{old_at}/{key}")
        a, b = old.get("not"), new.get("not")
        if a is None and b is not None:
            emit("not-added", "`not` added")
        elif a is not None and b is None:
            emit("not-removed", "`not` removed")
        elif a != b and isinstance(a, dict) and isinstance(b, dict) and \
                tolerant(self.old_doc, a)[0] != tolerant(self.new_doc, b)[0]:
            emit("not-changed", "`not` changed")
        a, b = old.get("prefixItems"), new.get("prefixItems")
        if isinstance(b, list) and not isinstance(a, list):
            emit("prefix-items-added", "prefixItems added")
        elif isinstance(a, list) and not isinstance(b, list):
            emit("prefix-items-removed", "prefixItems removed")
        elif isinstance(a, list) and isinstance(b, list):
            if len(b) > len(a):
                emit("prefix-items-added", f"prefixItems {len(a)} → {len(b)} positions")
            elif len(b) < len(a):
                emit("prefix-items-removed", f"prefixItems {len(a)} → {len(b)} positions")
            for i, (x, y) in enumerate(zip(a, b)):
                self.compare(x, y, side, "property", f"{label}[{i}]", f"{pointer}/prefixItems/{i}", depth + 1, skip,
                             f"{old_at}/prefixItems/{i}")
        # discriminator
        a, b = old.get("discriminator"), new.get("discriminator")
        if isinstance(a, dict) or isinstance(b, dict):
            if not isinstance(a, dict):
                emit("discriminator-added", "discriminator added")
            elif not isinstance(b, dict):
                emit("discriminator-removed", "discriminator removed")
            else:
                if a.get("propertyName") != b.get("propertyName"):
                    emit("discriminator-property-name-changed",
                         f"discriminator propertyName {a.get('propertyName')!r} → {b.get('propertyName')!r}")
                ma, mb = a.get("mapping") or {}, b.get("mapping") or {}
                if isinstance(ma, dict) and isinstance(mb, dict):
                    for k in sorted(set(ma) | set(mb)):
                        if k not in ma:
                            emit("discriminator-mapping-added", f"discriminator mapping `{k}` added")
                        elif k not in mb:
                            emit("discriminator-mapping-deleted", f"discriminator mapping `{k}` removed")
                        elif ma[k] != mb[k]:
                            emit("discriminator-mapping-changed", f"discriminator mapping `{k}` changed")
        # additionalProperties
        a, b = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(a, dict) and isinstance(b, dict):
            self.compare(a, b, side, "property", f"{label}{{*}}" if label else "{*}",
                         f"{pointer}/additionalProperties", depth + 1, skip, f"{old_at}/additionalProperties")
        elif a is False and b is not False and b is not None or a is False and b is None:
            emit("additional-properties-opened", "additional properties now allowed")
        elif b is False and a is not False:
            emit("additional-properties-closed", "additional properties no longer allowed")
        # items
        a, b = old.get("items"), new.get("items")
        if isinstance(a, dict) and isinstance(b, dict):
            self.compare(a, b, side, "property" if where != "parameter" else where, f"{label}[]",
                         f"{pointer}/items", depth + 1, skip, f"{old_at}/items")

    # --- object properties ------------------------------------------------------------------------------------

    def properties(self, old: dict[str, Any], new: dict[str, Any], side: str, where: str, label: str,
                   pointer: str, depth: int, skip: str | None, old_at: str) -> None:
        old_props: dict[str, Any] = _dict(old.get("properties"))
        new_props: dict[str, Any] = _dict(new.get("properties"))
        if not old_props and not new_props:
            return
        if (not new_props and (new.get("oneOf") or new.get("anyOf"))) or \
                (not old_props and (old.get("oneOf") or old.get("anyOf"))):
            return  # the properties moved into alternatives (or out of them): compared there, not as removed
        old_req, new_req = set(_str_list(old.get("required"))), set(_str_list(new.get("required")))
        for name in list(old_props) + [n for n in new_props if n not in old_props]:
            sub = f"{label}.{name}" if label else name
            at = f"{pointer}/properties/{escape(str(name))}"
            was = f"{old_at}/properties/{escape(str(name))}"
            a = tolerant(self.old_doc, old_props.get(name))[0] if name in old_props else None
            b = tolerant(self.new_doc, new_props.get(name))[0] if name in new_props else None
            hidden = skip is not None and any(isinstance(x, dict) and x.get(skip) for x in (a, b))
            if hidden:
                continue  # readOnly in a request, writeOnly in a response: not on the wire there
            if side == "request":
                if b is None:
                    self.record("request-property-removed", f"`{sub}` removed", was)
                elif a is None:
                    required = name in new_req
                    self.record("new-required-request-property" if required else "new-optional-request-property",
                                f"{'required' if required else 'optional'} `{sub}` added", at)
                elif name in new_req and name not in old_req:
                    with_default = isinstance(b, dict) and "default" in b
                    self.record("request-property-became-required-with-default" if with_default
                                else "request-property-became-required", f"`{sub}` became required", at)
                elif name in old_req and name not in new_req:
                    self.record("request-property-became-optional", f"`{sub}` became optional", at)
            else:
                if b is None:
                    kind = "required" if name in old_req else "optional"
                    self.record(f"{side}-{kind}-property-removed", f"{kind} `{sub}` removed", was)
                elif a is None:
                    kind = "required" if name in new_req else "optional"
                    self.record(f"{side}-{kind}-property-added", f"{kind} `{sub}` added", at)
                elif name in new_req and name not in old_req:
                    self.record(f"{side}-property-became-required", f"`{sub}` became required", at)
                elif name in old_req and name not in new_req:
                    self.record(f"{side}-property-became-optional", f"`{sub}` became optional", at)
            if a is not None and b is not None:
                self.compare(old_props[name], new_props[name], side, "property", sub, at, depth + 1, skip, was)

    # --- anyOf / oneOf ------------------------------------------------------------------------------------------

    def _signature(self, branch: Any, doc: dict[str, Any], by_type: bool = False) -> str:
        """How an alternative is known: its ``$ref``'s name, else (or with ``by_type``) its types."""
        if isinstance(branch, dict) and isinstance(branch.get("$ref"), str) and not by_type:
            return "ref:" + str(branch["$ref"]).rsplit("/", 1)[-1]
        resolved, _ = tolerant(doc, branch)
        if not isinstance(resolved, dict):
            return "?"
        types, null = self._types(self.merged(resolved, doc), doc)
        return "types:" + _show(types) + ("|null" if null else "")

    def _pairs(self, a: list[Any], b: list[Any]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
        """(old, new) alternatives paired — by ``$ref`` name or types, then what is left by types alone when
        one of the two is written inline (an inline alternative moved into a component is the same
        alternative; two components of different names are two) — and the unpaired old and new."""
        pairs: list[tuple[int, int]] = []
        left_a, left_b = list(range(len(a))), list(range(len(b)))
        for by_type in (False, True):
            for i in list(left_a):
                want = self._signature(a[i], self.old_doc, by_type)
                j = next((j for j in left_b if self._signature(b[j], self.new_doc, by_type) == want
                          and not (by_type and _is_ref(a[i]) and _is_ref(b[j]))), None)
                if j is not None:
                    pairs.append((i, j))
                    left_a.remove(i)
                    left_b.remove(j)
        return pairs, left_a, left_b

    def _catch_all(self, branches: list[Any], index: int, doc: dict[str, Any]) -> bool:
        """Whether another alternative takes every value of branch ``index``'s type (no enum, const, pattern,
        format or limit): the open-enum pattern."""
        mine = self._types(self.merged(_dict(tolerant(doc, branches[index])[0]), doc), doc)[0]
        if not mine:
            return False
        for k, branch in enumerate(branches):
            other = _dict(tolerant(doc, branch)[0])
            if k == index or set(other) - {"type", "description", "title", "x-unverified", "examples", "example"}:
                continue
            types = self._types(other, doc)[0]
            if types is not None and _covers(types, mine):
                return True
        return False

    def alternatives(self, old: dict[str, Any], new: dict[str, Any], emit: Any, side: str, where: str,
                     label: str, pointer: str, depth: int, skip: str | None, old_at: str) -> None:
        for key, name in (("anyOf", "any-of"), ("oneOf", "one-of")):
            a: list[Any] = old[key] if isinstance(old.get(key), list) else []
            b: list[Any] = new[key] if isinstance(new.get(key), list) else []
            if not a and not b:
                continue
            if not a or not b:  # a single schema became alternatives (or back): compared as a whole above
                old_t = self._types(old, self.old_doc)[0]
                objects = all(self._types(self.merged(_dict(tolerant(self.new_doc, x)[0]), self.new_doc),
                                          self.new_doc)[0] == {"object"} for x in b)
                if b and key == "oneOf" and not old.get("anyOf") and old_t == {"object"} and objects:
                    emit("wrapped-in-one-of", f"now oneOf {len(b)} alternatives")
                continue
            pairs, removed, added = self._pairs(a, b)
            for j in added:
                emit(f"{name}-added", f"{key} alternative {_shown(self._signature(b[j], self.new_doc))} added",
                     f"{pointer}/{key}/{j}")
            for i in removed:
                emit(f"{name}-removed", f"{key} alternative {_shown(self._signature(a[i], self.old_doc))} removed",
                     f"{old_at}/{key}/{i}")
            for i, j in pairs:
                self.covered = self._catch_all(a, i, self.old_doc) and self._catch_all(b, j, self.new_doc)
                try:
                    self.compare(a[i], b[j], side, where, label, f"{pointer}/{key}/{j}", depth + 1, skip,
                                 f"{old_at}/{key}/{i}")
                finally:
                    self.covered = False


def _idioms(schema: dict[str, Any]) -> dict[str, Any]:
    """Equivalent spellings made one: OpenAPI 3.0's ``maximum: 10, exclusiveMaximum: true`` is 3.1's
    ``exclusiveMaximum: 10``; ``if: {required: [a]}, then: {required: [b]}`` (no else) is
    ``dependentRequired: {a: [b]}``."""
    for flag, bound in (("exclusiveMaximum", "maximum"), ("exclusiveMinimum", "minimum")):
        if isinstance(schema.get(flag), bool):
            schema = dict(schema)
            if schema.pop(flag) and _number(schema.get(bound)) is not None:
                schema[flag] = schema.pop(bound)
    cond, then = schema.get("if"), schema.get("then")
    if "else" in schema or not isinstance(cond, dict) or not isinstance(then, dict):
        return schema
    names, needed = _str_list(cond.get("required")), _str_list(then.get("required"))
    if set(cond) != {"required"} or set(then) != {"required"} or len(names) != 1 or not needed:
        return schema
    out = {k: v for k, v in schema.items() if k not in ("if", "then")}
    dependent = dict(_dict(out.get("dependentRequired")))
    dependent[names[0]] = sorted(set(_str_list(dependent.get(names[0]))) | set(needed))
    out["dependentRequired"] = dependent
    return out


def _canonical(schema: dict[str, Any]) -> str:
    return json.dumps(schema, sort_keys=True, default=str)


def _enum_delta(old: list[Any], new: list[Any], name: str, emit: Any) -> None:
    """``<name>-value-added`` / ``-removed`` for two lists of values."""
    added = [v for v in new if v not in old]
    removed = [v for v in old if v not in new]
    if added:
        emit(f"{name}-value-added", f"{name} value(s) {_values(added)} added")
    if removed:
        emit(f"{name}-value-removed", f"{name} value(s) {_values(removed)} removed")


def _shown(signature: str) -> str:
    kind, _, text = signature.partition(":")
    return f"`{text}`" if kind == "ref" else f"of type {text}" if kind == "types" else "?"


def _is_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


def _covers(wide: set[str] | None, narrow: set[str] | None) -> bool:
    """Whether every value of type set ``narrow`` is also of ``wide`` (None = any type)."""
    if wide is None:
        return True
    if narrow is None:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _divides(small: float, big: float) -> bool:
    try:
        ratio = big / small
    except ZeroDivisionError:
        return False
    return abs(ratio - round(ratio)) < 1e-9


def _any_string(pattern: Any) -> bool:
    return isinstance(pattern, str) and pattern.strip("^$") in ("", ".*", "[\\s\\S]*", "(.*)")
