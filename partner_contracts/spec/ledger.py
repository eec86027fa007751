"""``specs/<key>/ledger.yaml`` as typed data: every contradiction and decision, parsed once per API
(:func:`ledger_of`) and read by ``validate`` (its structure), the docs page (entries per operation), the
proxy and evidence (which entries a violation or an exchange concerns) and the webhook harness.

An entry names what it is about (``topic``) and the spec locations it concerns (``spec:``, JSON pointers
``#/...``): :attr:`LedgerEntry.pointers` gives them without ``#``, and :meth:`LedgerEntry.covers` says
whether a spec location lies at or below one of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .api import Api, SpecError, load_yaml


def covers(entry_pointer: str, touched: str) -> bool:
    """A ledger ``spec:`` pointer covers a spec location at or below it."""
    return touched == entry_pointer or touched.startswith(entry_pointer.rstrip("/") + "/")


@dataclass(frozen=True)
class LedgerEntry:
    """One ledger entry (a mapping in ``entries:``), with the line it starts at."""

    id: str
    topic: str
    decision: str
    spec: tuple[str, ...]  # the spec pointers as written (``#/components/schemas/Order``)
    unverified: bool
    line: int | None = None
    fields: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)  # as written

    @classmethod
    def parse(cls, entry: Mapping[str, Any]) -> LedgerEntry:
        spec = entry.get("spec") or []
        return cls(
            id=str(entry.get("id", "?")),
            topic=str(entry.get("topic", "")),
            decision=str(entry.get("decision", "")),
            spec=tuple(str(p) for p in (spec if isinstance(spec, list) else [spec])),
            unverified=bool(entry.get("unverified")),
            line=getattr(entry, "line", None),
            fields=entry,
        )

    @property
    def pointers(self) -> list[str]:
        """The spec pointers without the leading ``#``."""
        return [p.lstrip("#") for p in self.spec]

    def covers(self, touched: str) -> bool:
        """Whether the spec location ``touched`` (a pointer without ``#``) lies at or below one of the entry's."""
        return any(covers(p, touched) for p in self.pointers)


@dataclass(frozen=True)
class Ledger:
    """One ledger.yaml: its entries, and what ``validate`` needs to say what is wrong with the file."""

    path: Path
    exists: bool = False
    text: str = ""  # the file as written (validate searches it for a field a source table names)
    error: SpecError | None = None  # the YAML did not parse
    items: tuple[Any, ...] = ()  # ``entries:`` as written, mappings or not (validate checks each)
    listed: bool = False  # ``entries:`` is a list
    entries: tuple[LedgerEntry, ...] = ()  # the mappings among ``items``
    # ``prefix:`` the entries' ids start with (``PL`` for ``PL-001``), when declared
    prefix: str | None = None
    prefix_line: int | None = None

    @classmethod
    def load(cls, path: Path) -> Ledger:
        if not path.is_file():
            return cls(path)
        text = path.read_text(encoding="utf-8")
        try:
            raw = load_yaml(path)
        except SpecError as exc:
            return cls(path, exists=True, text=text, error=exc)
        items = raw.get("entries") if isinstance(raw, dict) else None
        prefix = raw.get("prefix") if isinstance(raw, dict) else None
        declared = None if prefix is None else str(prefix)
        line: int | None = getattr(raw, "key_lines", {}).get("prefix")
        if not isinstance(items, list):
            return cls(path, exists=True, text=text, prefix=declared, prefix_line=line)
        entries = tuple(LedgerEntry.parse(e) for e in items if isinstance(e, Mapping))
        return cls(
            path,
            exists=True,
            text=text,
            items=tuple(items),
            listed=True,
            entries=entries,
            prefix=declared,
            prefix_line=line,
        )


def ledger_of(api: Api) -> Ledger:
    """The API's ledger, parsed on first use and kept with the ``Api``."""
    cached: Ledger | None = api.__dict__.get("_ledger")
    if cached is None or cached.path != api.ledger_path:
        cached = api.__dict__["_ledger"] = Ledger.load(api.ledger_path)
    return cached
