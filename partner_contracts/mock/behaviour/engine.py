"""The mock's state, declared per API in ``specs/<key>/behaviour.yaml`` — no per-endpoint code.

A behaviour file has three parts::

    collections:            # named stores of records
      orders: {key: id, limit: 5000}
      lockers:
        key: id
        seed:               # records from the spec's own examples (JSON pointers), or `values:` given here
          - {view: compact, from: "#/components/examples/ListLockersCompact/value/data/items"}
    operations:             # operationId -> one action
      getOrder: {get: orders, key: $path.orderId, respond: {data: $item}}
    webhooks:               # webhook name -> payload template (sent after actions that name it)
      orderUpdated: {payload: {$pick: $item, keys: [id, orderStatus]}}

One action per operation: ``list``, ``get``, ``create``, ``update``, ``delete`` on a collection, or
``respond`` alone, with the keys the grammar in ``vocabulary.py`` declares (``PARTS``; the language's
README lists each key, what its templates read and what it binds). ``reserve`` / ``release`` and a
collection's own ``release`` (called with ``$item`` for each record its limit evicts) are ``{rule,
args}``: a function of the API's ``rules.py``, given a ``RuleState`` (``rulekit.State``).

Templates are JSON values in which a string starting with ``$`` is an expression (``$body.orderId``,
``$item.stacks``, ``$now:<strftime>``, ``$uuid``, ``$code:8`` …) and a one-key mapping whose key starts
with ``$`` is an operator (``OPERATORS`` below, one function per word). A missing value drops its key.
Keys starting with ``__`` are kept in the store but never sent (a record keeps them beside its mapping:
see ``Record``).

Each template is compiled once, when the mock starts, into a closure (``compile_template``): a request only
calls closures, it never parses a ``$`` string or looks an operator up by name. The words are listed in
``vocabulary.py``; ``partner_contracts/mock/behaviour/check.py`` checks a behaviour file against them (and
``specs/behaviour.schema.json``) before the mock starts.
"""

from __future__ import annotations

import copy
import importlib.util
import itertools
import math
import operator
import random
import string
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NoReturn

from partner_contracts.runtime.values import MISSING, Record, _is_private, _member, copy_json
from partner_contracts.spec.deref import at

from .records import DEFAULT_LIMIT, ActionError, Collection, _parts, _walk, lookup
from .rulekit import bounded as _bounded
from .rulekit import contains, new_id, new_token, pick, starts_with, total
from .rulekit import is_number as _is_number
from .rulekit import tidy as _tidy
from .store import Store
from .vocabulary import STEP_VERBS, VERBS, WRITES, templates

Compiled = Callable[[dict[str, Any]], Any]

_ABSENT = object()

def _now(fmt: str | None = None) -> str:
    """The time in UTC: RFC 3339 with milliseconds, or as ``fmt`` (strftime). The text of the current
    second is made once (a format with %f is made each time); RFC 3339 adds the milliseconds to it."""
    moment = time.time()
    if fmt is not None and "%f" in fmt:
        return datetime.fromtimestamp(moment, timezone.utc).strftime(fmt)
    second = int(moment)
    cached = _NOW_TEXT.get(fmt)
    if cached is None or cached[0] != second:
        text = datetime.fromtimestamp(second, timezone.utc).strftime(fmt or "%Y-%m-%dT%H:%M:%S")
        cached = _NOW_TEXT[fmt] = (second, text)
    if fmt is None:
        return f"{cached[1]}.{int((moment - second) * 1000):03d}Z"
    return cached[1]

_NOW_TEXT: dict[str | None, tuple[int, str]] = {}

def _unknown(message: str) -> Compiled:
    def fail(ctx: dict[str, Any]) -> Any:
        raise KeyError(message)
    return fail

_SIZES = {"digits": 6, "code": 8, "token": 24}  # the length of $digits, $code and $token without an argument

def _generator(name: str, arg: str) -> Compiled | None:
    """The value generators ``$now``, ``$uuid``, ``$digits:6`` …, or None for another name."""
    if name == "now":
        return (lambda ctx: _now(arg)) if arg else (lambda ctx: _now())
    if name == "unix":
        return lambda ctx: int(datetime.now(timezone.utc).timestamp())
    if name == "uuid":
        return lambda ctx: new_id()
    if name in _SIZES:
        size = int(arg or _SIZES[name])
        if name == "token":
            return lambda ctx: new_token(size)
        alphabet = string.digits if name == "digits" else string.ascii_uppercase + string.digits
        return lambda ctx: "".join(random.choices(alphabet, k=size))
    if name == "seq":
        def seq(ctx: dict[str, Any]) -> Any:
            counters = ctx["__seq__"]
            counters[arg] = counters.get(arg, 0) + 1
            return counters[arg]
        return seq
    if name == "int":
        inner = _expression("$" + arg) if arg else None

        def to_int(ctx: dict[str, Any]) -> Any:
            value = inner(ctx) if inner is not None else MISSING
            try:
                return int(value) if value is not MISSING and value is not None else MISSING
            except (TypeError, ValueError):
                return MISSING
        return to_int
    if name == "nodash":
        source = _expression("$" + arg)

        def nodash(ctx: dict[str, Any]) -> Any:
            value = source(ctx)
            return value.replace("-", "") if isinstance(value, str) else MISSING
        return nodash
    return None

def _split(text: str) -> tuple[str, str, str, str]:
    """``$head.rest:arg`` → (name "head.rest", arg, head, rest)."""
    name, _, arg = text[1:].partition(":")
    head, _, rest = name.partition(".")
    return name, arg, head, rest

def _expression(text: str) -> Compiled:
    name, arg, head, rest = _split(text)
    parts = _parts(rest)
    generator = _generator(name, arg)
    if arg:  # $now:%Y, $int:body.x: always the generator
        return generator if generator is not None else _unknown(f"unknown template variable ${head}")
    if not parts:
        variable: Compiled = lambda ctx: ctx[head]  # KeyError when unbound, as for any variable
    elif len(parts) == 1 and not parts[0].startswith("__"):
        part = parts[0]

        def variable(ctx: dict[str, Any]) -> Any:
            value = ctx[head]
            return value.get(part, MISSING) if isinstance(value, dict) else _walk(value, parts)
    else:
        variable = lambda ctx: _walk(ctx[head], parts)
    if generator is None:
        return variable
    # A variable wins over a generator of the same name ($code bound by `let`, say).
    return lambda ctx: variable(ctx) if head in ctx else generator(ctx)

def _constant_value(value: Any) -> Compiled:
    return lambda ctx: value

def compile_template(template: Any) -> Compiled:
    """The closure that renders ``template``: strings starting with ``$`` are expressions, one-key
    mappings whose key starts with ``$`` are operators, other lists and mappings are built anew each time
    (with missing values dropped), and any other value is itself."""
    if isinstance(template, str):
        return _expression(template) if template.startswith("$") and len(template) > 1 else _constant_value(template)
    if isinstance(template, list):
        parts = [compile_template(t) for t in template]

        def build_list(ctx: dict[str, Any]) -> Any:
            out = []
            for part in parts:
                value = part(ctx)
                if value is not MISSING:
                    out.append(value)
            return out
        return build_list
    if not isinstance(template, dict):
        return _constant_value(template)
    op = next((k for k in template if k.startswith("$")), None)
    if op is not None:
        return _operator(op, template)
    return _dict_builder([(key, compile_template(sub)) for key, sub in template.items()])

def _dict_builder(fields: list[tuple[str, Compiled]]) -> Compiled:
    def build_dict(ctx: dict[str, Any]) -> Any:
        result = {}
        for key, part in fields:
            value = part(ctx)
            if value is not MISSING:
                result[key] = value
        return result
    return build_dict

def compile_answer(template: Any) -> Compiled:
    """The closure of an action's ``respond``, whose value is only ever written out as the answer's JSON
    (``Pipeline.respond``): as ``compile_template``'s, except that a page of stored records whose entry
    is a function of the record alone (``{$each: $items, do: <template reading $it only>}``: a pick of
    fields, a view …, within mappings and ``$switch`` cases) writes each record's entry as the JSON text
    the record keeps until it changes (``Record.viewed``), instead of rendering it per record per
    request. The same JSON either way."""
    if isinstance(template, dict):
        op = next((k for k in template if k.startswith("$")), None)
        if op is None:
            return _dict_builder([(key, compile_answer(sub)) for key, sub in template.items()])
        if op == "$switch":
            return _switch_of(compile_template(template["$switch"]),
                              {k: compile_answer(v) for k, v in template["cases"].items()})
        if op == "$each" and _of_it_alone(template["do"]):
            return _each_record_view(compile_template(template["$each"]), template["do"])
    return compiled(template)

_IT = frozenset({"it"})
_STATE_READERS = frozenset({"$record", "$records", "$rule"})  # operators that read other records or rules

def _of_it_alone(template: Any) -> bool:
    """Whether a template's value depends on ``$it`` alone: it reads no other variable, calls no generator
    ($uuid, $now …) and no operator that reads the store or a rule."""
    return reads_only(template, _IT) and not _names_any(template, _STATE_READERS)

def _names_any(template: Any, operators: frozenset[str]) -> bool:
    if isinstance(template, dict):
        return not operators.isdisjoint(template) or any(_names_any(v, operators) for v in template.values())
    if isinstance(template, list):
        return any(_names_any(v, operators) for v in template)
    return False

def _each_record_view(source: Compiled, do_t: Any) -> Compiled:
    token = object()  # this entry's view, kept by each record it was made of
    if isinstance(do_t, dict) and set(do_t) == {"$pick", "keys"} and do_t["$pick"] == "$it":
        pick: Callable[[Any], Any] | None = _picker(list(do_t["keys"]), owned=False)  # no $it to bind
    else:
        pick, do = None, compile_template(do_t)

    def each_view(ctx: dict[str, Any]) -> Any:
        items = source(ctx)
        if not isinstance(items, list):
            return MISSING
        make = pick if pick is not None else (lambda entry: with_it(ctx, entry, do))
        out = []
        for item in items:
            value = item.viewed(token, make) if type(item) is Record else make(item)
            if value is not MISSING:
                out.append(value)
        return out
    return each_view

def reads_only(template: Any, names: frozenset[str]) -> bool:
    """Whether every expression in ``template`` reads a variable among ``names``, so that its value
    depends on them alone (no generator such as $uuid or $now; an argument, $code:8, always means one)."""
    if isinstance(template, str):
        if not template.startswith("$") or len(template) == 1:
            return True
        _, arg, head, _ = _split(template)
        return not arg and head in names
    if isinstance(template, dict):
        return all(reads_only(v, names) for v in template.values())
    if isinstance(template, list):
        return all(reads_only(v, names) for v in template)
    return True

_COMPILED: dict[int, tuple[Any, Compiled]] = {}

def compiled(template: Any) -> Compiled:
    """The compiled closure of a template object (kept with the object, so its id cannot be reused)."""
    entry = _COMPILED.get(id(template))
    if entry is None or entry[0] is not template:
        if len(_COMPILED) > 50_000:  # templates built at run time would otherwise pile up
            _COMPILED.clear()
        entry = (template, compile_template(template))
        _COMPILED[id(template)] = entry
    return entry[1]

def render(template: Any, ctx: dict[str, Any]) -> Any:
    return compiled(template)(ctx)

def with_it(ctx: dict[str, Any], it: Any, part: Compiled) -> Any:
    """``part`` rendered with ``$it`` bound to ``it`` (the context is restored afterwards)."""
    return _each_it(ctx, [it], part)[0]

def _each_it(ctx: dict[str, Any], items: list[Any], part: Compiled) -> list[Any]:
    """``part`` rendered once per entry of ``items`` as ``$it``, in ``ctx`` itself (no copy per entry);
    the caller's ``$it``, if any, is restored afterwards."""
    previous = ctx.get("it", _ABSENT)
    out = []
    try:
        for it in items:
            ctx["it"] = it
            out.append(part(ctx))
    finally:
        if previous is _ABSENT:
            ctx.pop("it", None)
        else:
            ctx["it"] = previous
    return out

def _picker(keys: list[Any], owned: bool) -> Callable[[Any], Any]:
    """What ``{$pick: <source>, keys}`` makes of the source's value: its members named by ``keys``, a deep
    copy of them (so a record built from another, or from a template, shares nothing with it) unless the
    source is ``owned`` by the request; MISSING when the value is not a mapping."""
    if any(map(_is_private, keys)):
        return lambda found: ({k: copy_json(v) for k in keys if (v := _member(found, k)) is not MISSING}
                              if isinstance(found, dict) else MISSING)

    if not owned:
        return lambda found: pick(found, keys)  # a nested value: the pick is a deep copy

    def pick_owned(found: Any) -> Any:
        return {k: found[k] for k in keys if k in found} if isinstance(found, dict) else MISSING
    return pick_owned

def _operands(t: dict[str, Any], op: str) -> Callable[[dict[str, Any]], list[Any]]:
    parts = [compile_template(p) for p in t[op]]
    return lambda ctx: [p(ctx) for p in parts]

def _operator(op: str, t: dict[str, Any]) -> Compiled:
    """The closure of ``{op: operand, …}``: the operator's function from ``OPERATORS`` (one per word)."""
    make = OPERATORS.get(op)
    if make is None:
        return _unknown(f"unknown template operator {op}")
    return make(t, t[op])

Maker = Callable[[dict[str, Any], Any], Compiled]

OPERATORS: dict[str, Maker] = {}  # "$name" -> the function that compiles it (vocabulary.py describes each)

def operator_(*names: str) -> Callable[[Maker], Maker]:
    """Register the function that compiles the operator(s) ``names``: ``make(template, operand)``."""
    def register(make: Maker) -> Maker:
        for name in names:
            OPERATORS[name] = make
        return make
    return register

def _list_operator(*names: str) -> Callable[[Callable[[list[Any]], Any]], Callable[[list[Any]], Any]]:
    """Register an operator over a list of operands: ``compute(values)`` gets the rendered operands."""
    def register(compute: Callable[[list[Any]], Any]) -> Callable[[list[Any]], Any]:
        def make(t: dict[str, Any], arg: Any) -> Compiled:
            values = _operands(t, next(iter(names)) if len(names) == 1 else next(k for k in t if k in names))
            return lambda ctx: compute(values(ctx))
        for name in names:
            OPERATORS[name] = make
        return compute
    return register

@operator_("$merge")
def _merge(t: dict[str, Any], arg: Any) -> Compiled:
    parts = [compile_template(p) for p in arg]

    def merge(ctx: dict[str, Any]) -> Any:
        merged: dict[str, Any] = {}
        for part in parts:
            value = part(ctx)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    return merge

@operator_("$first")
def _first(t: dict[str, Any], arg: Any) -> Compiled:
    parts = [compile_template(p) for p in arg]

    def first(ctx: dict[str, Any]) -> Any:
        for part in parts:
            value = part(ctx)
            if value is not MISSING and value is not None:
                return value
        return MISSING
    return first

@operator_("$each")
def _each_op(t: dict[str, Any], arg: Any) -> Compiled:
    source = compile_template(arg)
    do_t = t["do"]
    if isinstance(do_t, dict) and set(do_t) == {"$pick", "keys"} and do_t["$pick"] == "$it":
        pick_each = _picker(list(do_t["keys"]), owned=False)  # {$each: list, do: {$pick: $it, keys}}

        def each_pick(ctx: dict[str, Any]) -> Any:  # no $it to bind: each entry is picked directly
            items = source(ctx)
            if not isinstance(items, list):
                return MISSING
            return [v for v in map(pick_each, items) if v is not MISSING]
        return each_pick
    do = compile_template(do_t)

    def each(ctx: dict[str, Any]) -> Any:
        items = source(ctx)
        if not isinstance(items, list):
            return MISSING
        return [v for v in _each_it(ctx, items, do) if v is not MISSING]
    return each

@operator_("$pick")
def _pick(t: dict[str, Any], arg: Any) -> Compiled:
    # The request body is parsed afresh for each request and belongs to it alone: a pick of it is not
    # copied, as when a template names `$body.items` itself.
    source = compile_template(arg)
    owned = isinstance(arg, str) and (arg == "$body" or arg.startswith("$body."))
    take = _picker(list(t["keys"]), owned)
    return lambda ctx: take(source(ctx))

@operator_("$count")
def _count(t: dict[str, Any], arg: Any) -> Compiled:
    source = compile_template(arg)
    return lambda ctx: len(v) if isinstance(v := source(ctx), list) else 0

@operator_("$sum")
def _sum(t: dict[str, Any], arg: Any) -> Compiled:
    source, of = compile_template(arg), compile_template(t["of"])

    def total_of(ctx: dict[str, Any]) -> Any:
        items = source(ctx)
        return total(_each_it(ctx, items, of)) if isinstance(items, list) else 0
    return total_of

@operator_("$if")
def _if(t: dict[str, Any], arg: Any) -> Compiled:
    source, then = compile_template(arg), compile_template(t["then"])
    otherwise = compile_template(t["else"]) if "else" in t else _constant_value(MISSING)
    return lambda ctx: then(ctx) if truthy(source(ctx)) else otherwise(ctx)

@operator_("$switch")
def _switch(t: dict[str, Any], arg: Any) -> Compiled:
    return _switch_of(compile_template(arg), {k: compile_template(v) for k, v in t["cases"].items()})

def _switch_of(source: Compiled, cases: dict[str, Compiled]) -> Compiled:
    default = cases.get("default")

    def switch(ctx: dict[str, Any]) -> Any:
        value = source(ctx)
        case = cases.get(str(value)) if value is not MISSING else None
        if case is None:
            case = default
        return case(ctx) if case is not None else MISSING
    return switch

@operator_("$not")
def _not(t: dict[str, Any], arg: Any) -> Compiled:
    source = compile_template(arg)
    return lambda ctx: not truthy(source(ctx))

@operator_("$rule")
def _rule(t: dict[str, Any], arg: Any) -> Compiled:  # {$rule: name, args: [...]}: a function of the API's rules.py
    name = str(arg)
    args = [compile_template(a) for a in t.get("args") or []]

    def call(ctx: dict[str, Any]) -> Any:
        values = [None if (v := a(ctx)) is MISSING else v for a in args]
        return ctx["__rules__"][name](*values)
    return call

@operator_("$or")
def _or(t: dict[str, Any], arg: Any) -> Compiled:  # [conditions]: any holds, stopping early
    conditions = [compile_template(p) for p in (arg if isinstance(arg, list) else [arg])]
    return lambda ctx: any(truthy(c(ctx)) for c in conditions)

@operator_("$records")
def _records(t: dict[str, Any], arg: Any) -> Compiled:  # {$records: collection, where: condition over $it}
    source = compile_template(arg)
    where = compile_template(t["where"]) if "where" in t else None

    def records(ctx: dict[str, Any]) -> Any:
        store = ctx["__collections__"].get(source(ctx))
        found = list(store.records.values()) if store is not None else []
        if where is not None:
            found = [r for r, keep in zip(found, _each_it(ctx, found, where)) if truthy(keep)]
        return found
    return records

@operator_("$let")
def _let(t: dict[str, Any], arg: Any) -> Compiled:  # {$let: {name: template, ...}, in: template}
    names = [(name, compile_template(part)) for name, part in arg.items()]
    body = compile_template(t["in"])

    def let(ctx: dict[str, Any]) -> Any:
        local = dict(ctx)
        for name, part in names:
            local[name] = part(local)
        return body(local)
    return let

@operator_("$cond")
def _cond(t: dict[str, Any], arg: Any) -> Compiled:  # [{if, then}, ..., {else}]: the first branch that holds
    branches = [(compile_template(b["if"]) if "if" in b else None,
                 compile_template(b.get("then", b.get("else")))) for b in arg]

    def cond(ctx: dict[str, Any]) -> Any:
        for condition, then in branches:
            if condition is None or truthy(condition(ctx)):
                return then(ctx)
        return MISSING
    return cond

@_list_operator("$eq")
def _eq(values: list[Any]) -> Any:
    left, right = values
    return left == right

@_list_operator("$ne")
def _ne(values: list[Any]) -> Any:
    left, right = values
    return left != right

@_list_operator("$in")
def _in(values: list[Any]) -> Any:
    value, options = values
    return isinstance(options, list) and value in options

def _fold(numbers: list[Any], start: float, combine: Callable[[Any, Any], Any]) -> Any:
    """The numbers combined from ``start`` (huge integers bounded first); missing if one is not a number."""
    if not all(_is_number(n) for n in numbers):
        return MISSING
    result: float = start
    for n in numbers:
        result = combine(_bounded(result), _bounded(n))
    return _tidy(result)

@_list_operator("$add")
def _add(numbers: list[Any]) -> Any:
    return _fold(numbers, 0, operator.add)

@_list_operator("$mul")
def _mul(numbers: list[Any]) -> Any:
    return _fold(numbers, 1, operator.mul)

def _comparison(name: str, compare: Callable[[Any, Any], bool]) -> None:
    def ordered(values: list[Any]) -> Any:
        left, right = values
        return compare(left, right) if _is_number(left) and _is_number(right) else False
    _list_operator(name)(ordered)

for _name, _compare in (("$gt", operator.gt), ("$gte", operator.ge), ("$lt", operator.lt)):
    _comparison(_name, _compare)

@_list_operator("$get")
def _get(values: list[Any]) -> Any:  # [object, key]: a member chosen at run time
    found, key = values
    return _member(found, str(key)) if isinstance(found, dict) else MISSING

@operator_("$record")
def _record(t: dict[str, Any], arg: Any) -> Compiled:  # [collection, key]: a stored record, or missing
    values = _operands(t, "$record")

    def record(ctx: dict[str, Any]) -> Any:
        name, key = values(ctx)
        store = ctx["__collections__"].get(name)
        found = store.records.get(str(key)) if store is not None and key is not MISSING else None
        return found if found is not None else MISSING
    return record

@_list_operator("$prefix")
def _prefix(values: list[Any]) -> Any:  # [value, text]: starts with text (any entry of a list value)
    return starts_with(*values)

@_list_operator("$contains")
def _contains(values: list[Any]) -> Any:  # [value, text]: contains text, ignoring case (any entry of a list)
    return contains(*values)

@_list_operator("$between")
def _between(values: list[Any]) -> Any:  # inclusive; RFC 3339 strings compare as instants, numbers as numbers
    value, low, high = (_comparable(v) for v in values)
    if value is None:
        return False
    try:
        return (low is None or low <= value) and (high is None or value <= high)
    except TypeError:
        return False

def _comparable(value: Any) -> Any:
    if value is MISSING or value is None:
        return None
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return value if _is_number(value) else None

def truthy(value: Any) -> bool:
    return value is not MISSING and bool(value)

def _seed(spec: dict[str, Any], conf: dict[str, Any], key: str) -> list[dict[str, Any]]:
    merged: OrderedDict[str, dict[str, Any]] = OrderedDict()
    for source in conf.get("seed") or []:
        found = source["values"] if "values" in source else at(spec, source["from"])
        for item in found if isinstance(found, list) else [found]:
            if "item" in source:  # a record built from each found entry ($it) by a template
                item = render(source["item"], {"it": item, "__seq__": {}, "__collections__": {}})
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

def load_rules(folder: Path) -> dict[str, Callable[..., Any]]:
    """The computations an API registers in ``specs/<key>/rules.py`` (its ``RULES``: name → function)."""
    path = folder / "rules.py"
    if not path.is_file():
        return {}
    spec = importlib.util.spec_from_file_location(f"partner_contracts_rules_{folder.name.replace('-', '_')}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rules = getattr(module, "RULES", None)
    if not isinstance(rules, dict) or not all(callable(f) for f in rules.values()):
        raise TypeError(f"{path}: RULES must map names to functions")
    return dict(rules)

class _Plan:
    """One operation's action compiled once: every template it names is a closure, every optional part is
    looked up here rather than in the action at each request."""

    def __init__(self, action: dict[str, Any], webhooks: dict[str, dict[str, Any]]) -> None:
        self.action = action
        verb = self.verb = next((v for v in VERBS if v in action), None)
        self.each = verb in STEP_VERBS and "each" in action
        self.requires = [(need["collection"], compiled(need["key"]), need.get("what"))
                         for need in action.get("requires") or []]
        self.find = ((action[verb], compiled(action["key"]), action.get("what"))
                     if verb in ("get", "update", "delete") and "each" not in action else None)
        self.lets = [(name, compiled(template)) for name, template in (action.get("let") or {}).items()]
        guards = action.get("guard") or []
        self.guards = [(compiled(g["if"]), int(g.get("status", 409)), compiled(g["message"]), g.get("code"))
                       for g in (guards if isinstance(guards, list) else [guards])]
        self.reserve = action.get("reserve")
        self.release = action.get("release")
        self.item = compiled(action["item"]) if verb == "create" and not self.each else None
        self.set = compiled(action["set"]) if "set" in action else None
        self.derive = compiled(action["derive"]) if "derive" in action else None
        self.batch = action.get("batch")
        self.also = list(action.get("also") or [])
        self.respond = compile_answer(action["respond"]) if "respond" in action else None
        # the keys that change state (vocabulary: `writes`), or a template taking the next $seq
        self.writes = not WRITES.isdisjoint(action) or "$seq" in repr(action)
        for template in templates("action", action):  # every template, some rendered by name: compiled now
            compiled(template)
        # the collection whose record a webhook is about (its key names the resource: in-order delivery)
        self.target = str(action[verb]) if verb in ("create", "update", "delete", "get") else None
        self.hooks: list[tuple[str, Compiled | None, Compiled]] = []  # (webhook, each, payload)
        for hook in action.get("webhooks") or ([action["webhook"]] if "webhook" in action else []):
            name = hook["name"] if isinstance(hook, dict) else hook
            each = compiled(hook["each"]) if isinstance(hook, dict) and "each" in hook else None
            self.hooks.append((name, each, compiled((webhooks.get(name) or {}).get("payload", "$item"))))
        self.status = int(action["status"]) if action.get("status") else None
        # list
        self.filters = [(path, compiled(expression)) for path, expression in (action.get("filter") or {}).items()]
        self.where = [compiled(condition) for condition in action.get("where") or []]
        self.newest_first = bool(action.get("newest_first"))
        page = action.get("page")
        self.page = (int(page.get("first", 0)), compiled(page.get("number", MISSING)),
                     compiled(page.get("size", MISSING)), int(page.get("default_size", 20)),
                     compiled(page["offset"]) if "offset" in page else None) if page else None

class RuleState:
    """What a rule that changes state (``reserve`` / ``release: {rule, args}``) may do: read a stored record, change it in
    place, or refuse the request. Every record it read counts as changed when the rule returns (the store
    writes it back and forgets its JSON text): a rule cannot leave a stale copy behind by forgetting to say
    so (``changed`` says it at once)."""

    def __init__(self, behaviour: Behaviour) -> None:
        self._behaviour = behaviour
        self.read: list[tuple[str, dict[str, Any]]] = []

    def record(self, collection: str, key: Any) -> dict[str, Any] | None:
        found = self._behaviour.collection(collection).records.get(str(key)) if key is not None else None
        if found is not None:
            self.read.append((collection, found))
        return found

    def changed(self, collection: str, record: dict[str, Any]) -> None:
        self._behaviour.store.changed(collection, record)

    def refuse(self, status: int, message: str) -> NoReturn:
        raise ActionError(status, message)

class _Records:
    """``rulekit.Records``: the stored records, read by a ``$rule`` marked ``@reads_records``."""

    def __init__(self, collections: dict[str, Collection]) -> None:
        self._collections = collections

    def record(self, collection: str, key: Any) -> dict[str, Any] | None:
        found = self._collections.get(collection)
        return found.records.get(str(key)) if found is not None else None

    def records(self, collection: str) -> list[dict[str, Any]]:
        found = self._collections.get(collection)
        return list(found.records.values()) if found is not None else []


def _with_records(rule: Callable[..., Any], records: _Records) -> Callable[..., Any]:
    return lambda *args: rule(records, *args)


class Behaviour:
    """The state machine of one API: collections plus the action each operationId performs."""

    def __init__(self, conf: dict[str, Any], spec: dict[str, Any], store: Store | None = None,
                 rules: dict[str, Callable[..., Any]] | None = None) -> None:
        self.conf = conf or {}
        self.rules = rules or {}  # name -> function, from specs/<key>/rules.py ({$rule: name, args})
        self.operations: dict[str, dict[str, Any]] = dict(self.conf.get("operations") or {})
        self.webhooks: dict[str, dict[str, Any]] = dict(self.conf.get("webhooks") or {})
        self.collections: dict[str, Collection] = {}
        for name, c in (self.conf.get("collections") or {}).items():
            key = str(c.get("key", "id"))
            self.collections[name] = Collection(name, key, int(c.get("limit", DEFAULT_LIMIT)), _seed(spec, c, key))
        reader = _Records(self.collections)  # a rule reading records gets them first, bound once here
        self.rules = {name: _with_records(rule, reader) if getattr(rule, "reads_records", False) else rule
                      for name, rule in self.rules.items()}
        for name, c in (self.conf.get("collections") or {}).items():
            if c.get("release"):  # an evicted record gives back what it holds: the API's release rule
                self.collections[name].evicted = self._evicted(c["release"])
        # operationId -> its action compiled, every plan at start (a broken template fails here, not at a
        # request; partner_contracts/mock/behaviour/check.py has checked the file before)
        self.plans: dict[str, _Plan] = {op_id: _Plan(action, self.webhooks) for op_id, action in self.operations.items()}
        # The store owns the records, the sequences, eviction and invalidation; every change goes through it.
        self.store = store if store is not None else Store()
        self.store.attach(self.collections, {str(k): int(v) for k, v in (self.conf.get("sequences") or {}).items()})
        self.sequences = self.store.sequences

    def reset(self) -> None:
        self.store.reset()

    def writes(self, operation_id: str) -> bool:
        """Whether the operation may change state (then a shared store runs it holding its lock)."""
        return self.plans[operation_id].writes

    def handles(self, operation_id: str) -> bool:
        return operation_id in self.operations

    def collection(self, name: str) -> Collection:
        try:
            return self.collections[name]
        except KeyError:
            raise KeyError(f"behaviour names unknown collection {name!r}") from None

    def _resource(self, plan: _Plan, record: Any) -> str:
        """``collection:key`` of the record a webhook is about ("" when it is about none)."""
        collection = self.collections.get(plan.target) if plan.target else None
        return f"{plan.target}:{collection.key_of(record)}" if collection is not None and isinstance(record, dict) \
            else ""

    def run(self, operation_id: str, request: dict[str, Any]) -> tuple[int | None, Any, list[tuple[str, Any, str]]]:
        """Perform the operation's action. Returns (status or None for the default, body, webhooks)."""
        plan = self.plans[operation_id]
        action = plan.action
        ctx: dict[str, Any] = {**request, "__seq__": self.sequences, "__collections__": self.collections,
                               "__rules__": self.rules}
        for collection, key, what in plan.requires:
            self._find(collection, key(ctx), what)
        if plan.find is not None:
            collection, key, what = plan.find
            ctx["item"] = self._find(collection, key(ctx), what)
        for name, value in plan.lets:  # names bound in order, before any change
            ctx[name] = value(ctx)
        for condition, status, message, code in plan.guards:
            if not truthy(condition(ctx)):
                raise ActionError(status, str(message(ctx)), code)
        if plan.reserve is not None:
            ctx["reserved"] = self._call(plan.reserve, ctx)
        verb = plan.verb
        if verb == "list":
            self._list(plan, ctx)
        elif plan.each:
            ctx["items"] = self._each(verb, action, ctx)  # type: ignore[arg-type]
        elif verb == "create":
            item = Record(plan.item(ctx))  # type: ignore[misc]
            ctx["item"] = item
            if plan.derive is not None:
                item.update(plan.derive(ctx))
            self.collection(action["create"])
            self.store.put(action["create"], item)
        elif verb == "update":
            if plan.release is not None:
                self._call(plan.release, ctx)
            if plan.set is not None:
                ctx["item"].update(plan.set(ctx))
            if plan.derive is not None:
                ctx["item"].update(plan.derive(ctx))
            self.store.changed(action["update"], ctx["item"])
        if plan.batch is not None:
            self._batch(plan.batch, ctx)
        elif verb == "delete":
            collection = self.collection(action["delete"])
            self.store.delete(action["delete"], collection.key_of(ctx["item"]))
        for step in plan.also:  # further changes, in order, each in a copy of the context
            local = dict(ctx)
            verb_ = next(v for v in STEP_VERBS if v in step)
            if "each" in step:
                result: Any = self._each(verb_, step, local)
            else:
                local["items"] = self._each(verb_, {**step, "each": [MISSING]}, local)
                result = local["items"][0]
            if "as" in step:
                ctx[step["as"]] = result
        body = plan.respond(ctx) if plan.respond is not None else MISSING
        hooks: list[tuple[str, Any, str]] = []  # (webhook, payload, the resource it is about)
        for name, each, payload in plan.hooks:
            if each is not None:  # one delivery per entry ($it) of a list
                entries = each(ctx)
                for entry in entries if isinstance(entries, list) else []:
                    hooks.append((name, payload({**ctx, "it": entry}), self._resource(plan, entry)))
            else:
                hooks.append((name, payload(ctx), self._resource(plan, ctx.get("item"))))
        # The body and the webhook payloads may share objects with the store: the caller serialises them at
        # once (a record's private ``__`` fields are not part of its mapping, so they are not written).
        return plan.status, body, hooks

    def _each(self, verb: str, action: dict[str, Any], ctx: dict[str, Any]) -> list[dict[str, Any]]:
        """``create`` / ``update`` / ``delete`` once per entry ``$it`` of the list ``each`` names.

        Every record an update or delete names must exist (else 404, and nothing changes); each create
        renders ``item`` (then ``derive``), each update ``set`` (then ``derive``) with ``$item`` = its record.
        """
        entries = render(action["each"], ctx) if not isinstance(action["each"], list) else action["each"]
        entries = entries if isinstance(entries, list) else []
        collection = self.collection(action[verb])
        done: list[dict[str, Any]] = []
        if verb == "create":
            for entry in entries:
                local = {**ctx, "it": entry}
                item = Record(render(action["item"], local))
                local["item"] = item
                item.update(render(action.get("derive") or {}, local))
                self.store.put(action[verb], item)
                done.append(item)
            return done
        found = [(entry, self._find(action[verb], render(action["key"], {**ctx, "it": entry}), action.get("what")))
                 for entry in entries]
        for entry, record in found:
            local = {**ctx, "it": entry, "item": record}
            if verb == "update":
                record.update(render(action.get("set") or {}, local))
                record.update(render(action.get("derive") or {}, local))
                self.store.changed(action[verb], record)
            else:
                self.store.delete(action[verb], collection.key_of(record))
            done.append(record)
        return done

    def _find(self, name: str, key: Any, what: str | None = None) -> dict[str, Any]:
        collection = self.collection(name)
        record = collection.records.get(str(key)) if key is not MISSING and key is not None else None
        if record is None:
            raise ActionError(404, f"{what or name.rstrip('s')} {key!r} not found" if key is not MISSING
                              else f"{what or name.rstrip('s')} id is missing")
        return record

    def _call(self, spec: dict[str, Any], ctx: dict[str, Any]) -> Any:
        """``{rule, args}``: a rule of the API's rules.py that changes state, given a ``RuleState`` first."""
        state = RuleState(self)
        result = self.rules[spec["rule"]](state, *[None if (v := render(a, ctx)) is MISSING else v
                                                   for a in spec.get("args") or []])
        for collection, record in state.read:
            self.store.changed(collection, record)
        return result

    def _evicted(self, spec: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
        """What an evicted record of a collection with a ``release`` rule does: it calls the rule with
        ``$item`` = the record, giving back what the record holds (else nobody could ever free it)."""
        def release(record: dict[str, Any]) -> None:
            self._call(spec, {"item": record, "__seq__": self.sequences, "__collections__": self.collections,
                              "__rules__": self.rules})
        return release

    def _batch(self, spec: dict[str, Any], ctx: dict[str, Any]) -> None:
        """Apply one update per entry of lists in the request, collecting ``$succeed`` and ``$failed``.

        ``{collection, groups: [{items, key, when: [{if, message}], set}], succeed, failed}``: for each
        entry ``$it`` of each group's ``items``, the record ``key`` names is updated with ``set`` when every
        ``when`` holds; otherwise (or when the record is unknown) ``failed`` is rendered with ``$message``.
        """
        collection = self.collection(spec["collection"])
        succeed: list[Any] = []
        failed: list[Any] = []
        for group in spec["groups"]:
            entries = render(group["items"], ctx)
            for entry in entries if isinstance(entries, list) else []:
                local = {**ctx, "it": entry}
                key = render(group["key"], local)
                record = collection.records.get(str(key)) if key is not MISSING else None
                local["item"] = record if record is not None else {}
                message = None if record is not None else str(render(spec.get("unknown", "not found"), local))
                for guard in group.get("when") or [] if message is None else []:
                    if not truthy(render(guard["if"], local)):
                        message = str(render(guard["message"], local))
                        break
                if message is None and record is not None:
                    record.update(render(group.get("set") or {}, local))
                    self.store.changed(spec["collection"], record)
                    succeed.append(render(spec["succeed"], local))
                else:
                    failed.append(render(spec["failed"], {**local, "message": message}))
        ctx["succeed"], ctx["failed"] = succeed, failed

    def _list(self, plan: _Plan, ctx: dict[str, Any]) -> None:
        collection = self.collection(plan.action["list"])
        wanted = {path: value for path, expression in plan.filters
                  if (value := expression(ctx)) is not MISSING and value is not None}
        conditions = []
        for check in plan.where:  # templates over $it, e.g. {$between: [$it.date, ...]}
            constant = _constant(check, ctx)
            if constant is MISSING:
                conditions.append(check)
            elif not truthy(constant):  # false whatever the record: nothing matches
                self._page(plan, ctx, [])
                return
        records = collection.records.values()
        if not wanted and not conditions:  # a plain page is a slice of the store, not a scan
            self._page(plan, ctx, records, reverse=plan.newest_first)
            return
        paths = [(_parts(path), value) for path, value in wanted.items()]
        items = [
            r for r in (reversed(records) if plan.newest_first else records)
            if all(_matches(_walk(r, parts), value) for parts, value in paths)
            and all(truthy(with_it(ctx, r, check)) for check in conditions)
        ]
        self._page(plan, ctx, items)

    def _page(self, plan: _Plan, ctx: dict[str, Any], items: Any, reverse: bool = False) -> None:
        total = len(items)
        if plan.page is not None:
            first, number_of, size_of, default_size, offset_of = plan.page
            number = number_of(ctx)
            size = size_of(ctx)
            number = int(number) if isinstance(number, int) else first
            size = int(size) if isinstance(size, int) and size > 0 else default_size
            offset = offset_of(ctx) if offset_of is not None else MISSING
            start = int(offset) if isinstance(offset, int) else max(number - first, 0) * size
            ctx.update(page=number, size=size, pages=math.ceil(total / size) if size else 0)
            items = _slice(items, start, size, reverse)
        elif not isinstance(items, list):
            items = list(reversed(items)) if reverse else list(items)
        ctx.update(items=items, total=total)

def _slice(items: Any, start: int, size: int, reverse: bool) -> list[Any]:
    """items[start:start+size] without copying a whole collection first."""
    if isinstance(items, list):
        return items[start : start + size]
    if start >= len(items):  # also keeps islice's bounds (sys.maxsize) away from huge page numbers
        return []
    ordered = reversed(items) if reverse else iter(items)
    return list(itertools.islice(ordered, start, min(start + size, len(items))))

def _constant(check: Compiled, ctx: dict[str, Any]) -> Any:
    """The value of a `where` condition that does not depend on the record ($it), else MISSING."""
    try:
        return check({k: v for k, v in ctx.items() if k != "it"} if "it" in ctx else ctx)
    except KeyError:
        return MISSING

def _matches(value: Any, wanted: Any) -> bool:
    if isinstance(wanted, list):
        return any(_matches(value, w) for w in wanted)
    return value == wanted or (value is not MISSING and str(value) == str(wanted))
