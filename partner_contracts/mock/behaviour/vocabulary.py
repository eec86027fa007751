"""The behaviour language's words: operators, value generators and the variables each stage binds.

One table per kind of word, read by the checker (``partner_contracts/mock/behaviour/check.py``) and by the
tests that hold the engine (``behaviour.py``) to it; nothing else needs to know the words.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Operator:
    """One template operator ``{$name: operand, <keys>}``.

    ``operand`` says what the operand is: ``template`` (one template), ``list`` (a list of templates, of
    ``arity`` entries when given), ``conditions`` (one template or a list of them), ``bindings`` (a mapping
    of names to templates, bound in order), ``branches`` (``[{if, then} …, {else}]``), ``rule`` (a name in the API's ``rules.py``), ``collection`` (a
    collection name or a template). ``keys`` are the other keys
    allowed beside the operator (``required`` among them); ``over_it`` the keys rendered once per entry with
    ``$it`` bound; ``names`` the keys whose value is plain data (field names, numbers), not a template."""

    operand: str = "template"
    keys: frozenset[str] = frozenset()
    required: frozenset[str] = frozenset()
    over_it: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    arity: int | None = None
    doc: str = ""


def _op(operand: str = "template", keys: str = "", required: str = "", over_it: str = "", names: str = "",
        arity: int | None = None, doc: str = "") -> Operator:
    return Operator(operand, frozenset(keys.split()), frozenset(required.split()), frozenset(over_it.split()),
                    frozenset(names.split()), arity, doc)


OPERATORS: dict[str, Operator] = {
    "$merge": _op("list", doc="the mappings of the list merged, later keys win"),
    "$first": _op("list", doc="the first value that is neither missing nor null"),
    "$each": _op("template", "do", "do", "do", doc="`do` rendered per entry $it of the list"),
    "$pick": _op("template", "keys", "keys", names="keys", doc="the members named by `keys`"),
    "$count": _op(doc="the length of a list (0 for anything else)"),
    "$sum": _op("template", "of", "of", "of", doc="the sum of `of` over the entries $it"),
    "$if": _op("template", "then else", "then", doc="`then` when the operand holds, else `else`"),
    "$switch": _op("template", "cases", "cases", doc="the case named by the operand's text, else `default`"),
    "$not": _op(doc="whether the operand does not hold"),
    "$rule": _op("rule", "args", doc="a function of the API's specs/<key>/rules.py (its RULES), called with `args` "
                 "rendered (missing ones as None)"),
    "$or": _op("conditions", doc="whether any condition holds (in order, stopping early)"),
    "$records": _op("collection", "where", over_it="where", doc="the stored records ($it) for which `where` holds"),
    "$let": _op("bindings", "in", "in", doc="`in` rendered with the names bound in order"),
    "$cond": _op("branches", doc="the `then` of the first branch whose `if` holds, else `else`"),
    "$eq": _op("list", arity=2, doc="[a, b]: equal"),
    "$ne": _op("list", arity=2, doc="[a, b]: not equal"),
    "$in": _op("list", arity=2, doc="[value, list]: the list holds the value"),
    "$add": _op("list", doc="the sum of numbers (missing when one is not a number)"),
    "$mul": _op("list", doc="the product of numbers (missing when one is not a number)"),
    "$gt": _op("list", arity=2, doc="[a, b]: a > b (numbers)"),
    "$gte": _op("list", arity=2, doc="[a, b]: a ≥ b (numbers)"),
    "$lt": _op("list", arity=2, doc="[a, b]: a < b (numbers)"),
    "$get": _op("list", arity=2, doc="[mapping, key]: a member chosen at run time"),
    "$record": _op("list", arity=2, doc="[collection, key]: a stored record, or missing"),
    "$prefix": _op("list", arity=2, doc="[value, text]: the value (any entry of a list) starts with text"),
    "$contains": _op("list", arity=2, doc="[value, text]: the value (any entry of a list) contains text, any case"),
    "$between": _op("list", arity=3, doc="[value, low, high]: inclusive; RFC 3339 texts compare as instants"),
}


@dataclass(frozen=True)
class Generator:
    """A value made afresh by ``$name`` or ``$name:arg``; ``arg`` is ``none``, ``optional`` (a number or
    a format), ``required`` (a name) or ``expression`` (``$int:body.x`` reads ``$body.x``)."""

    arg: str = "none"
    doc: str = ""


GENERATORS: dict[str, Generator] = {
    "now": Generator("optional", "the time in UTC: RFC 3339 with milliseconds, or $now:<strftime>"),
    "unix": Generator("none", "the time in whole seconds since 1970"),
    "uuid": Generator("none", "a random UUID"),
    "digits": Generator("optional", "random digits ($digits:6, the default)"),
    "code": Generator("optional", "random upper-case letters and digits ($code:8, the default)"),
    "token": Generator("optional", "a random URL-safe token ($token:24 bytes, the default)"),
    "seq": Generator("required", "the next value of a counter ($seq:<name>, see `sequences`)"),
    "int": Generator("expression", "$int:<variable>: the value as an integer, or missing"),
    "nodash": Generator("expression", "$nodash:<variable>: the text without dashes"),
}

# What every operation's templates may read: the request, then what the action binds.
REQUEST_VARIABLES = frozenset({"body", "query", "path", "headers", "credentials"})
ERROR_VARIABLES = frozenset({"status", "message", "reason", "field", "code"})


# --- the grammar of a behaviour file --------------------------------------------------------------------
#
# Every key of a behaviour file, declared once: ``specs/behaviour.schema.json`` is made from these tables
# (``python -m partner_contracts.mock.behaviour.vocabulary --schema``; a test keeps it current), the checker
# (``check.py``) walks a file by them, and the engine (``engine.py``) takes its verbs, the keys that change
# state and the templates it compiles at start from them.


@dataclass(frozen=True)
class Key:
    """One key of a part of a behaviour file.

    ``value`` is what the key holds: a kind of ``VALUES`` (``template``, ``collection_name`` …) or the name of a
    part in ``PARTS``; ``many`` says whether it is one (``""``), a ``list`` of them, ``either`` one or a
    list, or a ``map`` (name → one). ``reads`` names the scope its templates are checked in (see
    ``check.py``: ``request``, ``action``, ``entry``, ``made``, ``row``, ``failed``, ``over_it``, ``found``,
    ``evicted``, ``seed``); a part's key without one reads what the key naming the part reads. ``binds``
    names what the key binds for the action's other templates (``@keys``: the keys of its mapping, ``@as``:
    the ``as`` of its entries). ``verb`` marks the keys naming the collection an action works on, ``writes``
    those whose presence means the action changes state."""

    value: str
    many: str = ""
    reads: str = ""
    required: bool = False
    binds: str = ""
    verb: bool = False
    writes: bool = False
    doc: str = ""


@dataclass(frozen=True)
class Part:
    """A mapping of declared keys (no other key allowed); ``one_of``: exactly one of these keys is given;
    ``or_text``: a plain string is allowed instead of the mapping."""

    keys: dict[str, Key]
    one_of: tuple[str, ...] = ()
    or_text: bool = False
    doc: str = ""


# The JSON Schema of each kind of value (a part's is a reference to its definition).
VALUES: dict[str, dict[str, object]] = {
    "template": {"$ref": "#/$defs/template"},
    "collection_name": {"$ref": "#/$defs/name"},
    "name": {"$ref": "#/$defs/name"},
    "text": {"type": "string"},
    "pointer": {"description": "A JSON pointer into the bundled spec.", "type": "string", "pattern": "^#/"},
    "integer": {"type": "integer"},
    "count": {"type": "integer", "minimum": 1},
    "boolean": {"type": "boolean"},
    "status": {"type": "integer", "minimum": 100, "maximum": 599},
    "error_status": {"type": "integer", "minimum": 400, "maximum": 599},
    "values": {"type": "array"},
    "rule": {"type": "string"},
    "fields": {"type": "object", "additionalProperties": {"$ref": "#/$defs/template"}},
    "bindings": {"type": "object", "propertyNames": {"$ref": "#/$defs/name"},
                 "additionalProperties": {"$ref": "#/$defs/template"}},
}

# The scopes a template key ``reads`` (check.py binds each for an action).
SCOPES = {
    "request": "the request alone",
    "action": "the request and what the action's keys bind",
    "entry": "`action`, and `$it` when the action has `each`",
    "made": "`entry` without `$item` (the record is not made yet)",
    "row": "`action`, `$it` (the entry) and `$item` (its record)",
    "failed": "`row` and `$message`",
    "over_it": "`action` and `$it`",
    "found": "the request, and `$item` for get / update / delete",
    "evicted": "`$item` alone: the record a collection's limit evicts",
    "seed": "`$it` alone: the entry a seed found",
    "payload": "what every action sending the webhook binds",
}

_T = "template"

PARTS: dict[str, Part] = {
    "file": Part({
        "collections": Key("collection", "map", doc="Named stores of records."),
        "sequences": Key("integer", "map", doc="Counters used by $seq:<name>, with their start values (a counter "
                         "not named here starts at 0)."),
        "operations": Key("action", "map", doc="operationId -> the action the mock performs for it."),
        "webhooks": Key("webhook", "map", doc="webhook name -> the payload sent after an action that names it."),
    }, doc="The mock's behaviour of one API (specs/<key>/behaviour.yaml)"),
    "collection": Part({
        "key": Key("text", doc="The field (dotted path) that keys a record."),
        "limit": Key("count", doc="At most this many records; the oldest go first."),
        "seed": Key("seed", "list"),
        "release": Key("rule_call", reads="evicted", doc="A rule of specs/<key>/rules.py called with $item = "
                       "each record the limit evicts: it gives back what the record holds."),
    }),
    "seed": Part({
        "from": Key("pointer", required=True),
        "values": Key("values", required=True),
        "view": Key("text"),
        "item": Key(_T, reads="seed"),
    }, one_of=("from", "values")),
    "action": Part({
        "list": Key("collection_name", verb=True, binds="items total page size pages",
                     doc="list the collection's records (then `filter`, `where`, `page`)"),
        "get": Key("collection_name", verb=True, binds="item", doc="find the record `key` names (404 when none)"),
        "create": Key("collection_name", verb=True, binds="item", writes=True,
                       doc="store a record built by `item` (then `derive`)"),
        "update": Key("collection_name", verb=True, binds="item", writes=True,
                       doc="change the record `key` names by `set` (then `derive`)"),
        "delete": Key("collection_name", verb=True, binds="item", writes=True, doc="remove the record `key` names"),
        "key": Key(_T, reads="entry", doc="the record's key (per entry `$it` with `each`)"),
        "what": Key("text", doc="the record's name in a 404 message"),
        "each": Key(_T, reads="action", binds="items", doc="a list: create / update / delete once per entry `$it`"),
        "item": Key(_T, reads="made", doc="the record created"),
        "set": Key(_T, reads="entry", doc="the fields an update sets"),
        "derive": Key(_T, reads="entry", doc="fields computed from the resulting `$item` (totals)"),
        "respond": Key(_T, reads="action", doc="the answer's body"),
        "status": Key("status", doc="the answer's status (else the default)"),
        "requires": Key("requirement", "list", doc="records that must exist, else 404"),
        "let": Key("bindings", reads="found", binds="@keys", doc="names bound in order before any change"),
        "guard": Key("guard", "either", reads="action",
                      doc="conditions that must hold, else `status` (409) with `message`"),
        "reserve": Key("rule_call", reads="action", binds="reserved", writes=True,
                        doc="a rule that takes something, its answer bound to `$reserved`"),
        "release": Key("rule_call", reads="action", writes=True, doc="a rule that gives something back, before `set`"),
        "batch": Key("batch", binds="item succeed failed", writes=True,
                      doc="one update per entry of lists in the body, collecting `$succeed` / `$failed`"),
        "also": Key("step", "list", binds="@as", writes=True,
                     doc="further create / update / delete steps, in order, `as` binding their records"),
        "webhook": Key("hook", reads="action",
                        doc="a webhook sent after the action (`{name, each}`: one per entry `$it`)"),
        "webhooks": Key("hook", "list", reads="action", doc="several webhooks"),
        "filter": Key("fields", reads="action",
                       doc="field → expression: equality, skipped when the expression is missing"),
        "where": Key(_T, "list", reads="over_it", doc="conditions over each record `$it`"),
        "newest_first": Key("boolean", doc="list the newest records first"),
        "page": Key("page", reads="action", doc="`{number, size, offset, first, default_size}`: the page answered"),
    }),
    "requirement": Part({
        "collection": Key("collection_name", required=True),
        "key": Key(_T, reads="request", required=True),
        "what": Key("text"),
    }),
    "guard": Part({
        "if": Key(_T, required=True),
        "status": Key("error_status"),
        "message": Key(_T, required=True),
        "code": Key("text"),
    }),
    "page": Part({
        "number": Key(_T),
        "size": Key(_T),
        "offset": Key(_T),
        "first": Key("integer"),
        "default_size": Key("count"),
    }),
    "step": Part({
        "create": Key("collection_name", verb=True),
        "update": Key("collection_name", verb=True),
        "delete": Key("collection_name", verb=True),
        "each": Key(_T, reads="action"),
        "key": Key(_T, reads="row"),
        "what": Key("text"),
        "item": Key(_T, reads="row"),
        "set": Key(_T, reads="row"),
        "derive": Key(_T, reads="row"),
        "as": Key("name"),
    }, one_of=("create", "update", "delete")),
    "batch": Part({
        "collection": Key("collection_name", required=True),
        "unknown": Key(_T, reads="row"),
        "groups": Key("group", "list", required=True),
        "succeed": Key(_T, reads="row", required=True),
        "failed": Key(_T, reads="failed", required=True),
    }),
    "group": Part({
        "items": Key(_T, reads="action", required=True),
        "key": Key(_T, reads="row", required=True),
        "when": Key("condition", "list", reads="row"),
        "set": Key(_T, reads="row"),
    }),
    "condition": Part({"if": Key(_T, required=True), "message": Key(_T, required=True)}),
    "hook": Part({"name": Key("text", required=True), "each": Key(_T)}, or_text=True),
    "rule_call": Part({"rule": Key("rule", required=True), "args": Key(_T, "list")},
                      doc="A rule of specs/<key>/rules.py that changes state: called with a state handle, then "
                          "`args` rendered."),
    "webhook": Part({"payload": Key(_T, reads="payload")}),
}

ACTION = PARTS["action"]
VERBS = tuple(name for name, key in ACTION.keys.items() if key.verb)
STEP_VERBS = tuple(name for name, key in PARTS["step"].keys.items() if key.verb)
WRITES = frozenset(name for name, key in ACTION.keys.items() if key.writes)


def templates(part: str, value: object) -> list[object]:
    """Every template in ``value``, a ``part`` of a behaviour file (schema-valid), by the declaration."""
    found: list[object] = []
    declared = PARTS[part].keys
    if not isinstance(value, dict):
        return found
    for name, sub in value.items():
        key = declared.get(name)
        if key is None:
            continue
        entries = list(sub.values()) if key.many == "map" and isinstance(sub, dict) else \
            sub if key.many == "list" or (key.many == "either" and isinstance(sub, list)) else [sub]
        for entry in entries if isinstance(entries, list) else []:
            if key.value == _T:
                found.append(entry)
            elif key.value in ("fields", "bindings") and isinstance(entry, dict):
                found += entry.values()
            elif key.value in PARTS:
                found += templates(key.value, entry)
    return found


def _value_schema(key: Key) -> dict[str, object]:
    one: dict[str, object] = dict(VALUES[key.value]) if key.value in VALUES else {"$ref": f"#/$defs/{key.value}"}
    if key.many == "list":
        return {"type": "array", "items": one}
    if key.many == "either":
        return {"oneOf": [one, {"type": "array", "items": one}]}
    if key.many == "map":
        shape: dict[str, object] = {"type": "object"}
        if key.value not in ("action", "webhook"):  # operationIds and webhook names are the spec's
            shape["propertyNames"] = {"$ref": "#/$defs/name"}
        return {**shape, "additionalProperties": one}
    return one


def _part_schema(part: Part) -> dict[str, object]:
    properties = {}
    for name, key in part.keys.items():
        value = _value_schema(key)
        properties[name] = {"description": key.doc, **value} if key.doc else value
    shape: dict[str, object] = {"type": "object", "additionalProperties": False, "properties": properties}
    required = [name for name, key in part.keys.items() if key.required and name not in part.one_of]
    if required:
        shape["required"] = required
    if part.one_of:
        shape["oneOf"] = [{"required": [name]} for name in part.one_of]
    if part.doc:
        shape = {"description": part.doc, **shape}
    if part.or_text:
        return {"oneOf": [{"type": "string"}, shape]}
    return shape


def schema() -> dict[str, object]:
    """``specs/behaviour.schema.json``, made from ``PARTS``."""
    top = _part_schema(PARTS["file"])
    top.pop("description", None)
    definitions: dict[str, object] = {
        "name": {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$"},
        "template": {"description": "A JSON value; strings starting with $ are expressions, one-key $ mappings "
                                    "operators."},
    }
    definitions.update((name, _part_schema(part)) for name, part in PARTS.items() if name != "file")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/partner-contracts/specs/behaviour.schema.json",
        "title": PARTS["file"].doc,
        "description": "Generated from partner_contracts/mock/behaviour/vocabulary.py (python -m "
                       "partner_contracts.mock.behaviour.vocabulary --schema > specs/behaviour.schema.json). "
                       "Collections of records, one action per operationId and webhook payloads. Templates are "
                       "JSON values in which a string starting with $ is an expression and a mapping with a $ key "
                       "is an operator; `partner-contracts validate` checks operators, generators, variables, "
                       "operationIds and collections beyond this schema (partner_contracts/mock/behaviour/check.py)."
                       " Vocabulary: partner_contracts/mock/behaviour/README.md.",
        **top,
        "$defs": definitions,
    }


# The pipeline's modules in request order (the README's "Stages" lists each with its docstring's first line).
STAGES = ("runtime/http", "runtime/router", "runtime/security", "runtime/validate", "mock/respond",
          "mock/behaviour/engine", "mock/dispatch")


def stages() -> list[str]:
    """One line per stage module: its name and the first sentence of its docstring."""
    import importlib

    lines = []
    for number, name in enumerate(STAGES, 1):
        doc = importlib.import_module("partner_contracts." + name.replace("/", ".")).__doc__ or ""
        summary = doc.strip().splitlines()[0].replace("``", "`")
        if summary.startswith("Stage "):  # "Stage 1 — route: …" → "route: …"
            summary = summary.split(" — ", 1)[-1]
        lines.append(f"{number}. `{name}.py` — {summary}")
    return lines


def markdown() -> str:
    """``partner_contracts/mock/behaviour/README.md``, made from the tables above (``python -m
    partner_contracts.mock.behaviour.vocabulary > partner_contracts/mock/behaviour/README.md``; a test keeps it current)."""
    lines = [
        "# The mock's behaviour language",
        "",
        ("<!-- Generated from partner_contracts/mock/behaviour/vocabulary.py: "
         "python -m partner_contracts.mock.behaviour.vocabulary > partner_contracts/mock/behaviour/README.md -->"),
        "",
        "Each API's `specs/<key>/behaviour.yaml` declares its collections, one action per operationId and its",
        "webhooks (shape: `specs/behaviour.schema.json`, made from the grammar below). Templates",
        "are JSON values in which a string starting with `$` is an expression and a mapping whose one `$` key",
        "is an operator. `partner-contracts validate` checks every word below before the mock starts.",
        "",
        "## Stages",
        "",
        "A request goes through one module per stage, in this order (`mock/app.py` runs them: `Pipeline.handle`);",
        "`runtime/operations.py` (the spec dereferenced once, at start, through `spec/deref.py`) feeds them all.",
        "",
        *stages(),
        "",
        "## Variables",
        "",
        "Every operation reads " + ", ".join(f"`${v}`" for v in sorted(REQUEST_VARIABLES)) + "; an action binds",
        "`$item` (its record), `$items` / `$total` / `$page` / `$size` / `$pages` (a list), `$reserved`, the",
        "names of `let` and `as`, `$succeed` / `$failed` (a batch); `$it` is the entry inside `$each`, `$records`,",
        "`$sum`, `where` and the like. The error envelope in api.yaml reads "
        + ", ".join(f"`${v}`" for v in sorted(ERROR_VARIABLES)) + ".",
        "",
        "## Generators",
        "",
        "| word | argument | value |",
        "|---|---|---|",
    ]
    lines += [f"| `${name}` | {g.arg} | {g.doc} |" for name, g in GENERATORS.items()]
    lines += ["", "## Actions", "", "One action per operationId; its keys (any part named is listed below it):", "",
              "| key | value | templates read | binds | does |", "|---|---|---|---|---|"]
    for name, key in ACTION.keys.items():
        value = key.value + {"list": " (list)", "either": " (one or a list)", "map": " (map)"}.get(key.many, "")
        binds = ", ".join(f"`${b}`" for b in key.binds.split() if not b.startswith("@")) or \
            {"@keys": "its names", "@as": "each `as`"}.get(key.binds, "—")
        lines.append(f"| `{name}` | {value} | {key.reads or '—'} | {binds} | {key.doc} |")
    lines += ["", "Templates read (a part's key without its own reads what the key naming the part reads):", ""]
    lines += [f"- `{name}`: {doc}" for name, doc in SCOPES.items()]
    lines += ["", "Parts (`?`: optional):", ""]
    for name, part in PARTS.items():
        if name in ("file", "action"):
            continue
        keys = ", ".join(f"`{k}`" + ("" if key.required else "?") for k, key in part.keys.items())
        lines.append(f"- `{name}`: " + ("a name or " if part.or_text else "") + "{" + keys + "}"
                     + (f" (one of {', '.join(part.one_of)})" if part.one_of else ""))
    lines += ["", "## Operators", "", "| operator | operand | other keys | value |", "|---|---|---|---|"]
    for name, op in OPERATORS.items():
        keys = ", ".join(f"`{k}`" + ("" if k in op.required else " (optional)") for k in sorted(op.keys)) or "—"
        operand = op.operand + (f" ({op.arity})" if op.arity else "")
        lines.append(f"| `{name}` | {operand} | {keys} | {op.doc} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import json
    import sys

    if sys.argv[1:] == ["--schema"]:
        print(json.dumps(schema(), indent=2, ensure_ascii=False))
    else:
        print(markdown(), end="")
