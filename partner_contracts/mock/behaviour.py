"""The mock's state, declared per API in ``specs/<key>/behaviour.yaml`` — no per-endpoint code.

A behaviour file has three parts::

    collections:            # named stores of records
      orders: {key: id, limit: 5000}
      lockers:
        key: id
        seed:               # records taken from the spec's own examples (JSON pointers)
          - {view: compact, from: "#/components/examples/ListLockersCompact/value/data/items"}
    operations:             # operationId -> one action
      getOrder: {get: orders, key: $path.orderId, respond: {data: $item}}
    webhooks:               # webhook name -> payload template (sent after actions that name it)
      orderUpdated: {payload: {$pick: $item, keys: [id, orderStatus]}}

Actions (one per operation): ``list``, ``get``, ``create``, ``update``, ``delete`` on a collection, or
``respond`` alone. Modifiers: ``key`` (expression for the record key), ``filter`` (field → expression,
equality, skipped when the expression is missing), ``page`` (``{number, size, first, default_size}``),
``requires`` (records that must exist, else 404), ``reserve`` / ``release`` (a counter in a list inside
another record: take one, 409 when none is left / give it back), ``guard`` (a condition that must hold,
else 409), ``item`` / ``set`` (templates of the record created / the fields updated), ``status``,
``respond`` (template of the body) and ``webhook`` (names a webhook to send).

Templates are JSON values in which a string starting with ``$`` is an expression
(``$body.orderId``, ``$query.page``, ``$path.id``, ``$item.stacks``, ``$now``, ``$uuid``,
``$digits:6``, ``$code:8``, ``$int:…``) and a one-key mapping whose key starts with ``$`` is an operator
(``$merge``, ``$first``, ``$each``/``do``, ``$pick``/``keys``, ``$count``, ``$literal``, ``$sum``/``of``,
``$if``/``then``/``else``, ``$switch``/``cases``, ``$eq``, ``$ne``, ``$not``). A missing value drops its key. Keys starting with ``__`` are kept in the
store but never sent.
"""

from __future__ import annotations

import copy
import math
import random
import secrets
import string
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ..specs import resolve_pointer


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()
DEFAULT_LIMIT = 5000


class ActionError(Exception):
    """A request the behaviour refuses: answered with ``status`` in the API's error envelope."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# --- expressions and templates ----------------------------------------------------------------------


def lookup(value: Any, path: str) -> Any:
    for part in path.split(".") if path else []:
        if isinstance(value, dict):
            value = value.get(part, MISSING)
        elif isinstance(value, list) and part.lstrip("-").isdigit():
            index = int(part)
            value = value[index] if -len(value) <= index < len(value) else MISSING
        else:
            return MISSING
        if value is MISSING:
            return MISSING
    return value


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def expression(text: str, ctx: dict[str, Any]) -> Any:
    name, _, arg = text[1:].partition(":")
    if name == "now":
        return _now()
    if name == "unix":
        return int(datetime.now(timezone.utc).timestamp())
    if name == "uuid":
        return str(uuid.uuid4())
    if name == "digits":
        return "".join(random.choices(string.digits, k=int(arg or 6)))
    if name == "code":
        return "".join(random.choices(string.ascii_uppercase + string.digits, k=int(arg or 8)))
    if name == "token":
        return secrets.token_urlsafe(int(arg or 24))
    if name == "seq":
        ctx["__seq__"][arg] = ctx["__seq__"].get(arg, 0) + 1
        return ctx["__seq__"][arg]
    if name == "int":
        value = expression("$" + arg, ctx) if arg else MISSING
        try:
            return int(value) if value is not MISSING and value is not None else MISSING
        except (TypeError, ValueError):
            return MISSING
    if name == "nodash":
        value = expression("$" + arg, ctx)
        return value.replace("-", "") if isinstance(value, str) else MISSING
    head, _, rest = name.partition(".")
    if head not in ctx:
        raise KeyError(f"unknown template variable ${head}")
    return lookup(ctx[head], rest)


def render(template: Any, ctx: dict[str, Any]) -> Any:
    if isinstance(template, str):
        return expression(template, ctx) if template.startswith("$") and len(template) > 1 else template
    if isinstance(template, list):
        out = [render(t, ctx) for t in template]
        return [v for v in out if v is not MISSING]
    if not isinstance(template, dict):
        return template
    operator = next((k for k in template if k.startswith("$")), None)
    if operator is not None:
        return _operator(operator, template, ctx)
    result = {}
    for key, sub in template.items():
        value = render(sub, ctx)
        if value is not MISSING:
            result[key] = value
    return result


def _operator(op: str, t: dict[str, Any], ctx: dict[str, Any]) -> Any:
    if op == "$literal":
        return copy.deepcopy(t[op])
    if op == "$merge":
        merged: dict[str, Any] = {}
        for part in t[op]:
            value = render(part, ctx)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    if op == "$first":
        for part in t[op]:
            value = render(part, ctx)
            if value is not MISSING and value is not None:
                return value
        return MISSING
    if op == "$each":
        items = render(t[op], ctx)
        if not isinstance(items, list):
            return MISSING
        out = []
        for it in items:
            value = render(t["do"], {**ctx, "it": it})
            if value is not MISSING:
                out.append(value)
        return out
    if op == "$pick":
        source = render(t[op], ctx)
        if not isinstance(source, dict):
            return MISSING
        return {k: copy.deepcopy(source[k]) for k in t["keys"] if k in source}
    if op == "$count":
        value = render(t[op], ctx)
        return len(value) if isinstance(value, list) else 0
    if op == "$sum":
        items = render(t[op], ctx)
        total: float = 0
        for it in items if isinstance(items, list) else []:
            value = render(t["of"], {**ctx, "it": it})
            total += value if isinstance(value, (int, float)) and not isinstance(value, bool) else 0
        return int(total) if float(total).is_integer() else total
    if op == "$if":
        if truthy(render(t[op], ctx)):
            return render(t["then"], ctx)
        return render(t["else"], ctx) if "else" in t else MISSING
    if op == "$switch":
        value = render(t[op], ctx)
        cases = t["cases"]
        key = str(value) if value is not MISSING and str(value) in cases else "default"
        return render(cases[key], ctx) if key in cases else MISSING
    if op in ("$eq", "$ne"):
        left, right = (render(part, ctx) for part in t[op])
        return (left == right) == (op == "$eq")
    if op == "$not":
        return not truthy(render(t[op], ctx))
    raise KeyError(f"unknown template operator {op}")


def truthy(value: Any) -> bool:
    return value is not MISSING and bool(value)


def public(value: Any) -> Any:
    """A copy without the store's private ``__`` keys."""
    if isinstance(value, dict):
        return {k: public(v) for k, v in value.items() if not k.startswith("__")}
    if isinstance(value, list):
        return [public(v) for v in value]
    return value


# --- the store --------------------------------------------------------------------------------------


@dataclass
class Collection:
    name: str
    key: str
    limit: int
    seed_records: list[dict[str, Any]]
    records: OrderedDict[str, dict[str, Any]] = field(default_factory=OrderedDict)

    def reset(self) -> None:
        self.records = OrderedDict((self.key_of(r), copy.deepcopy(r)) for r in self.seed_records)

    def key_of(self, record: dict[str, Any]) -> str:
        value = lookup(record, self.key)
        if value is MISSING:  # a record with views: the key lives in any view
            for view in record.values():
                value = lookup(view, self.key) if isinstance(view, dict) else MISSING
                if value is not MISSING:
                    break
        return str(value)

    def put(self, record: dict[str, Any]) -> None:
        key = self.key_of(record)
        self.records[key] = record
        self.records.move_to_end(key)
        while len(self.records) > self.limit:  # bounded memory: the oldest record goes first
            self.records.popitem(last=False)


def _seed(spec: dict[str, Any], conf: dict[str, Any], key: str) -> list[dict[str, Any]]:
    merged: OrderedDict[str, dict[str, Any]] = OrderedDict()
    for source in conf.get("seed") or []:
        found = resolve_pointer(spec, source["from"])
        for item in found if isinstance(found, list) else [found]:
            if not isinstance(item, dict):
                continue
            record_key = str(lookup(item, key))
            view = source.get("view")
            record = merged.setdefault(record_key, {})
            if view:
                record.setdefault(view, copy.deepcopy(item))
            else:
                for k, v in item.items():
                    record.setdefault(k, copy.deepcopy(v))
    return list(merged.values())


class Behaviour:
    """The state machine of one API: collections plus the action each operationId performs."""

    def __init__(self, conf: dict[str, Any], spec: dict[str, Any]) -> None:
        self.conf = conf or {}
        self.operations: dict[str, dict[str, Any]] = dict(self.conf.get("operations") or {})
        self.webhooks: dict[str, dict[str, Any]] = dict(self.conf.get("webhooks") or {})
        self.collections: dict[str, Collection] = {}
        for name, c in (self.conf.get("collections") or {}).items():
            key = str(c.get("key", "id"))
            self.collections[name] = Collection(name, key, int(c.get("limit", DEFAULT_LIMIT)), _seed(spec, c, key))
        self.sequences: dict[str, int] = {}
        self.reset()

    def reset(self) -> None:
        for collection in self.collections.values():
            collection.reset()
        self.sequences = {str(k): int(v) for k, v in (self.conf.get("sequences") or {}).items()}

    def handles(self, operation_id: str) -> bool:
        return operation_id in self.operations

    def collection(self, name: str) -> Collection:
        try:
            return self.collections[name]
        except KeyError:
            raise KeyError(f"behaviour names unknown collection {name!r}") from None

    def run(self, operation_id: str, request: dict[str, Any]) -> tuple[int | None, Any, list[tuple[str, Any]]]:
        """Perform the operation's action. Returns (status or None for the default, body, webhooks)."""
        action = self.operations[operation_id]
        ctx: dict[str, Any] = {**request, "__seq__": self.sequences}
        for need in action.get("requires") or []:
            self._find(need["collection"], render(need["key"], ctx), need.get("what"))
        verb = next((v for v in ("list", "get", "create", "update", "delete") if v in action), None)
        if verb in ("get", "update", "delete"):
            ctx["item"] = self._find(action[verb], render(action["key"], ctx), action.get("what"))
        guards = action.get("guard") or []
        for guard in guards if isinstance(guards, list) else [guards]:
            if not truthy(render(guard["if"], ctx)):
                raise ActionError(int(guard.get("status", 409)), str(render(guard["message"], ctx)))
        if "reserve" in action:
            ctx["reserved"] = self._counter(action["reserve"], ctx, -1)
        if verb == "list":
            self._list(action, ctx)
        elif verb == "create":
            item = render(action["item"], ctx)
            self.collection(action["create"]).put(item)
            ctx["item"] = item
        elif verb == "update":
            if "release" in action:
                self._counter(action["release"], ctx, +1)
            ctx["item"].update(render(action.get("set") or {}, ctx))
        elif verb == "delete":
            collection = self.collection(action["delete"])
            collection.records.pop(collection.key_of(ctx["item"]), None)
        body = render(action["respond"], ctx) if "respond" in action else MISSING
        hooks = []
        for name in action.get("webhooks") or ([action["webhook"]] if "webhook" in action else []):
            template = (self.webhooks.get(name) or {}).get("payload", "$item")
            hooks.append((name, public(render(template, ctx))))
        status = action.get("status")
        return (int(status) if status else None), (public(body) if body is not MISSING else MISSING), hooks

    def _find(self, name: str, key: Any, what: str | None = None) -> dict[str, Any]:
        collection = self.collection(name)
        record = collection.records.get(str(key)) if key is not MISSING and key is not None else None
        if record is None:
            raise ActionError(404, f"{what or name.rstrip('s')} {key!r} not found" if key is not MISSING
                              else f"{what or name.rstrip('s')} id is missing")
        return record

    def _counter(self, spec: Any, ctx: dict[str, Any], delta: int) -> Any:
        """Take (delta -1) or give back (+1) one unit of a counter, or flip a flag, in a list in a record.

        ``reserve`` is one alternative or a list tried in order, each ``{collection, key, list, match,
        counter | flag}``; it answers a descriptor that ``release: {from: <expression>}`` gives back.
        """
        if delta > 0:
            found = render(spec["from"], ctx)
            if not isinstance(found, dict):
                return MISSING
            record = self.collection(found["collection"]).records.get(str(found["key"]))
            entries = lookup(record, found["list"]) if record is not None else MISSING
            if isinstance(entries, list) and found["index"] < len(entries):
                entry = entries[found["index"]]
                if "counter" in found:
                    entry[found["counter"]] = int(entry.get(found["counter"]) or 0) + 1
                else:
                    entry[found["flag"]] = False
            return found
        for alternative in spec if isinstance(spec, list) else [spec]:
            key = render(alternative["key"], ctx)
            record = self.collection(alternative["collection"]).records.get(str(key))
            entries = lookup(record, alternative["list"]) if record is not None else MISSING
            if not isinstance(entries, list):
                continue
            wanted = {k: render(v, ctx) for k, v in (alternative.get("match") or {}).items()}
            for index, entry in enumerate(entries):
                if not isinstance(entry, dict) or any(
                    w is not MISSING and not _matches(entry.get(k, MISSING), w) for k, w in wanted.items()
                ):
                    continue
                descriptor = {"collection": alternative["collection"], "key": str(key),
                              "list": alternative["list"], "index": index}
                if "counter" in alternative:
                    if int(entry.get(alternative["counter"]) or 0) <= 0:
                        continue
                    entry[alternative["counter"]] -= 1
                    return {**descriptor, "counter": alternative["counter"]}
                if entry.get(alternative["flag"]):
                    continue
                entry[alternative["flag"]] = True
                return {**descriptor, "flag": alternative["flag"]}
        message = render(spec[0].get("message", "no free unit") if isinstance(spec, list)
                         else spec.get("message", "no free unit"), ctx)
        raise ActionError(409, str(message))

    def _list(self, action: dict[str, Any], ctx: dict[str, Any]) -> None:
        collection = self.collection(action["list"])
        items = list(collection.records.values())
        for field_path, expr in (action.get("filter") or {}).items():
            wanted = render(expr, ctx)
            if wanted is MISSING or wanted is None:
                continue
            items = [r for r in items if _matches(lookup(r, field_path), wanted)]
        if action.get("newest_first"):
            items.reverse()
        page = action.get("page")
        total = len(items)
        if page:
            first = int(page.get("first", 0))
            number = render(page.get("number", MISSING), ctx)
            size = render(page.get("size", MISSING), ctx)
            number = int(number) if isinstance(number, int) else first
            size = int(size) if isinstance(size, int) and size > 0 else int(page.get("default_size", 20))
            offset = render(page["offset"], ctx) if "offset" in page else MISSING
            start = int(offset) if isinstance(offset, int) else max(number - first, 0) * size
            ctx.update(page=number, size=size, pages=math.ceil(total / size) if size else 0)
            items = items[start : start + size]
        ctx.update(items=items, total=total)


def _matches(value: Any, wanted: Any) -> bool:
    if isinstance(wanted, list):
        return any(_matches(value, w) for w in wanted)
    return value == wanted or (value is not MISSING and str(value) == str(wanted))
