"""``partner-contracts validate``: openapi-spec-validator, then our own rules, on every bundled spec.

Each finding names the rule, the YAML file and line a person edits, and the JSON pointer in the bundled
document. Rules (one function each, ``rule_*``):

- ``openapi``: the document is valid OpenAPI 3.1 (openapi-spec-validator).
- ``operation-id``: every operation has an operationId, unique in the API.
- ``operation-fields``: exactly one declared tag, a summary, security (own or inherited, ``[]`` allowed)
  and at least one 4xx response.
- ``x-source``: ``{file, section}``; the file is a vendor document and each section heading stands
  on its own line there.
- ``example``: every named example (media types, parameters, headers) validates against its schema.
- ``vendor-example``: examples kept under ``x-vendor-examples`` name an existing ledger entry.
- ``ledger``: entries are well formed, ids unique, and their ``spec`` pointers resolve.
- ``behaviour``: ``behaviour.yaml`` and ``api.yaml`` against their JSON Schemas, and every operationId,
  collection, operator, generator and variable they name (``behaviour_lint.py``; pointers into the YAML).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator

from . import sources
from .schemas import SchemaSet
from .specs import (
    Api,
    Bundle,
    SpecError,
    _relative,
    escape,
    iter_operations,
    load_yaml,
    resolve_pointer,
    sources_dir,
)


@dataclass(frozen=True)
class Finding:
    rule: str
    message: str
    file: str = ""
    line: int | None = None
    pointer: str = ""

    def __str__(self) -> str:
        where = _relative(self.file) if self.file else "?"
        if self.line:
            where += f":{self.line}"
        pointer = f" #{self.pointer}" if self.pointer else ""
        return f"{where}{pointer} [{self.rule}] {self.message}"


@dataclass
class Report:
    api: str
    findings: list[Finding] = field(default_factory=list)
    operations: int = 0
    examples: int = 0

    @property
    def ok(self) -> bool:
        return not self.findings


class _Context:
    def __init__(self, api: Api, bundle: Bundle) -> None:
        self.api = api
        self.bundle = bundle
        self.doc = bundle.document
        self.report = Report(api.key)
        self.schemas = SchemaSet(self.doc)
        self.ledger_ids: set[str] = set()

    def add(self, rule: str, pointer: str, message: str) -> None:
        file, line = self.bundle.where(pointer)
        self.report.findings.append(Finding(rule, message, file, line, pointer))


Rule = Callable[[_Context], None]


def rule_openapi(ctx: _Context) -> None:
    for error in OpenAPIV31SpecValidator(ctx.doc).iter_errors():
        pointer = "".join("/" + escape(str(p)) for p in error.absolute_path)
        first = str(error.message).splitlines()[0]
        ctx.add("openapi", pointer, first[:300])


def rule_operation_id(ctx: _Context) -> None:
    seen: dict[str, str] = {}
    for _kind, _name, _method, op, pointer in iter_operations(ctx.doc):
        ctx.report.operations += 1
        op_id = op.get("operationId")
        if not op_id:
            ctx.add("operation-id", pointer, "operation has no operationId: add a unique lowerCamelCase one")
        elif op_id in seen:
            ctx.add("operation-id", pointer, f"operationId {op_id!r} is also used at #{seen[op_id]}")
        else:
            seen[op_id] = pointer


def rule_operation_fields(ctx: _Context) -> None:
    declared = {t.get("name") for t in ctx.doc.get("tags") or [] if isinstance(t, dict)}
    root_security = "security" in ctx.doc
    for kind, _name, _method, op, pointer in iter_operations(ctx.doc):
        tags = op.get("tags") or []
        if len(tags) != 1:
            ctx.add("operation-fields", pointer, f"needs exactly one tag, has {len(tags)}")
        elif tags[0] not in declared:
            ctx.add("operation-fields", pointer, f"tag {tags[0]!r} is not declared in the root `tags`")
        if not str(op.get("summary") or "").strip():
            ctx.add("operation-fields", pointer, "operation has no summary")
        if kind == "paths" and "security" not in op and not root_security:
            ctx.add("operation-fields", pointer, "no security: declare it, or `security: []` if the source says none")
        codes = [str(c) for c in (op.get("responses") or {})]
        if kind == "paths" and not any(c.startswith("4") or c == "4XX" for c in codes):
            ctx.add("operation-fields", pointer, "no 4xx response: document how the API rejects bad input")


def rule_x_source(ctx: _Context) -> None:
    folder = sources_dir()
    for _kind, _name, _method, op, pointer in iter_operations(ctx.doc):
        source = op.get("x-source")
        if not isinstance(source, dict) or not source.get("file") or not source.get("section"):
            ctx.add("x-source", pointer, "missing `x-source: {file: <source file>, section: <heading>}`")
            continue
        path = folder / str(source["file"])
        if not path.is_file():
            ctx.add("x-source", pointer + "/x-source", f"source file {source['file']!r} is not in {folder}")
            continue
        sections = source["section"] if isinstance(source["section"], list) else [source["section"]]
        known = sources.headings(path)
        for section in sections:
            if sources.normalise(str(section)) not in known:
                ctx.add(
                    "x-source",
                    pointer + "/x-source",
                    f"section {section!r} does not stand on its own line in {source['file']}",
                )


def _example_sites(node: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Objects that pair a schema with examples: media types, parameters, headers."""
    if isinstance(node, dict):
        if "schema" in node and ("examples" in node or "example" in node or "x-vendor-examples" in node):
            yield pointer, node
        for key, value in node.items():
            if key in ("examples", "x-vendor-examples", "example"):
                continue
            yield from _example_sites(value, f"{pointer}/{escape(key)}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _example_sites(value, f"{pointer}/{i}")


def _example_value(ctx: _Context, example: Any) -> tuple[bool, Any]:
    if isinstance(example, dict) and isinstance(example.get("$ref"), str):
        try:
            example = resolve_pointer(ctx.doc, example["$ref"])
        except KeyError:
            return False, None
    if isinstance(example, dict) and "value" in example:
        return True, example["value"]
    return False, None


def rule_examples(ctx: _Context) -> None:
    for pointer, site in _example_sites(ctx.doc, ""):
        schema_pointer = pointer + "/schema"
        named = dict(site.get("examples") or {})
        if "example" in site:
            named[""] = {"value": site["example"]}
        for name, example in named.items():
            here = f"{pointer}/examples/{escape(name)}" if name else f"{pointer}/example"
            found, value = _example_value(ctx, example)
            if not found:
                ctx.add("example", here, "example has no `value` (or its $ref does not resolve)")
                continue
            ctx.report.examples += 1
            for problem in ctx.schemas.problems(schema_pointer, value):
                ctx.add("example", here, f"example {name or '(example)'!r} does not match the schema: "
                        + problem.describe())
        for name, example in (site.get("x-vendor-examples") or {}).items():
            here = f"{pointer}/x-vendor-examples/{escape(name)}"
            ledger_id = example.get("x-ledger") if isinstance(example, dict) else None
            if not ledger_id:
                ctx.add("vendor-example", here, "an example kept out of `examples` needs `x-ledger: <entry id>`")
            elif ledger_id not in ctx.ledger_ids:
                ctx.add("vendor-example", here, f"x-ledger {ledger_id!r} is not an entry of ledger.yaml")


LEDGER_ID = re.compile(r"^[A-Z]{2}-\d{3}$")
LEDGER_FIELDS = {"id": str, "topic": str, "where": (str, list), "source_says": list, "decision": str,
                 "spec": list, "unverified": bool}


def rule_ledger(ctx: _Context) -> None:
    path = ctx.api.ledger_path
    if not path.is_file():
        ctx.report.findings.append(Finding("ledger", "no ledger.yaml: record the source's contradictions", str(path)))
        return
    try:
        ledger = load_yaml(path)
    except SpecError as exc:
        ctx.report.findings.append(Finding("ledger", exc.message, exc.file, exc.line))
        return
    entries = ledger.get("entries") if isinstance(ledger, dict) else None
    if not isinstance(entries, list) or not entries:
        ctx.report.findings.append(Finding("ledger", "ledger.yaml needs a non-empty `entries:` list", str(path), 1))
        return
    for entry in entries:
        line = getattr(entry, "line", None)

        def bad(message: str, line: int | None = line) -> None:
            ctx.report.findings.append(Finding("ledger", message, str(path), line))

        if not isinstance(entry, dict):
            bad("an entry must be a mapping")
            continue
        for name, kind in LEDGER_FIELDS.items():
            if name not in entry:
                bad(f"entry {entry.get('id', '?')}: missing `{name}`")
            elif not isinstance(entry[name], kind):
                bad(f"entry {entry.get('id', '?')}: `{name}` has the wrong type")
        entry_id = str(entry.get("id", ""))
        if not LEDGER_ID.match(entry_id):
            bad(f"id {entry_id!r} is not of the form AB-123")
        elif entry_id in ctx.ledger_ids:
            bad(f"id {entry_id} is used twice")
        ctx.ledger_ids.add(entry_id)
        if isinstance(entry.get("source_says"), list) and not entry["source_says"]:
            bad(f"entry {entry_id}: `source_says` is empty")
        for pointer in entry.get("spec") or []:
            try:
                resolve_pointer(ctx.doc, str(pointer))
            except KeyError as exc:
                bad(f"entry {entry_id}: spec pointer {pointer} does not resolve (no {exc.args[0]!r})")


def rule_behaviour(ctx: _Context) -> None:
    from .behaviour_lint import check

    for problem in check(ctx.api, ctx.doc):
        ctx.report.findings.append(Finding("behaviour", problem.message, problem.file, problem.line, problem.pointer))


RULES: tuple[Rule, ...] = (
    rule_openapi,
    rule_operation_id,
    rule_operation_fields,
    rule_x_source,
    rule_ledger,  # before examples: vendor examples name ledger ids
    rule_examples,
    rule_behaviour,
)


def validate(api: Api) -> Report:
    try:
        bundle = api.bundled
    except SpecError as exc:
        report = Report(api.key)
        report.findings.append(Finding("bundle", exc.message, exc.file, exc.line, exc.pointer))
        return report
    ctx = _Context(api, bundle)
    for rule in RULES:
        rule(ctx)
    return ctx.report
