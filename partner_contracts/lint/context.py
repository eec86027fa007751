"""What every lint rule works on: the API being checked (its bundle, source and ledger), a finding with its
file:line and JSON pointer, and the helpers several rule modules share (example sites, schema nodes, the
source sections a spec cites)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partner_contracts.spec import sources
from partner_contracts.spec.api import (
    Api,
    Bundle,
    _relative,
    sources_dir,
)
from partner_contracts.spec.deref import escape, follow
from partner_contracts.spec.schemas import SchemaSet


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
        """No findings but TODOs (a scaffold passes; ``check`` still fails while TODOs are left)."""
        return not [f for f in self.findings if f.rule != "todo"]

    @property
    def todos(self) -> int:
        return sum(1 for f in self.findings if f.rule == "todo")


class _Context:
    def __init__(self, api: Api, bundle: Bundle) -> None:
        self.api = api
        self.bundle = bundle
        self.doc = bundle.document
        self.report = Report(api.key)
        self.schemas = SchemaSet(self.doc)
        self.ledger_ids: set[str] = set()
        self.unverified: list[tuple[str, list[str], int | None]] = []  # (entry id, spec pointers, line)
        self.broken_refs = False

    def add(self, rule: str, pointer: str, message: str) -> None:
        file, line = self.bundle.where(pointer)
        self.report.findings.append(Finding(rule, message, file, line, pointer))


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
    try:
        example = follow(ctx.doc, example)[0]
    except KeyError:
        return False, None
    if isinstance(example, dict) and "value" in example:
        return True, example["value"]
    return False, None


def _schema_nodes(node: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            if key not in ("examples", "example", "x-vendor-examples", "x-enum-descriptions"):
                yield from _schema_nodes(value, f"{pointer}/{escape(key)}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _schema_nodes(value, f"{pointer}/{i}")


def _cited_sections(doc: dict[str, Any]) -> set[tuple[str, str]]:
    """(file, normalised heading) of every x-source in the document."""
    found: set[tuple[str, str]] = set()
    for _pointer, node in _schema_nodes(doc, ""):
        source = node.get("x-source")
        if isinstance(source, dict) and source.get("file") and source.get("section"):
            sections = source["section"] if isinstance(source["section"], list) else [source["section"]]
            found.update((str(source["file"]), sources.normalise(str(s))) for s in sections)
    return found


def section_spans(doc: dict[str, Any], source: Any, cited: set[tuple[str, str]] | None = None) \
        -> Iterator[tuple[Path, str, int, int]]:
    """(source file, section, first line, end line) of each section an ``x-source`` cites; a section ends
    where the next section any x-source of the document cites begins. Unknown files and headings are
    skipped (rule_x_source reports them)."""
    if not isinstance(source, dict) or not source.get("file") or not source.get("section"):
        return
    path = sources_dir() / str(source["file"])
    if not path.is_file():
        return
    cited = _cited_sections(doc) if cited is None else cited
    starts = sources.first_lines(path)
    boundaries = sorted(starts[s] for f, s in cited if f == source["file"] and s in starts)
    for section in source["section"] if isinstance(source["section"], list) else [source["section"]]:
        start = starts.get(sources.normalise(str(section)))
        if start is not None:
            yield path, str(section), start, next((b for b in boundaries if b > start),
                                                   len(sources.read_lines(path)) + 1)
