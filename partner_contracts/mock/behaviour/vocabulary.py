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
    "$range": _op("template", "max", names="max", doc="[0 … n-1], at most `max` (1000) entries"),
    "$rule": _op("rule", "args", doc="a function of the API's specs/<key>/rules.py (its RULES), called with `args` "
                 "rendered (missing ones as None)"),
    "$and": _op("conditions", doc="whether every condition holds (in order, stopping early)"),
    "$or": _op("conditions", doc="whether any condition holds (in order, stopping early)"),
    "$filter": _op("template", "where", "where", "where", doc="the entries $it of a list for which `where` holds"),
    "$records": _op("collection", "where", over_it="where", doc="the stored records ($it) for which `where` holds"),
    "$upsert": _op("template", "by with new", "by with", "new", names="by",
                   doc="a copy of the list with each `with` entry merged into the entry of equal `by` "
                       "field, or appended (built by `new` over $it)"),
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
LIST_VARIABLES = frozenset({"items", "total", "page", "size", "pages"})
BATCH_VARIABLES = frozenset({"succeed", "failed"})
ERROR_VARIABLES = frozenset({"status", "message", "reason", "field", "code"})


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
        "webhooks (shape: `specs/behaviour.schema.json`; the actions are described in `behaviour.py`). Templates",
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
        "names of `let` and `as`, `$succeed` / `$failed` (a batch); `$it` is the entry inside `$each`, `$filter`,",
        "`$sum`, `where` and the like. The error envelope in api.yaml reads "
        + ", ".join(f"`${v}`" for v in sorted(ERROR_VARIABLES)) + ".",
        "",
        "## Generators",
        "",
        "| word | argument | value |",
        "|---|---|---|",
    ]
    lines += [f"| `${name}` | {g.arg} | {g.doc} |" for name, g in GENERATORS.items()]
    lines += ["", "## Operators", "", "| operator | operand | other keys | value |", "|---|---|---|---|"]
    for name, op in OPERATORS.items():
        keys = ", ".join(f"`{k}`" + ("" if k in op.required else " (optional)") for k in sorted(op.keys)) or "—"
        operand = op.operand + (f" ({op.arity})" if op.arity else "")
        lines.append(f"| `{name}` | {operand} | {keys} | {op.doc} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")
