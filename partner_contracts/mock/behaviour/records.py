"""Collections of records: the bounded, ordered stores a behaviour file declares (``collections:``), the key
lookup that names a record, and ``ActionError`` (a request the behaviour refuses, with its status)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from partner_contracts.runtime.budget import BUDGET
from partner_contracts.runtime.values import MISSING, Record, _member, copy_json, json_default

DEFAULT_LIMIT = 5000

# The memory a collection's records may take (estimated: their JSON text plus VALUE_COST bytes per value,
# private fields included), beyond which its oldest go too: with the limits on a request
# (runtime/limits.py) this bounds a collection's memory whatever clients send (docs/mock.md: "Running it as a
# shared sandbox").
DEFAULT_MAX_BYTES = 16 * 1024 * 1024

VALUE_COST = 64  # about what a Python str/int object and its reference cost beyond its JSON text

class ActionError(Exception):
    """A request the behaviour refuses: answered with ``status`` in the API's error envelope."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code

def lookup(value: Any, path: str) -> Any:
    return _walk(value, _parts(path))

def _parts(path: str) -> tuple[str, ...]:
    """``a.b.0`` → ("a", "b", "0"); the empty path has no parts."""
    return tuple(path.split(".")) if path else ()

def _walk(value: Any, parts: tuple[str, ...]) -> Any:
    for part in parts:
        if isinstance(value, dict):
            value = _member(value, part)
        elif isinstance(value, list) and part.lstrip("-").isdigit():
            index = int(part)
            value = value[index] if -len(value) <= index < len(value) else MISSING
        else:
            return MISSING
        if value is MISSING:
            return MISSING
    return value

@dataclass
class Collection:
    name: str
    key: str
    limit: int
    seed_records: list[dict[str, Any]]
    records: OrderedDict[str, dict[str, Any]] = field(default_factory=OrderedDict)
    evicted: Callable[[dict[str, Any]], None] | None = None  # told of each record the limit pushes out
    max_bytes: int = DEFAULT_MAX_BYTES
    sizes: dict[str, int] = field(default_factory=dict)  # key -> JSON size of the records put here
    counted: int = 0  # the sum of ``sizes``: what the collection holds in the memory budget (runtime/budget.py)
    # records changed since they were last measured, measured when the bytes are next read (a record changed
    # several times by one operation is written out once, and its text is then the one its answer reuses)
    stale: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        parts = _parts(self.key)
        self._plain_key = parts[0] if len(parts) == 1 and not parts[0].startswith("__") else None

    @property
    def bytes(self) -> int:
        if self.stale:
            stale, self.stale = self.stale, {}
            for key, record in stale.items():
                if self.records.get(key) is record:
                    size = _json_size(record)
                    self._count(size - self.sizes.get(key, 0))
                    self.sizes[key] = size
        return self.counted

    def _count(self, delta: int) -> None:
        """Change what the collection holds, in its own count and in the process's memory budget alike."""
        self.counted += delta
        if delta > 0:
            BUDGET.force(delta, "records")
        elif delta < 0:
            BUDGET.give(-delta, "records")

    def reset(self) -> None:
        self.records = OrderedDict((self.key_of(r), Record(copy_json(r))) for r in self.seed_records)
        self.release()

    def release(self) -> None:
        """Give the records' share of the memory budget back (a stopped app); measured again as they change."""
        self._count(-self.counted)
        self.sizes, self.stale = {}, {}

    def __del__(self) -> None:  # a collection thrown away (an app rebuilt) gives its share back
        BUDGET.give(self.counted, "records")

    def key_of(self, record: dict[str, Any]) -> str:
        plain = self._plain_key
        value = record.get(plain, MISSING) if plain is not None else lookup(record, self.key)
        if value is MISSING:  # a record with views: the key lives in any view
            for view in record.values():
                value = lookup(view, self.key) if isinstance(view, dict) else MISSING
                if value is not MISSING:
                    break
        return str(value)

    def put(self, record: dict[str, Any]) -> list[str]:
        """Store ``record`` newest last; answers the keys of the records the limits pushed out."""
        key = self.key_of(record)
        self.records[key] = record
        self.records.move_to_end(key)
        self.measure(key, record)
        # bounded memory: the oldest record goes first (never the one just put), past the collection's caps
        # or past the records' share of the process's memory budget (runtime/budget.py)
        gone: list[str] = []
        by_kind = BUDGET.by_kind
        while len(self.records) > self.limit or ((self.bytes > self.max_bytes or by_kind["records"]
                                                  > BUDGET.records_limit()) and len(self.records) > 1):
            old_key, oldest = self.records.popitem(last=False)
            self._count(-self.sizes.pop(old_key, 0))
            self.stale.pop(old_key, None)
            gone.append(old_key)
            if self.evicted is not None:
                self.evicted(oldest)
        return gone

    def measure(self, key: str, record: dict[str, Any]) -> None:
        """Count a record's JSON size when the bytes are next read (``bytes``: at the next ``put`` at the
        latest, before anything is evicted; made once: a Record keeps the text its answers then reuse)."""
        self.stale[key] = record

    def forget(self, key: str) -> None:
        self.records.pop(key, None)
        self._count(-self.sizes.pop(key, 0))
        self.stale.pop(key, None)


def _json_size(record: dict[str, Any]) -> int:
    """A record's estimated memory: VALUE_COST per value (one per comma, in C) for the mapping, plus twice
    its JSON text: the text it keeps (``Record.fragment``) and the page view it may keep beside it
    (``Record.viewed``, a pick of its fields: at most as long)."""
    try:
        text = orjson.dumps(record, default=json_default, option=orjson.OPT_PASSTHROUGH_SUBCLASS)
        private = record.private if type(record) is Record else None
        if private:
            text += orjson.dumps(private, default=json_default, option=orjson.OPT_PASSTHROUGH_SUBCLASS)
    except TypeError:  # an integer beyond 64 bits: a rough size is enough
        text = repr(record).encode()
    return 2 * len(text) + VALUE_COST * (text.count(b",") + 2)
