"""``partner-contracts validate``: openapi-spec-validator, then our own rules, on every bundled spec.

Each finding names the rule, the YAML file and line a person edits, and the JSON pointer in the bundled
document. Rules (one function each, ``rule_*``):

- ``ref``: every ``#/…`` reference of the bundled document resolves (the root's ``components:`` included).

- ``openapi``: the document is valid OpenAPI 3.1 (openapi-spec-validator).
- ``operation-id``: every operation has an operationId, unique in the API.
- ``operation-fields``: exactly one declared tag, a summary, security (own or inherited, ``[]`` allowed)
  and at least one 4xx response.
- ``business-refusal``: ``x-business-refusals`` on an operation maps documented 4xx/5xx statuses to why the
  operation refuses a schema-valid request (the fuzzer accepts them there only); api.yaml's old API-wide
  ``fuzz.business_refusals`` is reported with how to migrate.
- ``x-source``: ``{file, section}``; the file is a vendor document and each section heading stands
  on its own line there.
- ``example``: every named example (media types, parameters, headers) validates against its schema.
- ``vendor-example``: examples kept under ``x-vendor-examples`` name an existing ledger entry.
- ``ledger``: entries are well formed, ids unique, and their ``spec`` pointers resolve.
- ``enum``: an enum contradicts no documented value — every key of its ``x-enum-descriptions`` is a
  member, and no ``x-vendor-examples`` value of an answer or a webhook falls outside a closed enum
  (open it as ``anyOf: [{$ref: Known}, {type: string}]``, or correct the example). Named examples are
  already checked by ``example``.
- ``source-table``: every field a table of an operation's source section documents (pipe tables, Pancake's
  "Response Parameters" tables, AnyMaster's stacked tables) is a property, parameter, header or security
  scheme name of the spec, or is named by a ledger entry.
- ``yaml-scalar``: no plain scalar in ``specs/<key>/`` that YAML 1.1 (PyYAML, our loader) and YAML 1.2
  (Redocly, Spectral, editors) read differently — leading zeros, ``yes/no/on/off``, ``1_000``, ``1e3`` —
  and no mapping key that either reads as anything but a string (``200:``, ``1:``): quote them.
- ``unverified``: every ``unverified: true`` ledger entry has an ``x-unverified`` note at each pointer it
  names, on the target of a reference there, or on an object enclosing it (the object holding a list,
  when the pointer names a list).
- ``answer-required``, ``answer-default``, ``null-only-type``, ``label-source``: no unmarked guess in what
  servers send, in types shown only as null, or in vendor-language labels (``lint/answers.py``).
- ``x-hmac``: every ``x-hmac`` holds only keys ``spec/auth.py`` implements (``algorithm``, ``encoding: hex``,
  ``over: raw-body``, ``key``, ``empty-body-for``), with values it implements: a key nothing reads is an error.
- ``todo``: every ``TODO`` left in ``specs/<key>/`` (``partner-contracts new`` marks what to fill in), at its
  line; while there are any, a source-table finding counts as one more. TODOs alone do not fail ``validate``
  (a fresh scaffold passes); they fail ``check``.
- ``behaviour``: ``behaviour.yaml`` and ``api.yaml`` against their JSON Schemas, and every operationId,
  collection, operator, generator and variable they name (``behaviour_lint.py``; pointers into the YAML).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from typing import Any

import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

from partner_contracts.lint import answers as lint_answers
from partner_contracts.lint.context import (
    Finding,
    Report,
    _cited_sections,
    _Context,
    _example_sites,
    _example_value,
    _schema_nodes,
    section_spans,
)
from partner_contracts.spec import sources
from partner_contracts.spec.api import (
    Api,
    SpecError,
    iter_operations,
    missing_sources,
    sources_dir,
)
from partner_contracts.spec.auth import hmac_problems
from partner_contracts.spec.deref import escape, follow, resolve_pointer
from partner_contracts.spec.ledger import ledger_of

Rule = Callable[[_Context], None]


def rule_refs(ctx: _Context) -> None:
    """Every ``$ref`` left in the bundled document (the root's own ``#/…`` references, component to component)
    resolves; a file reference that does not is the bundler's finding."""
    for pointer, node in _schema_nodes(ctx.doc, ""):
        try:
            follow(ctx.doc, node, pointer, limit=1)  # one hop: each reference of a chain is checked where it is
        except KeyError as exc:
            ctx.broken_refs = True
            ctx.add("ref", pointer, f"$ref {node['$ref']!r} does not resolve (no {exc.args[0]!r}): "
                    "name an existing component")


def rule_openapi(ctx: _Context) -> None:
    if ctx.broken_refs:
        return  # the validator follows references: it would stop at the first broken one with a traceback
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


def rule_business_refusals(ctx: _Context) -> None:
    for kind, _name, _method, op, pointer in iter_operations(ctx.doc):
        refusals = op.get("x-business-refusals")
        if refusals is None:
            continue
        here = pointer + "/x-business-refusals"
        if kind != "paths" or not isinstance(refusals, dict) or not refusals:
            ctx.add("business-refusal", here, "x-business-refusals is a mapping {\"<status>\": <why>} on a path "
                    "operation: the statuses it answers to a schema-valid request it refuses for a business rule")
            continue
        documented = {str(code) for code in op.get("responses") or {}}
        for status, why in refusals.items():
            if not re.fullmatch(r"[45]\d\d", str(status)):
                ctx.add("business-refusal", here, f"{status!r} is not a 4xx or 5xx status")
            elif str(status) not in documented:
                ctx.add("business-refusal", here, f"{status} is not a response this operation documents: add it "
                        "(with the error body) under `responses`")
            if not isinstance(why, str) or not why.strip():
                ctx.add("business-refusal", here, f"{status}: say why (the vendor's rule and its ledger entry)")
    fuzz = ctx.api.meta.get("fuzz")
    if isinstance(fuzz, dict) and "business_refusals" in fuzz:
        line = getattr(fuzz, "key_lines", {}).get("business_refusals")
        ctx.report.findings.append(Finding(
            "business-refusal", "api.yaml `fuzz.business_refusals` (every operation) is gone: declare "
            "`x-business-refusals: {\"<status>\": <why>}` on each operation that refuses a valid request "
            "(docs/adding-an-api.md)", str(ctx.api.dir / "api.yaml"), line))


def _meta_line(api: Api, key: str) -> int | None:
    """The line of a top-level key of api.yaml."""
    try:
        meta = api.meta_document()
    except SpecError:
        return None
    return getattr(meta, "key_lines", {}).get(key)


def rule_x_source(ctx: _Context) -> None:
    folder = sources_dir()
    meta_file = str(ctx.api.dir / "api.yaml")
    if missing_sources():
        ctx.report.findings.append(Finding("x-source", str(missing_sources()), meta_file))
        return  # one message, not one per citation
    source = ctx.api.config.source
    if not source or not (folder / source).is_file():
        line = _meta_line(ctx.api, "source")
        ctx.report.findings.append(Finding("x-source", f"`source: {source or ''}` names no file in {folder}: the "
                                           "API's vendor document (a file name in shared/sources)", meta_file, line))
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


# `<PREFIX>-NNN` (docs/adding-an-api.md quotes this pattern; tests/test_tool_faults.py holds them equal)
LEDGER_ID = re.compile(r"^[A-Z][A-Z0-9]{1,7}-[0-9]{3,}$")
LEDGER_FIELDS: dict[str, type | tuple[type, ...]] = {"id": str, "topic": str, "where": (str, list), "source_says": list, "decision": str,
                 "spec": list, "unverified": bool}


def rule_ledger(ctx: _Context) -> None:
    ledger = ledger_of(ctx.api)
    path = ledger.path
    if not ledger.exists:
        ctx.report.findings.append(Finding("ledger", "no ledger.yaml: record the source's contradictions", str(path)))
        return
    if ledger.error is not None:
        ctx.report.findings.append(Finding("ledger", ledger.error.message, ledger.error.file, ledger.error.line))
        return
    if not ledger.listed:
        ctx.report.findings.append(Finding("ledger", "ledger.yaml needs an `entries:` list (`[]` until the first "
                                           "contradiction is recorded)", str(path), 1))
        return
    prefix = ledger.prefix
    if prefix is not None and not re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", str(prefix)):
        ctx.report.findings.append(Finding("ledger", f"prefix {prefix!r}: 2 to 8 capital letters or digits, starting "
                                           "with a letter", str(path), ledger.prefix_line))
        prefix = None
    for entry in ledger.items:
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
            bad(f"id {entry_id!r} is not of the form <PREFIX>-NNN (e.g. GHN-001: a prefix of 2 to 8 capital letters "
                "or digits, then 3 or more digits)")
        elif prefix is not None and not entry_id.startswith(f"{prefix}-"):
            bad(f"id {entry_id!r} does not start with the ledger's prefix {prefix}-")
        elif entry_id in ctx.ledger_ids:
            bad(f"id {entry_id} is used twice")
        ctx.ledger_ids.add(entry_id)
        if entry.get("unverified") is True:
            ctx.unverified.append((entry_id, [str(p) for p in entry.get("spec") or []], line))
        if isinstance(entry.get("source_says"), list) and not entry["source_says"]:
            bad(f"entry {entry_id}: `source_says` is empty")
        for pointer in entry.get("spec") or []:
            try:
                resolve_pointer(ctx.doc, str(pointer))
            except KeyError as exc:
                bad(f"entry {entry_id}: spec pointer {pointer} does not resolve (no {exc.args[0]!r})")


def _answer_sites(ctx: _Context) -> Iterator[tuple[str, dict[str, Any]]]:
    """Media types of responses and webhook bodies (what a server sends)."""
    for kind, _name, _method, op, pointer in iter_operations(ctx.doc):
        if kind == "webhooks":
            body = op.get("requestBody") or {}
            for media, content in (body.get("content") or {}).items():
                yield f"{pointer}/requestBody/content/{escape(media)}", content
        for status, response in (op.get("responses") or {}).items():
            response = follow(ctx.doc, response)[0]
            for media, content in ((response or {}).get("content") or {}).items():
                yield f"{pointer}/responses/{escape(str(status))}/content/{escape(media)}", content


def rule_enum(ctx: _Context) -> None:
    for pointer, node in _schema_nodes(ctx.doc, ""):
        members = node.get("enum")
        described = node.get("x-enum-descriptions")
        if isinstance(members, list) and isinstance(described, dict):
            known = {str(m) for m in members}
            for value in described:
                if str(value) not in known:
                    ctx.add("enum", pointer, f"x-enum-descriptions documents {value!r}, which the enum does not "
                            "accept: add it, or open the enum (anyOf [known enum, plain type]) where servers send it")
    for pointer, content in _answer_sites(ctx):
        if not isinstance(content, dict) or "schema" not in content:
            continue
        for name, example in (content.get("x-vendor-examples") or {}).items():
            found, value = _example_value(ctx, example)
            if not found:
                continue
            for problem in ctx.schemas.problems(pointer + "/schema", value, limit=20):
                if "is not one of" in problem.message or "was expected" in problem.message:
                    ctx.add("enum", f"{pointer}/x-vendor-examples/{escape(name)}",
                            f"the vendor's example sends a value a closed enum refuses ({problem.describe()}): "
                            "open the enum in answers (anyOf [known enum, plain type]) and ledger it")


def _spec_names(doc: dict[str, Any]) -> set[str]:
    """Property keys, parameter/header/security-scheme names anywhere in the document."""
    found: set[str] = set()
    for _pointer, node in _schema_nodes(doc, ""):
        for key in ("properties", "headers"):
            if isinstance(node.get(key), dict):
                found.update(str(k) for k in node[key])
        if isinstance(node.get("name"), str) and node.get("in"):
            found.add(node["name"])
    return found


def rule_source_tables(ctx: _Context) -> None:
    names = _spec_names(ctx.doc)
    ledger_text = ledger_of(ctx.api).text
    cited = _cited_sections(ctx.doc)
    reported: set[tuple[str, str]] = set()
    for _kind, _name, _method, op, pointer in iter_operations(ctx.doc):
        source = op.get("x-source")
        for path, section, start, end in section_spans(ctx.doc, source, cited):
            for row in sources.table_rows(path, start, end):
                if row.field in names or (source["file"], row.field) in reported:
                    continue
                if re.search(rf"(?<![A-Za-z0-9_]){re.escape(row.field)}(?![A-Za-z0-9_])", ledger_text):
                    continue
                reported.add((source["file"], row.field))
                ctx.add("source-table", pointer + "/x-source",
                        f"{source['file']}:{row.line} documents `{row.name}` in a table of {section!r}; no schema, "
                        "parameter or header of the spec has it and no ledger entry names it: add it, or ledger why not")


def _unverified_note(ctx: _Context, pointer: str) -> bool:
    """Whether the object at ``pointer`` (or the target of the reference there), or one enclosing it below
    ``/<section>/<name>``, carries a note."""
    tokens = pointer.split("/")[1:]
    for depth in range(len(tokens), 1, -1):
        node = resolve_pointer(ctx.doc, "/" + "/".join(tokens[:depth]))
        if depth == len(tokens):
            node = follow(ctx.doc, node, merge=True)[0]  # a reference: its target's note counts (its own wins)
        note = node.get("x-unverified") if isinstance(node, dict) else None
        if isinstance(note, str) and note.strip():
            return True
    return False


def rule_unverified(ctx: _Context) -> None:
    for entry_id, pointers, line in ctx.unverified:
        for pointer in pointers:
            pointer = pointer.lstrip("#")
            try:
                node = resolve_pointer(ctx.doc, pointer)
            except KeyError:
                continue  # rule_ledger reports it
            if isinstance(node, list):  # a list cannot carry a note: the object holding it does
                pointer = pointer.rsplit("/", 1)[0]
            if not _unverified_note(ctx, pointer):
                ctx.add("unverified", pointer,
                        f"ledger {entry_id} (ledger.yaml:{line}) is unverified: add `x-unverified: <what is "
                        "guessed>` here or on an object enclosing it")


# YAML 1.2 core schema (what YAML 1.2 tools resolve a plain scalar to); YAML 1.1 comes from PyYAML's resolver.
_CORE_12 = (
    ("null", re.compile(r"^(?:~|null|Null|NULL|)$")),
    ("bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")),
    ("int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")),
    ("float", re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)"
                         r"|\.nan|\.NaN|\.NAN)$")),
)
_RESOLVER = yaml.resolver.Resolver()


def _kind_12(text: str) -> str:
    return next((kind for kind, pattern in _CORE_12 if pattern.match(text)), "str")


def _kind_11(text: str) -> str:
    tag: str = _RESOLVER.resolve(  # type: ignore[no-untyped-call]  # Resolver.resolve is untyped in types-PyYAML
        yaml.ScalarNode, text, (True, False)).rsplit(":", 1)[-1]
    return "str" if tag == "timestamp" else tag  # our loader keeps dates as strings, as YAML 1.2 does


def _ambiguous(text: str) -> str | None:
    """Why a plain scalar is read differently by YAML 1.1 and 1.2, or None."""
    old, new = _kind_11(text), _kind_12(text)
    if old != new:
        return f"YAML 1.1 reads {text!r} as {old}, YAML 1.2 as {new}"
    if new == "int" and re.match(r"^[-+]?0[0-9]", text):
        return f"{text!r} has a leading zero: YAML 1.1 reads it as octal, YAML 1.2 as decimal"
    return None


def _yaml_scalar_problems(path: Any) -> Iterator[tuple[int, str]]:
    try:
        events = list(yaml.parse(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    except yaml.YAMLError:
        return  # the loader reports syntax errors
    stack: list[list[Any]] = []  # per open collection: [is_mapping, index]
    for event in events:
        is_key = bool(stack) and stack[-1][0] and stack[-1][1] % 2 == 0
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if stack:
                stack[-1][1] += 1
            stack.append([isinstance(event, yaml.MappingStartEvent), 0])
            continue
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            stack.pop()
            continue
        if not isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
            continue
        if stack:
            stack[-1][1] += 1
        if not isinstance(event, yaml.ScalarEvent) or event.style or event.tag is not None:
            continue  # quoted, block or explicitly tagged (plain: style None, or "" from libyaml)
        line = event.start_mark.line + 1 if event.start_mark else 0
        why = _ambiguous(event.value)
        if is_key and (_kind_11(event.value) != "str" or _kind_12(event.value) != "str"):
            yield line, (f"mapping key {event.value!r} is read as a {_kind_12(event.value)}, not a string: "
                         "quote it (OpenAPI keys are strings)")
        elif why:
            yield line, why + ": quote it"


def rule_x_hmac(ctx: _Context) -> None:
    """Every ``x-hmac`` holds only the keys and values spec/auth.py implements."""
    for pointer, message in hmac_problems(ctx.doc):
        ctx.add("x-hmac", pointer, message)


def rule_yaml_scalars(ctx: _Context) -> None:
    for path in sorted(ctx.api.dir.rglob("*.yaml")):
        for line, message in _yaml_scalar_problems(path):
            ctx.report.findings.append(Finding("yaml-scalar", message, str(path), line))
def rule_source_drift(ctx: _Context) -> None:
    from partner_contracts.lint import drift

    if not drift.lock_path(ctx.api).is_file():
        ctx.report.findings.append(Finding(
            "source-drift", f"no {drift.LOCK_NAME}: record the fingerprints of the sections the spec cites with "
            f"`partner-contracts sources accept {ctx.api.key}`", str(drift.lock_path(ctx.api))))
        return
    for found in drift.check(ctx.api, ctx.doc):
        message = found.message(ctx.api.key)
        if not found.citations:
            ctx.report.findings.append(Finding("source-drift", message, str(drift.lock_path(ctx.api))))
        for citation in found.citations:
            text = f"{citation.who}: {message}"
            if citation.pointer:
                ctx.add("source-drift", citation.pointer, text)
            else:
                ctx.report.findings.append(Finding("source-drift", text, str(ctx.api.ledger_path), citation.line))


_TODO = re.compile(r"\bTODO\b:?\s*(.*)")


def rule_todo(ctx: _Context) -> None:
    """Every ``TODO`` left in ``specs/<key>/`` (what ``partner-contracts new`` marks for a person to fill in)."""
    for path in sorted(ctx.api.dir.rglob("*")):
        if path.suffix not in (".yaml", ".py") or not path.is_file():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = _TODO.search(line)
            if match:
                what = match.group(1).strip().strip("\"'").strip() or "fill this in"
                ctx.report.findings.append(Finding("todo", what, str(path), number))
    if ctx.report.todos:
        # while the spec has TODOs, a table field it does not describe yet is one more of them
        ctx.report.findings = [Finding("todo", f.message, f.file, f.line, f.pointer) if f.rule == "source-table"
                               else f for f in ctx.report.findings]


def rule_behaviour(ctx: _Context) -> None:
    from partner_contracts.mock.behaviour.check import check

    for problem in check(ctx.api, ctx.doc):
        ctx.report.findings.append(Finding("behaviour", problem.message, problem.file, problem.line, problem.pointer))


RULES: tuple[Rule, ...] = (
    rule_refs,
    rule_openapi,
    rule_operation_id,
    rule_operation_fields,
    rule_business_refusals,
    rule_x_source,
    rule_ledger,  # before examples: vendor examples name ledger ids
    rule_examples,
    rule_enum,
    rule_source_tables,
    rule_unverified,
    rule_x_hmac,
    rule_yaml_scalars,
    *lint_answers.RULES,
    rule_source_drift,
    rule_behaviour,
    rule_todo,
)


def rule_name(rule: Rule) -> str:
    """A rule's name, as its findings and ``validate(only=...)`` spell it: ``rule_source_drift`` -> source-drift."""
    return rule.__name__.removeprefix("rule_").replace("_", "-")


def validate(api: Api, only: Collection[str] | None = None) -> Report:
    """Every rule on one API's spec (``only``: just the rules of those names, e.g. ``{"source-drift"}``)."""
    unknown = set(only or ()) - {rule_name(rule) for rule in RULES}
    if unknown:
        raise ValueError(f"no validate rule named {', '.join(sorted(unknown))}")
    try:
        bundle = api.bundled
    except SpecError as exc:
        report = Report(api.key)
        report.findings.append(Finding("bundle", exc.message, exc.file, exc.line, exc.pointer))
        return report
    ctx = _Context(api, bundle)
    for rule in RULES:
        if only is not None and rule_name(rule) not in only:
            continue
        try:
            rule(ctx)
        except (KeyError, TypeError, AttributeError) as exc:
            if not ctx.report.findings:
                raise  # a fault of the rule itself, on a spec with no findings: a bug to see
            # a rule tripping over what an earlier finding reports (a broken reference, a wrong shape)
            ctx.report.findings.append(Finding(rule_name(rule), f"not checked: {type(exc).__name__} {exc} (fix the "
                                               "findings above first)", str(api.root)))
    return ctx.report
