"""Evidence: exchanges recorded by the proxy (``--record``) or the webhook listener, and what they prove.

Each exchange is one JSON file under ``evidence/<key>/`` — method, path, query, status, headers and
bodies — redacted before it touches the disk: credentials (every header, query key and cookie of the
API's security schemes, ``Authorization``, ``Cookie``/``Set-Cookie``, signatures, and body fields named
like a password, token, secret or key), phone numbers and e-mail addresses are replaced by fixed
placeholders, and any credential value the proxy knows is replaced wherever else it appears.

Every recording says where it comes from (``provenance``: the upstream, the time, the proxy's and the
spec's versions, and whether the upstream was our own mock, which marks its answers).

``partner-contracts evidence [API]`` reads them back: for each unverified ledger entry the exchanges
that confirm it (an exchange the vendor accepted exercises a spec location the entry covers, with no
finding about the entry), contradict it (an error or a warning attributed to the entry) or only observed
something about it (an info finding: an unknown value of an open enum, an undeclared field — never a
confirmation); for each operation the documented statuses observed and the undocumented ones. Answers the
vendor refused (401/403, or a 4xx to a request that broke the contract) confirm nothing. Recordings made
against our own mock are left out unless ``--include-mock``: the mock answers what the spec says.
``partner-contracts evidence promote FILE`` turns a recorded response into a named example of the
operation (``x-source: evidence/...`` and the recorded date) once it validates; it refuses a recording
of the mock.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partner_contracts.runtime.http import MOCK_HEADER
from partner_contracts.sandbox.conformance import Contract, Violation, accepted, covers
from partner_contracts.spec.api import REPO, Api, load_yaml, select
from partner_contracts.spec.deref import escape, references, resolve_pointer
from partner_contracts.spec.ledger import LedgerEntry

# --- reading evidence back --------------------------------------------------------------------------


@dataclass
class Recorded:
    """One evidence file, read back and checked against today's spec."""

    path: Path
    record: dict[str, Any]
    operation: str | None
    status: int
    touched: list[str]  # spec locations it exercised (none when the vendor refused the request)
    violations: list[Violation]
    accepted: bool = True


# findings only the live exchange could make (across exchanges, timing, credentials): read from the record
EXCHANGE_CHECKS = frozenset({"credentials", "credentials-refused", "state", "slow", "upstream", "route", "request",
                             "signature"})


def from_mock(record: dict[str, Any]) -> bool:
    """Whether a recording was answered by our own mock (its provenance, or the mock's header)."""
    if (record.get("provenance") or {}).get("upstream_is_mock"):
        return True
    headers = (record.get("response") or {}).get("headers") or []
    return any(str(pair[0]).lower() == MOCK_HEADER for pair in headers if isinstance(pair, list) and pair)


def recorded_findings(record: dict[str, Any]) -> list[Violation]:
    """The findings a recording kept that a re-check of its answer cannot make again."""
    found = []
    for item in record.get("violations") or []:
        if not isinstance(item, dict):
            continue
        check = str(item.get("check", "request" if item.get("where") == "request" else ""))
        if check not in EXCHANGE_CHECKS:
            continue
        found.append(Violation(str(record.get("operation") or "?"), str(item.get("where", "")),
                               str(item.get("pointer", "")), str(item.get("expected", "")),
                               str(item.get("observed", "")), str(item.get("spec", "")),
                               [str(i) for i in item.get("ledger") or []], str(item.get("level", "error")), check))
    return found


def body_bytes(body: Any) -> bytes:
    """The bytes a recorded body stands for (JSON re-serialised; redaction kept)."""
    if not isinstance(body, dict):
        return b""
    if "json" in body:
        return json.dumps(body["json"], ensure_ascii=False).encode()
    if "text" in body:
        return str(body["text"]).encode()
    return b""


def evidence_files(folder: Path, key: str) -> list[Path]:
    target = folder / key
    return sorted(target.glob("*.json")) if target.is_dir() else []


class Reader:
    """Checks recorded exchanges against one API's contract and ledger."""

    def __init__(self, contract: Contract) -> None:
        self.contract = contract
        self._refs: dict[str, list[str]] = {}

    def refs(self, pointer: str) -> list[str]:
        """``pointer`` and every ``$ref`` target reachable from the schema there."""
        if pointer in self._refs:
            return self._refs[pointer]
        try:
            node = resolve_pointer(self.contract.doc, pointer)
        except KeyError:
            self._refs[pointer] = [pointer]
            return self._refs[pointer]
        found = references(self.contract.doc, node, start=pointer, skip=frozenset({"examples", "example"}), limit=2000)
        self._refs[pointer] = [ref[1:] for ref in found]
        return self._refs[pointer]

    def read(self, path: Path) -> Recorded | None:
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(record, dict):
            return None
        if record.get("kind") == "webhook":
            return self.read_webhook(path, record)
        if record.get("kind", "exchange") != "exchange":
            return None
        request, response = record.get("request") or {}, record.get("response") or {}
        method, status = str(request.get("method", "GET")), int(response.get("status", 0))
        op, _, missing = self.contract.route(method, str(request.get("path", "/")))
        # a request that broke the contract says something of the vendor only when the vendor accepted
        # it anyway (more liberal than the spec); refused, it is the caller's mistake
        kept = [v for v in recorded_findings(record) if v.where != "request" or 200 <= status < 300]
        if op is None:
            return Recorded(path, record, None, status, [], [missing] if missing else kept, False)
        headers = [(str(k), str(v)) for k, v in response.get("headers") or []]
        body = body_bytes(response.get("body"))
        violations = self.contract.check_response(op, method, status, headers, body) + kept
        took = bool(record.get("accepted", accepted(status, kept)))
        if not took:  # a refusal proves nothing about what the vendor does with an accepted request
            return Recorded(path, record, op.op_id, status, [], violations, False)
        key, response_pointer, described = self.contract.response_for(op, status)
        touched = [op.pointer, "/servers"]
        if key is not None:
            touched.append(response_pointer)
            for media in described.get("content") or {}:
                touched += self.refs(f"{response_pointer}/content/{escape(media)}/schema")
                body_value = (response.get("body") or {}).get("json") if isinstance(response.get("body"), dict) \
                    else None
                touched += self.fields(f"{response_pointer}/content/{escape(media)}/schema", body_value)
        for pointer in op.body_media.values():
            touched += self.refs(pointer)
        if 200 <= status < 300:  # the credentials were accepted
            touched += ["/security", *(f"/components/securitySchemes/{escape(name)}"
                                       for requirement in op.security for name in requirement)]
        return Recorded(path, record, op.op_id, status, list(dict.fromkeys(touched)), violations)

    def fields(self, schema_pointer: str, value: Any, depth: int = 3) -> list[str]:
        """The schema locations of the fields a value has (objects to ``depth`` levels, the first item
        of each array): a recorded field confirms an entry about that property."""
        found: list[str] = []

        def walk(node: Any, at: str, level: int) -> None:
            if level > depth or len(found) > 500:
                return
            if isinstance(node, dict):
                for key, child in node.items():
                    found.extend(self.contract.trail(schema_pointer, f"{at}/{escape(str(key))}"))
                    walk(child, f"{at}/{escape(str(key))}", level + 1)
            elif isinstance(node, list) and node:
                walk(node[0], f"{at}/0", level + 1)

        walk(value, "", 0)
        return found

    def read_webhook(self, path: Path, record: dict[str, Any]) -> Recorded | None:
        """A delivery ``webhooks listen`` recorded: its body re-checked against the spec's webhook; a
        verified signature exercises the signature header's definition."""
        from partner_contracts.spec.auth import webhook_signature_headers

        from .webhooks import Webhooks

        hooks = Webhooks(self.contract)
        name = str(record.get("operation", ""))
        if name not in hooks.items:
            return None
        body = ((record.get("request") or {}).get("body") or {}).get("json")
        pointer = hooks.body_pointer(name)
        touched = [f"/webhooks/{escape(name)}/post"]
        if pointer:
            touched += self.refs(pointer) + self.fields(pointer, body)
        kept = recorded_findings(record)
        if not record.get("verified"):  # a rejected delivery: its finding is the evidence, it confirms nothing
            return Recorded(path, record, name, int(record.get("status", 401)), [], kept, False)
        signed = {header for header, _ in webhook_signature_headers(hooks.items[name])}
        params = (hooks.items[name].get("post") or {}).get("parameters") or []
        touched += [f"/webhooks/{escape(name)}/post/parameters/{i}" for i, p in enumerate(params)
                    if p.get("name") in signed]
        return Recorded(path, record, name, 200, list(dict.fromkeys(touched)), hooks.check(name, body) + kept)


@dataclass
class EntryEvidence:
    entry: LedgerEntry
    confirming: list[Path] = field(default_factory=list)
    contradicting: list[tuple[Path, Violation]] = field(default_factory=list)
    observed: list[tuple[Path, Violation]] = field(default_factory=list)  # info findings: facts, not proof

    @property
    def state(self) -> str:
        if self.contradicting:
            return "CONTRADICTED"
        if self.confirming:
            return "confirmed"
        return "observed only" if self.observed else "no evidence yet"


def summarise(contract: Contract, folder: Path, include_mock: bool = False,
              ) -> tuple[list[Recorded], list[EntryEvidence]]:
    """The recordings of ``contract``'s API in ``folder`` (our mock's left out unless ``include_mock``)
    and what they say of each unverified ledger entry."""
    reader = Reader(contract)
    recorded = [r for r in (reader.read(p) for p in evidence_files(folder, contract.api.key)) if r is not None]
    if not include_mock:
        recorded = [r for r in recorded if not from_mock(r.record)]
    results = []
    for entry in contract.ledger:
        if not entry.unverified:
            continue
        found = EntryEvidence(entry)
        for item in recorded:
            about = [v for v in item.violations if entry.id in v.ledger]
            against = [v for v in about if v.level in ("error", "warning")]
            if against:
                found.contradicting += [(item.path, v) for v in against]
            elif about:
                found.observed += [(item.path, v) for v in about]
            elif item.accepted and any(covers(p, t) for p in entry.pointers for t in item.touched):
                found.confirming.append(item.path)
        results.append(found)
    return recorded, results


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def report(api: Api, folder: Path, out: Any = print, include_mock: bool = False) -> int:
    """Print what the evidence says for one API; 1 when an unverified entry is contradicted."""

    contract = Contract(api)
    recorded, entries = summarise(contract, folder, include_mock)
    mock = 0 if include_mock else sum(1 for p in evidence_files(folder, api.key) if _is_mock_file(p))
    out(f"{api.key}: {len(recorded)} recorded exchange(s) in {_relative(folder / api.key)}"
        + (f" ({mock} recorded from our own mock left out: they prove nothing about the vendor; "
           "--include-mock counts them)" if mock else ""))
    if not recorded:
        out(f"  (record some: partner-contracts proxy {api.key} --upstream URL --record {folder}, "
            f"or partner-contracts webhooks listen {api.key} --record {folder})")
    out("unverified ledger entries:")
    for found in entries:
        out(f"  {found.entry.id:8} {found.state:16} {len(found.confirming)} confirming, "
            f"{len(found.contradicting)} contradicting  {found.entry.topic[:70]}")
        for path, violation in found.contradicting[:5]:
            out(f"      ✗ {_relative(path)}: {violation.pointer} expected {violation.expected}; "
                f"observed {violation.observed}")
        for path, violation in found.observed[:3]:
            out(f"      · {_relative(path)}: {violation.pointer} observed {violation.observed} (info)")
        for path in found.confirming[:3]:
            out(f"      ✓ {_relative(path)}")
    out("operations (documented statuses observed):")
    seen: dict[str, dict[int, int]] = {}
    for item in recorded:
        if item.operation and item.record.get("kind") != "webhook":
            statuses = seen.setdefault(item.operation, {})
            statuses[item.status] = statuses.get(item.status, 0) + 1
    unobserved = []
    for route in contract.served.router.routes:
        for op in route.operations.values():
            observed = seen.get(op.op_id, {})
            if not observed:
                unobserved.append(op.op_id)
                continue
            marks = " ".join(f"{s}{'✓' if s.isdigit() and int(s) in observed else '·'}" for s in op.statuses)
            extra = [str(s) for s in observed if contract.response_for(op, s)[0] is None]
            tail = f"  UNDOCUMENTED {' '.join(extra)}" if extra else ""
            out(f"  {op.op_id:32} {marks}{tail}")
    if unobserved:
        out(f"  not observed yet ({len(unobserved)}): {', '.join(sorted(unobserved))}")
    deliveries: dict[str, int] = {}
    for item in recorded:
        if item.operation and item.record.get("kind") == "webhook":
            deliveries[item.operation] = deliveries.get(item.operation, 0) + 1
    if deliveries:
        out("webhooks received: " + ", ".join(f"{name}×{n}" for name, n in sorted(deliveries.items())))
    contradicted = sum(bool(f.contradicting) for f in entries)
    out(f"{api.key}: {sum(f.state == 'confirmed' for f in entries)} confirmed, {contradicted} contradicted, "
        f"{sum(f.state == 'no evidence yet' for f in entries)} without evidence "
        f"(of {len(entries)} unverified entries)")
    return 1 if contradicted else 0


# --- promote ------------------------------------------------------------------------------------------


class PromoteError(Exception):
    pass


def _is_mock_file(path: Path) -> bool:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(record, dict) and from_mock(record)


def _find_mapping(node: Any, line: int) -> dict[str, Any] | None:
    """The mapping of a loaded YAML file whose first key is at ``line`` and which holds a ``schema``."""
    if isinstance(node, dict):
        if getattr(node, "line", None) == line and "schema" in node:
            return node
        children: Any = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        found = _find_mapping(child, line)
        if found is not None:
            return found
    return None


def _indent_of(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


MAX_DEPTH = 64  # nesting of a promoted body (the mock's own limit on a request body)


def _depth(value: Any) -> int:
    """How deeply ``value`` nests (iterative: a file nested 100,000 deep is measured, not a crash)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, level)
            if deepest > MAX_DEPTH:
                return deepest
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


_LINE_BREAKS = ("\x85", "\u2028", "\u2029")  # line breaks to YAML (and str.splitlines), not to JSON


def promote(path: Path, name: str | None = None, specs_dir: Path | None = None) -> tuple[Path, str]:
    """Add the response recorded in ``path`` as a named example of its operation's response, after
    checking it against the spec. Returns the YAML file changed and the example's pointer."""
    try:
        return _promote(path, name, specs_dir)
    except RecursionError:
        raise PromoteError(f"{path}: nested more than {MAX_DEPTH} deep: not promoted") from None


def _promote(path: Path, name: str | None = None, specs_dir: Path | None = None) -> tuple[Path, str]:
    import yaml

    record = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(record, dict):
        raise PromoteError(f"{path}: not a recorded exchange (a JSON object)")
    response, request = record.get("response") or {}, record.get("request") or {}
    body = (response.get("body") or {}).get("json") if isinstance(response.get("body"), dict) else None
    if body is None:
        raise PromoteError(f"{path}: the recorded response has no JSON body to promote")
    if from_mock(record):
        raise PromoteError(f"{path}: recorded from partner-contracts' own mock, not the vendor's service: "
                           "the mock answers the spec's own examples, so this is no evidence")
    if _depth(body) > MAX_DEPTH:
        raise PromoteError(f"{path}: the recorded body is nested more than {MAX_DEPTH} deep: not promoted")
    (api,) = select([str(record.get("api"))], specs_dir) if specs_dir else select([str(record.get("api"))])
    bundled = api.bundled
    contract = Contract(api, document=bundled.document)
    method, status = str(request.get("method", "GET")), int(response.get("status", 0))
    op, _, missing = contract.route(method, str(request.get("path", "/")))
    if op is None:
        raise PromoteError(f"{path}: {missing.observed if missing else 'no operation'}")
    headers = [(str(k), str(v)) for k, v in response.get("headers") or []]
    violations = [v for v in contract.check_response(op, method, status, headers, body_bytes(response.get("body")))
                  if v.level != "info"]  # an undeclared field or an open enum's new value is legal
    if violations:
        raise PromoteError(f"{path}: the recorded response does not satisfy the spec, fix the spec first:\n"
                           + "\n".join("  " + v.line() for v in violations))
    key, response_pointer, described = contract.response_for(op, status)
    sent = next((v for k, v in headers if k.lower() == "content-type"), "application/json")
    media = next((m for m in described.get("content") or {} if m == sent.split(";")[0].strip().lower()),
                 next(iter(described.get("content") or {}), None))
    if key is None or media is None:
        raise PromoteError(f"{path}: {op.op_id} documents no content for status {status}")
    site = f"{response_pointer}/content/{escape(media)}"
    file, line = bundled.where(site)
    site_node = resolve_pointer(bundled.document, site)
    recorded_date = str(record.get("recorded", ""))[:10] or dt.date.today().isoformat()
    parts = path.stem.split("-")
    name = name or f"evidence_{status}_{'_'.join(parts[:2]) if len(parts) > 2 else path.stem}"
    name = re.sub(r"[^A-Za-z0-9_.-]", "_", name)
    if name in (site_node.get("examples") or {}):
        raise PromoteError(f"{site}: an example named {name!r} exists already (use --name)")
    source = Path(file)
    original = source.read_text(encoding="utf-8")
    lines = original.split("\n")  # not splitlines(): a NEL or U+2028 inside a line is not a line end
    lines = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    mapping = _find_mapping(load_yaml(source), line or 0)
    if mapping is None:
        raise PromoteError(f"{source}:{line}: cannot find the media type object of {site} to edit")
    key_lines: dict[str, int] = getattr(mapping, "key_lines", {})
    evidence_path = _relative(path)
    example = {"summary": f"Recorded from the vendor's service: {op.op_id} answered {status} "
                          f"(promoted evidence, redacted)",
               "x-source": evidence_path, "x-recorded": recorded_date, "value": body}
    raw_text = json.dumps(body, ensure_ascii=False)
    # a value holding a YAML line break (NEL, U+2028/9) is written escaped, or it would come back a space
    dumped = yaml.safe_dump({name: example}, sort_keys=False, default_flow_style=False, width=110,
                            allow_unicode=not any(c in raw_text for c in _LINE_BREAKS))
    if "examples" in mapping:
        examples = mapping["examples"]
        first = getattr(examples, "key_lines", {})
        if not isinstance(examples, dict) or not first:
            raise PromoteError(f"{source}:{key_lines['examples']}: `examples` is not a block mapping to add to")
        at = min(first.values()) - 1  # before its first example
        indent = _indent_of(lines[at])
        block = dumped
    else:
        at = key_lines["schema"] - 1
        indent = _indent_of(lines[at])
        block = "examples:\n" + "".join("  " + x for x in dumped.splitlines(keepends=True))
    text = "".join(" " * indent + x + "\n" if x.strip() else x + "\n" for x in block.rstrip("\n").split("\n"))
    lines.insert(at, text)
    source.write_text("".join(lines), encoding="utf-8")
    try:  # the example must read back as exactly what was recorded; else the file is left as it was
        written = _find_mapping(load_yaml(source), line or 0)
        back = written["examples"][name]["value"] if written is not None else None
    except Exception:  # noqa: BLE001 - whatever broke, the file goes back as it was
        back = None
    if back != body:
        source.write_text(original, encoding="utf-8")
        raise PromoteError(f"{source}: the example would not read back as recorded; the file is unchanged")
    return source, f"#{site}/examples/{escape(name)}"


def evidence_cli(args: argparse.Namespace) -> int:
    folder = Path(args.dir)
    if args.apis and args.apis[0] == "promote":
        files = args.apis[1:]
        if not files:
            print("usage: partner-contracts evidence promote FILE [--name NAME]", file=sys.stderr)
            return 2
        failed = 0
        for file in files:
            try:
                source, pointer = promote(Path(file), args.name)
            except (PromoteError, OSError, ValueError) as exc:
                print(f"error: {exc}", file=sys.stderr)
                failed += 1
                continue
            print(f"{file}: added {pointer} to {_relative(source)}; now run `partner-contracts validate` "
                  "and `partner-contracts generate` (the bundle changed)")
        return 1 if failed else 0
    failed = 0
    for api in select(args.apis or None):
        failed += report(api, folder, include_mock=getattr(args, "include_mock", False))
    return 1 if failed else 0
