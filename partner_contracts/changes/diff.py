"""``partner-contracts diff``: what changed between two OpenAPI documents, and whether it breaks clients.

This module compares two documents: operations, webhooks, parameters, bodies, responses, headers, links,
callbacks, security, servers, our extensions (``x-source``, ``x-unverified``) and the ledger; schemas are
compared by :mod:`.schema` (every JSON Schema 2020-12 / OpenAPI 3.0 keyword, in the direction that breaks).
Every change gets a rule of :mod:`.rules` (oasdiff's ids and levels where one fits), then the policy
(:mod:`.policy`: levels changed, findings ignored with a reason). A change inside a shared component is
one finding, whatever the number of operations reaching it; its ``operations`` list them. :func:`markdown`
writes the changelog (also used for the clients' CHANGELOG.md); the command line, the sides (files, URLs,
refs: :mod:`.load`) and the other formats are :mod:`.cli`.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from partner_contracts.spec.deref import escape, tolerant

from .policy import Policy, repository_policy
from .rules import ERROR, RULES, Rule
from .schema import LOOSE_MEDIA, SchemaComparer

BUMPS = ("none", "patch", "minor", "major")
UNSTABLE = ("draft", "alpha")  # oasdiff's x-stability-level values that may change without a major bump
STABILITY = ("draft", "alpha", "beta", "stable")


@dataclass
class Change:
    rule: str
    operation: str  # "GET /order/{orderId}", "webhook orderUpdated", "ledger PL-004", "API"
    message: str
    pointer: str = ""  # JSON pointer in the new document (in the old one for what was removed)
    operations: list[str] = field(default_factory=list)  # every operation the change reaches (shared components)
    level_override: str | None = None  # set by the policy file
    ignored: str | None = None  # the reason, when the policy file ignores this finding

    @property
    def level(self) -> str:
        return self.level_override or RULES[self.rule].level

    @property
    def bump(self) -> str:
        return "major" if self.level == ERROR else RULES[self.rule].bump if RULES[self.rule].bump != "major" \
            else "minor"

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.rule, "level": self.level, "operation": self.operation, "location": self.pointer,
                "message": self.message, "operations": self.operations or [self.operation], "bump": self.bump,
                "oasdiff": RULES[self.rule].oasdiff, **({"ignored": self.ignored} if self.ignored else {})}


@dataclass
class ApiDiff:
    key: str
    old_version: str | None
    new_version: str | None
    changes: list[Change] = field(default_factory=list)
    # operations (labels) that may still change freely: x-stability-level draft/alpha (oasdiff's extension)
    unstable: set[str] = field(default_factory=set)
    ignored: list[Change] = field(default_factory=list)  # findings the policy file ignores (with a reason)
    versioned: bool = True  # one of our APIs: the verdict is about info.version (False: two specs compared)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.level == ERROR]

    @property
    def accepted(self) -> list[Change]:
        """Breaking changes to operations whose x-stability-level is draft or alpha: reported, not failed."""
        return [c for c in self.breaking
                if "*" in self.unstable or all(op in self.unstable for op in (c.operations or [c.operation]))]

    @property
    def is_breaking(self) -> bool:
        return len(self.breaking) > len(self.accepted)

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
        return self.is_breaking and not self.major_raised

    def as_dict(self) -> dict[str, Any]:
        return {"api": self.key, "old_version": self.old_version, "new_version": self.new_version,
                "required_bump": self.required_bump, "major_raised": self.major_raised,
                "breaking": self.is_breaking, "errors": len(self.breaking), "accepted": len(self.accepted),
                "fails": self.fails, "changes": [c.as_dict() for c in self.changes],
                "ignored": [c.as_dict() for c in self.ignored]}


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


def _values(values: list[Any]) -> str:
    return ", ".join(json.dumps(v, ensure_ascii=False, default=str) for v in values)


# --- operations -------------------------------------------------------------------------------------

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_DOC_KEYS = ("summary", "description", "x-enum-descriptions", "title")


def _deref(node: Any, doc: dict[str, Any]) -> Any:
    """A path item, parameter, body, response, header… with its ``$ref`` chain followed (not its schemas)."""
    return tolerant(doc, node)[0]


def _operations(doc: dict[str, Any]) -> dict[tuple[str, str, str], tuple[str, dict[str, Any], dict[str, Any]]]:
    """(kind, normalised name, method) → (name as written, operation, its path item)."""
    found = {}
    for kind in ("paths", "webhooks"):
        entries = doc.get(kind)
        for name, item in (entries.items() if isinstance(entries, dict) else ()):
            item = _deref(item, doc)
            if not isinstance(item, dict):
                continue
            norm = re.sub(r"\{[^}]*\}", "{}", str(name)) if kind == "paths" else str(name)
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    found[(kind, norm, method)] = (str(name), item[method], item)
    return found


def _label(kind: str, name: str, method: str) -> str:
    return f"webhook {name}" if kind == "webhooks" else f"{method.upper()} {name}"


def _parameters(op: dict[str, Any], item: dict[str, Any], path: str,
                doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(in, name) → parameter; path parameters are known by their position in the path (a renamed
    ``{id}`` → ``{orderId}`` is the same parameter on the wire)."""
    slots = re.findall(r"\{([^}]*)\}", path)
    params: dict[tuple[str, str], dict[str, Any]] = {}
    for source in (item.get("parameters"), op.get("parameters")):
        for param in source if isinstance(source, list) else []:
            param = _deref(param, doc)
            if not isinstance(param, dict):
                continue
            where, name = str(param.get("in", "")), str(param.get("name", ""))
            if where == "path" and name in slots:
                name = f"#{slots.index(name)}"
            elif where == "header":
                name = name.lower()
            params[(where, name)] = param
    return params


def _param_name(param: dict[str, Any]) -> str:
    return f"{param.get('in')} parameter `{param.get('name')}`"


def _sunset(node: dict[str, Any]) -> tuple[_dt.date | None, bool]:
    """(the x-sunset date, whether an x-sunset is there but is not a date)."""
    raw = node.get("x-sunset")
    if raw is None:
        return None, False
    if isinstance(raw, _dt.date):
        return raw, False
    try:
        return _dt.date.fromisoformat(str(raw)[:10]), False
    except ValueError:
        try:
            return _dt.datetime.strptime(str(raw), "%a, %d %b %Y %H:%M:%S %Z").date(), False
        except ValueError:
            return None, True


def _stability(node: Any) -> str | None:
    value = _mapping(node).get("x-stability-level")
    return None if value is None else str(value)


class _Comparison:
    """One comparison of two documents: findings merged by (rule, pointer, message), with the operations
    that reach each."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any], result: ApiDiff) -> None:
        self.old, self.new, self.result = old, new, result
        self.found: dict[tuple[str, str, str], Change] = {}
        self.current = "API"
        self.schemas = SchemaComparer(old, new, self.add, self.reach)
        self.today = _dt.date.today()

    def add(self, rule: str, message: str, pointer: str = "", operation: str | None = None,
            key: str | None = None) -> Change:
        """Record a finding; one with the same rule, pointer and ``key`` (default: the message) is the same
        finding reached again (from another operation, or another path through the references)."""
        assert rule in RULES, rule
        found_key = (rule, pointer, message if key is None else key)
        change = self.found.get(found_key)
        if change is None:
            change = Change(rule, operation or self.current, message, pointer)
            self.found[found_key] = change
            self.result.changes.append(change)
        self.reach(change, operation)
        return change

    def reach(self, change: Change, operation: str | None = None) -> None:
        label = operation or self.current
        if label not in change.operations:
            change.operations.append(label)

    # --- the document -------------------------------------------------------------------------------------

    def run(self) -> None:
        old, new, result = self.old, self.new, self.result
        old_ops, new_ops = _operations(old), _operations(new)
        if _stability(new.get("info")) in UNSTABLE:
            result.unstable.add("*")
        for k, (name, op, _) in new_ops.items():
            if _stability(op) in UNSTABLE:
                result.unstable.add(_label(k[0], name, k[2]))
        old_ids = {op.get("operationId"): k for k, (_, op, _) in old_ops.items() if isinstance(op.get("operationId"), str)}
        new_ids = {op.get("operationId"): k for k, (_, op, _) in new_ops.items() if isinstance(op.get("operationId"), str)}
        moved_to: dict[tuple[str, str, str], tuple[str, str, str]] = {}
        for op_id, old_key in old_ids.items():
            new_key = new_ids.get(op_id)
            if new_key and new_key != old_key and old_key not in new_ops and new_key not in old_ops:
                moved_to[old_key] = new_key
        new_names = {(k[0], k[1]) for k in new_ops}
        for k, (name, op, _) in old_ops.items():
            label = _label(k[0], name, k[2])
            pointer = f"/{k[0]}/{escape(name)}/{k[2]}"
            if k in moved_to:
                target = moved_to[k]
                self.add("api-path-changed", f"`{op.get('operationId')}` moved to "
                         f"{_label(target[0], new_ops[target][0], target[2])}", pointer, label)
            elif k not in new_ops:
                self.removed_operation(k, name, op, label, pointer, (k[0], k[1]) not in new_names)
        moved_from = {v: k for k, v in moved_to.items()}
        for k, (name, op, _) in new_ops.items():
            if k not in old_ops and k not in moved_from:
                rule = "webhook-added" if k[0] == "webhooks" else "endpoint-added"
                self.add(rule, f"`{op.get('operationId', name)}` added", f"/{k[0]}/{escape(name)}/{k[2]}",
                         _label(k[0], name, k[2]))
        for k, (name, op, item) in new_ops.items():
            before = old_ops.get(k) or (old_ops.get(moved_from[k]) if k in moved_from else None)
            if before is None:
                continue
            self.current = _label(k[0], name, k[2])
            self.operation(before[1], before[2], before[0], op, item, name, k[0], f"/{k[0]}/{escape(name)}/{k[2]}")
        self.current = "API"
        if old and new:  # a new or removed API: its operations say it all
            self.document_level()

    def removed_operation(self, k: tuple[str, str, str], name: str, op: dict[str, Any], label: str,
                          pointer: str, whole_path: bool) -> None:
        if k[0] == "webhooks":
            self.add("webhook-removed", f"`{op.get('operationId', label)}` removed", pointer, label)
            return
        stability = _stability(op)
        if stability in UNSTABLE:
            return  # draft and alpha operations may go at any time (oasdiff: not reported)
        prefix = "api-path" if whole_path else "api"
        what = f"`{op.get('operationId', label)}`"
        if not op.get("deprecated"):
            self.add(f"{prefix}-removed-without-deprecation", f"{what} removed", pointer, label)
            return
        sunset, bad = _sunset(op)
        if bad:
            self.add("api-path-sunset-parse", f"{what} removed; its x-sunset {op.get('x-sunset')!r} is not a date",
                     pointer, label)
        elif sunset and sunset > self.today:
            self.add(f"{prefix}-removed-before-sunset", f"{what} removed before its sunset {sunset}", pointer, label)
        else:
            self.add(f"{prefix}-removed-with-deprecation", f"deprecated {what} removed", pointer, label)

    def document_level(self) -> None:
        old, new = self.old, self.new
        old_global = _requirements(old.get("security"))
        new_global = _requirements(new.get("security"))
        for name in sorted(set(new_global) - set(old_global)):
            self.add("api-global-security-added", f"security scheme `{name}` required by the document", "/security")
        for name in sorted(set(old_global) - set(new_global)):
            self.add("api-global-security-removed", f"security scheme `{name}` no longer required by the document",
                     "/security")
        old_schemes = _mapping(_mapping(old.get("components")).get("securitySchemes"))
        new_schemes = _mapping(_mapping(new.get("components")).get("securitySchemes"))
        for name in sorted(set(new_schemes) - set(old_schemes)):
            self.add("api-security-component-added", f"security scheme `{name}` added",
                     f"/components/securitySchemes/{escape(name)}")
        for name in sorted(set(old_schemes) - set(new_schemes)):
            self.add("api-security-component-removed", f"security scheme `{name}` removed",
                     f"/components/securitySchemes/{escape(name)}")
        for name in sorted(set(old_schemes) & set(new_schemes)):
            a, b = _mapping(_deref(old_schemes[name], old)), _mapping(_deref(new_schemes[name], new))
            at = f"/components/securitySchemes/{escape(name)}"
            if a.get("type") != b.get("type"):
                self.add("api-security-component-type-changed",
                         f"security scheme `{name}`: type {a.get('type')!r} → {b.get('type')!r}", at)
                continue
            fields = [f for f in ("in", "name", "scheme") if a.get(f) != b.get(f)]
            if fields:
                self.add("api-security-component-changed", f"security scheme `{name}`: " + ", ".join(
                    f"{f} {a.get(f)!r} → {b.get(f)!r}" for f in fields), at)
            old_scopes, new_scopes = _oauth_scopes(a), _oauth_scopes(b)
            for scope in sorted(new_scopes - old_scopes):
                self.add("api-security-component-oauth-scope-added", f"security scheme `{name}`: scope `{scope}` added",
                         at)
            for scope in sorted(old_scopes - new_scopes):
                self.add("api-security-component-oauth-scope-removed",
                         f"security scheme `{name}`: scope `{scope}` removed", at)
        self.current = "components"
        old_c, new_c = _mapping(old.get("components")), _mapping(new.get("components"))
        if old_c != new_c:
            self.assumptions(old_c, new_c, "/components")
        if old_c != new_c and _text_changed(old_c, new_c, _DOC_KEYS, ("examples", "example")):
            self.add("api-documentation-updated", "component descriptions updated", "/components")
        self.current = "API"
        old_servers, new_servers = _urls(old.get("servers")), _urls(new.get("servers"))
        if old_servers and old_servers != new_servers:
            self.add("api-servers-changed", f"servers {_values(old_servers)} → {_values(new_servers)}", "/servers")

    # --- one operation --------------------------------------------------------------------------------------

    def operation(self, old_op: dict[str, Any], old_item: dict[str, Any], old_path: str, new_op: dict[str, Any],
                  new_item: dict[str, Any], new_path: str, kind: str, pointer: str) -> None:
        webhook = kind == "webhooks"
        old_id, new_id = old_op.get("operationId"), new_op.get("operationId")
        if old_id != new_id:
            if old_id and new_id:
                self.add("api-operation-id-changed", f"operationId `{old_id}` → `{new_id}`", pointer)
            elif old_id:
                self.add("api-operation-id-removed", f"operationId `{old_id}` removed", pointer)
            else:
                self.add("api-operation-id-added", f"operationId `{new_id}` added", pointer)
        self.lifecycle(old_op, new_op, pointer)
        old_servers = _urls(old_op.get("servers", old_item.get("servers")))
        new_servers = _urls(new_op.get("servers", new_item.get("servers")))
        if old_servers != new_servers and (old_servers or new_servers):
            self.add("api-servers-changed", f"servers {_values(old_servers)} → {_values(new_servers)}", pointer)
        self.names(old_op.get("tags"), new_op.get("tags"), "api-tag", "tag", pointer)
        if not webhook:
            self.parameters(old_op, old_item, old_path, new_op, new_item, new_path, pointer)
        self.request_body(old_op, new_op, pointer, webhook)
        self.responses(old_op, new_op, pointer)
        if not webhook:
            self.security(old_op, new_op, pointer)
        self.callbacks(old_op, new_op, pointer)
        self.extensions(old_op, new_op, pointer)

    def lifecycle(self, old_op: dict[str, Any], new_op: dict[str, Any], pointer: str) -> None:
        old_s, new_s = _stability(old_op), _stability(new_op)
        if old_s == new_s:
            pass
        elif new_s is not None and new_s not in STABILITY:
            self.add("api-invalid-stability-level", f"x-stability-level {new_s!r} is not one of "
                     f"{', '.join(STABILITY)}", pointer)
        elif old_s is not None and old_s not in STABILITY:
            self.add("api-invalid-stability-level", f"the old x-stability-level {old_s!r} is not one of "
                     f"{', '.join(STABILITY)}", pointer)
        elif old_s in STABILITY and new_s in STABILITY and old_s != new_s:
            lower = STABILITY.index(new_s) < STABILITY.index(old_s)
            self.add("api-stability-decreased" if lower else "api-stability-increased",
                     f"x-stability-level {old_s} → {new_s}", pointer)
        if new_op.get("deprecated") and not old_op.get("deprecated"):
            sunset, bad = _sunset(new_op)
            if bad:
                self.add("api-deprecated-sunset-parse", f"deprecated; x-sunset {new_op.get('x-sunset')!r} is not "
                         "a date", pointer)
            elif sunset:
                self.add("endpoint-deprecated-with-sunset", f"deprecated, sunset {sunset}", pointer)
            else:
                self.add("endpoint-deprecated", "deprecated", pointer)
        elif old_op.get("deprecated") and not new_op.get("deprecated"):
            self.add("endpoint-reactivated", "no longer deprecated", pointer)
        elif old_op.get("deprecated") and new_op.get("deprecated"):
            (a, a_bad), (b, b_bad) = _sunset(old_op), _sunset(new_op)
            if old_op.get("x-sunset") == new_op.get("x-sunset"):
                pass
            elif b_bad or a_bad:
                self.add("api-path-sunset-parse", f"x-sunset {(new_op if b_bad else old_op).get('x-sunset')!r} "
                         "is not a date", pointer)
            elif a and not b:
                self.add("sunset-deleted", f"x-sunset {a} removed", pointer)

    def parameters(self, old_op: dict[str, Any], old_item: dict[str, Any], old_path: str, new_op: dict[str, Any],
                   new_item: dict[str, Any], new_path: str, pointer: str) -> None:
        old_params = _parameters(old_op, old_item, old_path, self.old)
        new_params = _parameters(new_op, new_item, new_path, self.new)
        for pkey, param in old_params.items():
            if pkey in new_params:
                continue
            what = _param_name(param)
            if _stability(old_op) in UNSTABLE:
                continue
            if param.get("deprecated"):
                sunset, bad = _sunset(param)
                if bad:
                    self.add("request-parameter-sunset-parse", f"{what} removed; its x-sunset is not a date", pointer)
                elif sunset and sunset > self.today:
                    self.add("request-parameter-removed-before-sunset", f"{what} removed before its sunset {sunset}",
                             pointer)
                else:
                    self.add("request-parameter-removed-with-deprecation", f"deprecated {what} removed", pointer)
            else:
                self.add("request-parameter-removed", f"{what} removed", pointer)
        for pkey, param in new_params.items():
            what = _param_name(param)
            before = old_params.get(pkey)
            if before is None:
                if pkey[0] == "path":
                    self.add("new-request-path-parameter", f"{what} added", pointer)
                else:
                    required = bool(param.get("required"))
                    self.add("new-required-request-parameter" if required else "new-optional-request-parameter",
                             f"{'required' if required else 'optional'} {what} added", pointer)
                continue
            if param.get("required") and not before.get("required"):
                self.add("request-parameter-became-required", f"{what} became required", pointer)
            elif before.get("required") and not param.get("required"):
                self.add("request-parameter-became-optional", f"{what} became optional", pointer)
            if param.get("deprecated") and not before.get("deprecated"):
                self.add("request-parameter-deprecated", f"{what} deprecated", pointer)
            elif before.get("deprecated") and not param.get("deprecated"):
                self.add("request-parameter-reactivated", f"{what} no longer deprecated", pointer)
            elif before.get("deprecated") and param.get("deprecated"):
                (a, a_bad), (b, b_bad) = _sunset(before), _sunset(param)
                if before.get("x-sunset") == param.get("x-sunset"):
                    pass
                elif a_bad or b_bad:
                    self.add("request-parameter-sunset-parse", f"{what}: x-sunset is not a date", pointer)
                elif a and not b:
                    self.add("request-parameter-sunset-deleted", f"{what}: x-sunset {a} removed", pointer)
            serialization = [(f, before.get(f), param.get(f)) for f in ("style", "explode", "allowReserved")
                             if before.get(f) != param.get(f)]
            if serialization:
                self.add("request-parameter-serialization-changed", f"{what}: " + ", ".join(
                    f"{f} {a!r} → {b!r}" for f, a, b in serialization), pointer)
            self.schemas.compare(_param_schema(before), _param_schema(param), "request", "parameter",
                                 str(param.get("name")), f"{pointer}/parameters", skip="readOnly")

    def request_body(self, old_op: dict[str, Any], new_op: dict[str, Any], pointer: str, webhook: bool) -> None:
        old_body = _mapping(_deref(old_op.get("requestBody"), self.old))
        new_body = _mapping(_deref(new_op.get("requestBody"), self.new))
        side, skip = ("webhook", "writeOnly") if webhook else ("request", "readOnly")
        at = pointer + "/requestBody"
        if not webhook and not old_body and new_body:
            required = bool(new_body.get("required"))
            self.add("request-body-added-required" if required else "request-body-added-optional",
                     f"{'required' if required else 'optional'} request body added", at)
            return
        if not webhook and old_body and not new_body:
            self.add("request-body-removed", "request body removed", at)
            return
        if not old_body or not new_body:
            return
        if not webhook and bool(new_body.get("required")) != bool(old_body.get("required")):
            self.add("request-body-became-required" if new_body.get("required") else "request-body-became-optional",
                     f"request body became {'required' if new_body.get('required') else 'optional'}", at)
        old_content, new_content = _mapping(old_body.get("content")), _mapping(new_body.get("content"))
        for media in old_content:
            if media not in new_content and not webhook:
                self.add("request-body-media-type-removed", f"request media type `{media}` removed", at)
        for media in new_content:
            if media not in old_content:
                if not webhook:
                    self.add("request-body-media-type-added", f"request media type `{media}` added", at)
                continue
            a, b = _mapping(old_content[media]).get("schema"), _mapping(new_content[media]).get("schema")
            m_at = f"{at}/content/{escape(media)}/schema"
            if a is None and b is not None and not webhook:
                self.add("request-body-media-type-schema-added", f"`{media}`: a schema added", m_at)
            elif a is not None and b is None and not webhook:
                self.add("request-body-media-type-schema-removed", f"`{media}`: the schema removed", m_at)
            self.schemas.loose = bool(LOOSE_MEDIA.search(media))
            try:
                self.schemas.compare(a, b, side, "body", "", m_at, skip=skip)
            finally:
                self.schemas.loose = False

    def responses(self, old_op: dict[str, Any], new_op: dict[str, Any], pointer: str) -> None:
        old_resp, new_resp = _mapping(old_op.get("responses")), _mapping(new_op.get("responses"))
        for status in old_resp:
            if status not in new_resp:
                success = str(status).startswith("2")
                self.add("response-success-status-removed" if success else "response-non-success-status-removed",
                         f"status {status} removed", f"{pointer}/responses/{escape(str(status))}")
        for status, response in new_resp.items():
            r_at = f"{pointer}/responses/{escape(str(status))}"
            if status not in old_resp:
                success = str(status).startswith("2")
                self.add("response-success-status-added" if success else "response-non-success-status-added",
                         f"status {status} added", r_at)
                continue
            old_r, new_r = _mapping(_deref(old_resp[status], self.old)), _mapping(_deref(response, self.new))
            old_content, new_content = _mapping(old_r.get("content")), _mapping(new_r.get("content"))
            for media in old_content:
                if media not in new_content:
                    self.add("response-media-type-removed", f"status {status}: media type `{media}` removed", r_at)
            for media in new_content:
                if media not in old_content:
                    self.add("response-media-type-added", f"status {status}: media type `{media}` added", r_at)
                    continue
                a, b = _mapping(old_content[media]).get("schema"), _mapping(new_content[media]).get("schema")
                m_at = f"{r_at}/content/{escape(media)}/schema"
                if a is None and b is not None:
                    self.add("response-body-media-type-schema-added", f"status {status} `{media}`: a schema added",
                             m_at)
                elif a is not None and b is None:
                    self.add("response-body-media-type-schema-removed",
                             f"status {status} `{media}`: the schema removed", m_at)
                self.schemas.loose = bool(LOOSE_MEDIA.search(media))
                try:
                    self.schemas.compare(a, b, "response", "body", "", m_at, skip="writeOnly")
                finally:
                    self.schemas.loose = False
            self.headers(old_r, new_r, status, r_at)
            self.names(old_r.get("links"), new_r.get("links"), "response-link", f"status {status}: link",
                       r_at + "/links")

    def headers(self, old_r: dict[str, Any], new_r: dict[str, Any], status: str, r_at: str) -> None:
        old_h = {str(k).lower(): (k, _mapping(_deref(v, self.old))) for k, v in _mapping(old_r.get("headers")).items()}
        new_h = {str(k).lower(): (k, _mapping(_deref(v, self.new))) for k, v in _mapping(new_r.get("headers")).items()}
        for key, (name, header) in old_h.items():
            if key not in new_h:
                rule = "required-response-header-removed" if header.get("required") else \
                    "optional-response-header-removed"
                self.add(rule, f"status {status}: header `{name}` removed", f"{r_at}/headers/{escape(str(name))}")
        for key, (name, header) in new_h.items():
            at = f"{r_at}/headers/{escape(str(name))}"
            if key not in old_h:
                self.add("response-header-added", f"status {status}: header `{name}` added", at)
                continue
            before = old_h[key][1]
            if before.get("required") and not header.get("required"):
                self.add("response-header-became-optional", f"status {status}: header `{name}` became optional", at)
            elif header.get("required") and not before.get("required"):
                self.add("response-header-became-required", f"status {status}: header `{name}` became required", at)
            self.schemas.compare(_param_schema(before), _param_schema(header), "response", "header", str(name),
                                 at + "/schema")

    def security(self, old_op: dict[str, Any], new_op: dict[str, Any], pointer: str) -> None:
        if "security" not in old_op and "security" not in new_op:
            return  # the document's requirement: compared once, at document level
        old_req = _requirements(old_op.get("security", self.old.get("security")))
        new_req = _requirements(new_op.get("security", self.new.get("security")))
        for name in sorted(set(new_req) - set(old_req)):
            self.add("api-security-added", f"security scheme `{name}` now required", pointer)
        for name in sorted(set(old_req) - set(new_req)):
            self.add("api-security-removed", f"security scheme `{name}` no longer required", pointer)
        for name in sorted(set(old_req) & set(new_req)):
            for scope in sorted(new_req[name] - old_req[name]):
                self.add("api-security-scope-added", f"security scheme `{name}`: scope `{scope}` required", pointer)
            for scope in sorted(old_req[name] - new_req[name]):
                self.add("api-security-scope-removed", f"security scheme `{name}`: scope `{scope}` no longer "
                         "required", pointer)

    def names(self, old: Any, new: Any, rule: str, what: str, pointer: str) -> None:
        """``<rule>-removed`` / ``<rule>-added`` for the keys of two mappings (links, callbacks) or the strings
        of two lists (tags)."""
        old, new = ({str(k): None for k in _list(x) if isinstance(k, str)} if isinstance(x, list) else _mapping(x)
                    for x in (old, new))
        for name in old:
            if name not in new:
                self.add(f"{rule}-removed", f"{what} `{name}` removed", pointer)
        for name in new:
            if name not in old:
                self.add(f"{rule}-added", f"{what} `{name}` added", pointer)

    def callbacks(self, old_op: dict[str, Any], new_op: dict[str, Any], pointer: str) -> None:
        old_cb, new_cb = _mapping(old_op.get("callbacks")), _mapping(new_op.get("callbacks"))
        self.names(old_cb, new_cb, "callback", "callback", pointer + "/callbacks")
        for name in new_cb:
            if name not in old_cb:
                continue
            # a callback's request is sent by the server and read by the client: compared like a response
            old_items, new_items = _mapping(_deref(old_cb[name], self.old)), _mapping(_deref(new_cb[name], self.new))
            for expression, item in new_items.items():
                before = _mapping(_deref(old_items.get(expression), self.old))
                item = _mapping(_deref(item, self.new))
                for method in METHODS:
                    a, b = _mapping(before.get(method)), _mapping(item.get(method))
                    if a and b:
                        self.request_body(a, b, f"{pointer}/callbacks/{escape(name)}/{escape(expression)}/{method}",
                                          webhook=True)

    def extensions(self, old_op: dict[str, Any], new_op: dict[str, Any], pointer: str) -> None:
        if old_op == new_op:
            return  # (what components carry is compared once, at document level)
        if _text_changed(old_op, new_op, _DOC_KEYS, ("examples", "example")):
            self.add("api-documentation-updated", "summary/descriptions updated", pointer)
        if _text_changed(old_op, new_op, ("examples", "example", "x-vendor-examples"), ()):
            self.add("api-examples-updated", "examples updated", pointer)
        if old_op.get("x-source") != new_op.get("x-source"):
            self.add("x-source-changed", f"x-source {_source(old_op.get('x-source'))} → "
                     f"{_source(new_op.get('x-source'))}", pointer)
        self.assumptions(old_op, new_op, pointer)

    def assumptions(self, old_node: Any, new_node: Any, pointer: str) -> None:
        """x-unverified: an assumption stays one while it stands at the same place (reworded or not) or keeps
        its text (moved)."""
        old_unv = _collect(old_node, ("x-unverified",), skip=("examples",))
        new_unv = _collect(new_node, ("x-unverified",), skip=("examples",))
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
                self.add(rule, f"{verb}: {_short(json.loads(text))} — at {at}{more}", pointer + wheres[0])


def _mapping(node: Any) -> dict[str, Any]:
    return node if isinstance(node, dict) else {}


def _urls(servers: Any) -> list[Any]:
    return [s.get("url") for s in _list(servers) if isinstance(s, dict)]


def _list(node: Any) -> list[Any]:
    return node if isinstance(node, list) else []


def _param_schema(param: dict[str, Any]) -> Any:
    """A parameter's (or header's) schema: ``schema``, or the one of its single ``content`` entry."""
    if isinstance(param.get("schema"), dict):
        return param["schema"]
    content = _mapping(param.get("content"))
    if len(content) == 1:
        return _mapping(next(iter(content.values()))).get("schema")
    return None


def _requirements(security: Any) -> dict[str, set[str]]:
    """scheme → scopes, over the alternatives of a security requirement list."""
    found: dict[str, set[str]] = {}
    for requirement in security if isinstance(security, list) else []:
        for name, scopes in _mapping(requirement).items():
            found.setdefault(str(name), set()).update(s for s in _list(scopes) if isinstance(s, str))
    return found


def _oauth_scopes(scheme: dict[str, Any]) -> set[str]:
    return {str(s) for flow in _mapping(scheme.get("flows")).values() for s in _mapping(_mapping(flow).get("scopes"))}


def compare_documents(old: dict[str, Any], new: dict[str, Any], key: str = "",
                      policy: Policy | None = None) -> ApiDiff:
    """Every change from ``old`` to ``new`` (two documents; internal ``$ref``s are followed).

    ``policy`` changes levels or ignores findings; without one, an API of this repository (``key`` given)
    gets the repository's ``diff-policy.yaml`` and anything else oasdiff's levels."""
    old = old if isinstance(old, dict) else {}
    new = new if isinstance(new, dict) else {}
    result = ApiDiff(key, str(_mapping(old.get("info")).get("version")) if old else None,
                     str(_mapping(new.get("info")).get("version")))
    _Comparison(old, new, result).run()
    if policy is None and key:
        policy = repository_policy()
    if policy is not None:
        policy.apply(result)
    return result



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


# --- output -----------------------------------------------------------------------------------------

_HEADINGS = ((ERROR, "Breaking changes"), ("warning", "Changes to look at"), ("info", "Other changes"))


def where_reached(change: Change, limit: int = 4) -> str:
    ops = change.operations or [change.operation]
    if len(ops) <= 1:
        return ops[0] if ops else change.operation
    shown = ", ".join(ops[:limit]) + (f" and {len(ops) - limit} more" if len(ops) > limit else "")
    return f"{change.pointer or ops[0]} (reaches {len(ops)} operations: {shown})"


def markdown(result: ApiDiff, heading: str = "##") -> str:
    """The changelog of one API as Markdown (deterministic: no dates, no refs)."""
    lines = [f"{heading} {result.key} {result.old_version or '(new)'} → {result.new_version or '(removed)'}", ""]
    if not result.changes:
        return "\n".join([*lines, "No changes to the contract.", "", *_ignored(result, heading)])
    counts = ", ".join(f"{sum(c.level == lvl for c in result.changes)} {lvl}" for lvl, _ in _HEADINGS)
    if not result.versioned:  # two specs compared: the verdict alone
        verdict = f"**{'Breaking' if result.is_breaking else 'Not breaking'}** ({counts})."
        if result.accepted:
            verdict += f" {len(result.accepted)} breaking change(s) accepted: x-stability-level draft/alpha."
    else:
        made = version_bump(result.old_version, result.new_version)
        verdict = (f"Required version bump: **{result.required_bump}** ({counts}); info.version "
                   f"{result.old_version} → {result.new_version}: "
                   f"{'not raised' if made == 'none' else made + ' bump'}.")
        if result.breaking and result.major_raised:
            verdict += " The info.version major was raised: accepted."
        elif result.fails:
            verdict += " **The info.version major was not raised: raise it (or avoid the break).**"
        elif result.breaking:
            verdict += " Accepted: the operations are x-stability-level draft/alpha."
    lines += [verdict, ""]
    accepted = result.accepted
    for level, title in _HEADINGS:
        entries = [c for c in result.changes if c.level == level]
        if not entries:
            continue
        lines += [f"{heading}# {title}", ""]
        for change in sorted(entries, key=lambda c: (where_reached(c), c.rule, c.message)):
            note = " (x-stability-level: accepted)" if change in accepted else ""
            lines.append(f"- {where_reached(change)}: {change.message} `[{change.rule}]`{note}")
        lines.append("")
    return "\n".join(lines + _ignored(result, heading))


def _ignored(result: ApiDiff, heading: str) -> list[str]:
    if not result.ignored:
        return []
    return [f"{heading}# Ignored by the policy file", "",
            *(f"- {where_reached(c)}: {c.message} `[{c.rule}]` — {c.ignored}" for c in result.ignored), ""]


def iter_rules() -> Iterator[Rule]:
    return iter(RULES.values())
