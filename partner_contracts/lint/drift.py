"""Vendor-document drift: noticing when the document changed under the contract.

Every section a spec cites — ``x-source`` of operations, webhooks and schemas, ``where`` of ledger entries —
has a *fingerprint*: a normalised hash of the lines it governs (``spec/sources.py``: markdown marks, blank
lines, table rules and spacing do not count). ``specs/<key>/sources.lock.yaml`` records them, like a lock
file, together with the headings the document had, when a person last reviewed the document:

- ``validate`` (rule ``source-drift``) reports every citation whose section changed or vanished since, with
  its heading, a cited section the lock does not know yet, and each new heading no operation cites
  ("possibly a new operation");
- ``partner-contracts sources diff KEY --against NEW_FILE`` shows, section by section, what changed between
  the recorded document and a new version, and who cites each changed section;
- ``partner-contracts sources accept KEY`` records the fingerprints of the document as it stands now.

Section spans (``sources.sections``): a markdown heading governs the lines up to the next heading of its
level or above; a cited line of a text dump up to the next heading an operation cites.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partner_contracts.spec import sources
from partner_contracts.spec.api import Api, SpecError, _relative, load_yaml, select, sources_dir
from partner_contracts.spec.deref import escape

LOCK_NAME = "sources.lock.yaml"


@dataclass(frozen=True)
class Citation:
    """One place that cites a section: an operation, webhook or schema (``pointer``), or a ledger entry."""

    file: str
    heading: str
    who: str  # "operation createOrder", "webhook orderUpdated", "schema #/components/schemas/X", "ledger PL-003"
    pointer: str = ""  # into the bundled spec; empty for a ledger entry
    line: int | None = None  # ledger.yaml line of a ledger entry


@dataclass
class Drift:
    """A cited section that changed, vanished or was never recorded; or a new heading nobody cites."""

    kind: str  # changed | vanished | unrecorded | new-heading
    file: str
    heading: str
    line: int | None  # where the heading stands in the document now
    citations: list[Citation] = field(default_factory=list)

    def message(self, key: str) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.kind == "changed":
            return (f"§ {self.heading!r} ({where}) changed since its fingerprint was recorded in {LOCK_NAME}: "
                    f"review it (`partner-contracts sources diff {key} --against <old copy>` or the vendor's page), "
                    f"update the spec/ledger, then `partner-contracts sources accept {key}`")
        if self.kind == "vanished":
            return (f"§ {self.heading!r} vanished from {self.file} (recorded in {LOCK_NAME}): the vendor removed or "
                    "renamed it; cite the new heading or remove what it documented, then "
                    f"`partner-contracts sources accept {key}`")
        if self.kind == "unrecorded":
            return (f"§ {self.heading!r} ({where}) has no fingerprint in {LOCK_NAME}: once reviewed, "
                    f"`partner-contracts sources accept {key}`")
        return (f"new heading {self.heading!r} at {where} that nothing cites: possibly a new operation; cite it, or "
                f"record it as reviewed with `partner-contracts sources accept {key}`")


def _as_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)] if value else []


def _walk(node: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            if key not in ("examples", "example", "x-vendor-examples"):
                yield from _walk(value, f"{pointer}/{escape(str(key))}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{i}")


def _ledger(api: Api) -> dict[str, Any]:
    if not api.ledger_path.is_file():
        return {}
    try:
        loaded = load_yaml(api.ledger_path)
    except SpecError:
        return {}  # rule_ledger reports it
    return loaded if isinstance(loaded, dict) else {}


def citations(api: Api, doc: dict[str, Any]) -> list[Citation]:
    """Every citation of a section in the spec (operations, webhooks, schemas) and in its ledger.

    A ledger entry's ``where`` is free text; it counts as a citation when it names a heading of the document
    (or one the lock recorded, so that its vanishing is noticed)."""
    found: list[Citation] = []
    for pointer, node in _walk(doc, ""):
        source = node.get("x-source")
        if not isinstance(source, dict) or not source.get("file"):
            continue
        op_id = node.get("operationId")
        who = (f"{'webhook' if pointer.startswith('/webhooks/') else 'operation'} {op_id}" if op_id
               else f"schema #{pointer}")
        for section in _as_list(source.get("section")):
            found.append(Citation(str(source["file"]), sources.normalise(section), who, pointer + "/x-source"))
    ledger = _ledger(api)
    file = str(ledger.get("source") or api.meta.get("source") or "")
    lock = read_lock(api)
    recorded = set((lock.get(file) or {}).get("sections") or {})
    path = sources_dir() / file
    known = set(sources.first_lines(path)) if file and path.is_file() else set()
    for entry in ledger.get("entries") or []:
        if not isinstance(entry, dict):
            continue
        for where in _as_list(entry.get("where")):
            heading = sources.normalise(where)
            if heading in known or heading in recorded:
                found.append(Citation(file, heading, f"ledger {entry.get('id', '?')}", "",
                                      getattr(entry, "line", None)))
    return found


def structure(api: Api, path: Path) -> dict[str, int]:
    """The headings a document is organised by, with their lines: markdown headings, and for a source whose
    operations are found by a request pattern (``coverage.request``), the sections holding one."""
    lines = sources.read_lines(path)
    found = {sources.normalise(lines[n - 1]): n for n in sources.markdown_headings(path)}
    conf = api.meta.get("coverage") or {}
    if isinstance(conf, dict) and conf.get("request"):
        for mention in sources.mentions(path, str(conf["request"]), str(conf.get("heading", "markdown")),
                                        str(conf.get("strip_prefix", ""))):
            if mention.section:
                found.setdefault(mention.section, sources.first_lines(path).get(mention.section, mention.line))
    return {heading: line for heading, line in found.items() if heading}


def _fingerprints(api: Api, cites: list[Citation], file: str, path: Path) -> dict[str, sources.Section]:
    wanted = {c.heading for c in cites if c.file == file}
    boundaries = {c.heading for c in cites if c.file == file and not c.who.startswith("ledger ")}
    return sources.sections(path, wanted, boundaries)


# --- the lock file ----------------------------------------------------------------------------------


def lock_path(api: Api) -> Path:
    return api.dir / LOCK_NAME


def read_lock(api: Api) -> dict[str, Any]:
    """file -> {sections: {heading: fingerprint}, headings: [...]}; empty when there is no lock."""
    path = lock_path(api)
    if not path.is_file():
        return {}
    loaded = load_yaml(path)
    files = loaded.get("files") if isinstance(loaded, dict) else None
    return dict(files) if isinstance(files, dict) else {}


def _q(text: str) -> str:
    """A double-quoted YAML scalar (JSON's string syntax is YAML's): read alike by YAML 1.1 and 1.2."""
    return json.dumps(text, ensure_ascii=False)


def lock_text(api: Api, doc: dict[str, Any], paths: dict[str, Path] | None = None) -> str:
    """The lock file for the documents as they stand (``paths`` overrides where a cited file is read)."""
    cites = citations(api, doc)
    files: dict[str, Any] = {}
    for file in sorted({c.file for c in cites}):
        path = (paths or {}).get(file) or sources_dir() / file
        if not path.is_file():
            continue
        found = _fingerprints(api, cites, file, path)
        files[file] = {"sections": {h: s.fingerprint for h, s in sorted(found.items())},
                       "headings": sorted(structure(api, path))}
    header = (f"# Fingerprints of the vendor-document sections specs/{api.key}/ cites (normalised hashes, not the\n"
              f"# text), recorded when a person last reviewed the document. Written by\n"
              f"# `partner-contracts sources accept {api.key}`; do not edit by hand. `validate` reports every\n"
              "# citation whose section no longer matches (docs/adding-an-api.md, \"Vendor-document drift\").\n")
    body = [f"version: {sources.FINGERPRINT_VERSION}", "files:" + ("" if files else " {}")]
    for file, entry in files.items():
        body.append(f"  {_q(file)}:")
        body.append("    sections:" + ("" if entry["sections"] else " {}"))
        body += [f"      {_q(h)}: {_q(fp)}" for h, fp in entry["sections"].items()]
        body.append("    headings:" + ("" if entry["headings"] else " []"))
        body += [f"      - {_q(h)}" for h in entry["headings"]]
    return header + "\n".join(body) + "\n"


def write_lock(api: Api, doc: dict[str, Any]) -> Path:
    path = lock_path(api)
    path.write_text(lock_text(api, doc), encoding="utf-8")
    return path


# --- drift ------------------------------------------------------------------------------------------


def check(api: Api, doc: dict[str, Any]) -> list[Drift]:
    """What changed in the documents since the lock was written (nothing when there is no lock: see ``validate``)."""
    lock = read_lock(api)
    cites = citations(api, doc)
    drifts: list[Drift] = []
    for file in sorted({c.file for c in cites}):
        path = sources_dir() / file
        if not path.is_file():
            continue  # rule_x_source reports a missing document
        recorded = lock.get(file) or {}
        recorded_sections = recorded.get("sections") or {}
        now = _fingerprints(api, cites, file, path)
        first = sources.first_lines(path)
        by_heading: dict[str, list[Citation]] = {}
        for c in cites:
            if c.file == file:
                by_heading.setdefault(c.heading, []).append(c)
        for heading, citing in sorted(by_heading.items()):
            section = now.get(heading)
            if section is None:
                if heading in recorded_sections:
                    drifts.append(Drift("vanished", file, heading, None, citing))
                continue  # never a heading: rule_x_source says so
            if heading not in recorded_sections:
                drifts.append(Drift("unrecorded", file, heading, section.start, citing))
            elif recorded_sections[heading] != section.fingerprint:
                drifts.append(Drift("changed", file, heading, section.start, citing))
        known = set(recorded.get("headings") or [])
        if recorded:
            for heading, line in sorted(structure(api, path).items(), key=lambda t: t[1]):
                if heading not in known and heading not in by_heading:
                    drifts.append(Drift("new-heading", file, heading, first.get(heading, line)))
    return drifts


# --- sources diff / accept ----------------------------------------------------------------------------


def _section_lines(path: Path, section: sources.Section) -> list[str]:
    return list(sources.read_lines(path)[section.start - 1 : section.end - 1])


def diff(api: Api, against: Path, out: Any = print) -> int:
    """Section by section, the recorded document (``shared/sources``) against ``against``; who cites each
    changed section. Exit status 1 when a cited section changed or vanished."""
    doc = api.bundled.document
    cites = citations(api, doc)
    file = str(api.meta.get("source") or "")
    old = sources_dir() / file
    if not old.is_file():
        out(f"{api.key}: the recorded document {old} is missing (PARTNER_SOURCES / ../shared/sources)")
        return 2
    if not against.is_file():
        out(f"{api.key}: {against} is not a file")
        return 2
    mine = [c for c in cites if c.file == file]
    before = _fingerprints(api, mine, file, old)
    after = _fingerprints(api, mine, file, against)
    by_heading: dict[str, list[Citation]] = {}
    for c in mine:
        by_heading.setdefault(c.heading, []).append(c)
    changed = 0
    out(f"{api.key}: {_relative(old)} -> {against}")
    for heading in sorted(by_heading, key=lambda h: before[h].start if h in before else 0):
        if heading not in before:
            continue  # not a heading of the recorded document either
        who = ", ".join(sorted({c.who for c in by_heading[heading]}))
        if heading not in after:
            changed += 1
            out(f"\nVANISHED § {heading} (was {file}:{before[heading].start})\n  cited by: {who}")
            continue
        if before[heading].fingerprint == after[heading].fingerprint:
            continue
        changed += 1
        out(f"\nCHANGED § {heading} ({file}:{before[heading].start} -> {against.name}:{after[heading].start})")
        out(f"  cited by: {who}")
        lines = difflib.unified_diff(_section_lines(old, before[heading]), _section_lines(against, after[heading]),
                                     fromfile=f"recorded/{file}", tofile=str(against), lineterm="", n=1)
        for text in list(lines)[2:]:
            out("  " + text)
    old_headings = set(structure(api, old))
    new = [(h, n) for h, n in sorted(structure(api, against).items(), key=lambda t: t[1])
           if h not in old_headings and h not in by_heading]
    for heading, number in new:
        out(f"\nNEW § {heading} ({against.name}:{number}): nothing cites it — possibly a new operation")
    unchanged = sum(1 for h in by_heading if h in before) - changed
    out(f"\n{api.key}: {changed} cited section(s) changed or vanished, {unchanged} unchanged, "
        f"{len(new)} new heading(s)")
    return 1 if changed else 0


def sources_cli(action: str, keys: list[str], against: str | None) -> int:
    if action == "diff":
        if len(keys) != 1 or not against:
            print("usage: partner-contracts sources diff KEY --against NEW_FILE")
            return 2
        (api,) = select(keys)
        return diff(api, Path(against))
    failed = 0
    for api in select(keys):
        try:
            doc = api.bundled.document
        except SpecError as exc:
            print(f"{api.key}: cannot bundle the spec: {exc}")
            failed += 1
            continue
        missing = sorted({c.file for c in citations(api, doc) if not (sources_dir() / c.file).is_file()})
        if missing:
            print(f"{api.key}: not recorded: {', '.join(missing)} missing from {sources_dir()}")
            failed += 1
            continue
        before = read_lock(api)
        path = write_lock(api, doc)
        after = read_lock(api)
        changed = sum(1 for f, v in after.items() for h, fp in dict(v.get("sections") or {}).items()
                      if dict((before.get(f) or {}).get("sections") or {}).get(h) != fp)
        print(f"{api.key}: {_relative(path)}: {sum(len(v.get('sections') or {}) for v in after.values())} "
              f"section fingerprint(s), {changed} new or changed")
    return 1 if failed else 0
