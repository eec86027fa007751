"""JSON values as the request stages pass them around: ``MISSING`` (a value that is not there), ``Record``
(a stored mapping that keeps its JSON text and private ``__`` fields beside it), ``json_default`` (how orjson
writes them), ``kept_json`` (a JSON text to keep) and ``copy_json`` (a deep copy at C speed)."""

from __future__ import annotations

import copy
import functools
from typing import Any

import orjson


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False

MISSING: Any = _Missing()

class Record(dict):  # type: ignore[type-arg]
    """A stored record. Its private ``__`` fields live beside the mapping, in ``private``: templates read
    them (``$item.__box``) and ``update`` writes them, but a record serialises as its mapping alone, so
    they are never sent. Records change through ``update`` only.

    A record keeps its JSON text once written (``fragment``), so a page of records is written by
    copying texts; any change to the mapping forgets it, and a change inside a nested value (a counter
    in a list, see ``Behaviour._counter``) calls ``changed``."""

    __slots__ = ("json", "private", "view")

    def __init__(self, fields: Any = (), /) -> None:  # dict.__new__ has made the empty mapping
        self.private: dict[str, Any] = {}
        self.json: orjson.Fragment | None = None
        self.view: tuple[object, orjson.Fragment] | None = None
        self.update(fields)

    def update(self, *args: Any, **kwargs: Any) -> None:
        changes = args[0] if len(args) == 1 and not kwargs and type(args[0]) is dict else dict(*args, **kwargs)
        private = _private_keys(changes)
        if private:
            changes = dict(changes)
            for key in private:
                self.private[key] = changes.pop(key)
        dict.update(self, changes)
        self.json = self.view = None

    def changed(self) -> None:
        """A nested value was changed in place: the JSON text is made again when next written."""
        self.json = self.view = None

    def fragment(self) -> orjson.Fragment:
        """The record's JSON text (orjson writes a Fragment as it is), made once until the record changes;
        not kept when the record holds another record, whose own changes it could not follow."""
        text = self.json
        if text is None:
            nested: list[bool] = []
            written = orjson.dumps(dict(self), default=functools.partial(_inner_json, nested),
                                   option=orjson.OPT_PASSTHROUGH_SUBCLASS)
            text = orjson.Fragment(kept_json(written))
            if not nested:
                self.json = text
        return text

    def viewed(self, token: object, make: Any) -> Any:
        """``make(self)`` — what a page shows of the record (its pick of fields, its compact view …), a
        function of the record alone — written as JSON text and kept with the record until it changes, one
        such view (``token``) at a time: a page of records copies texts. Kept as ``fragment`` keeps the
        record's own text (and, like it, not when it holds another record, whose changes it could not
        follow); MISSING and what is not JSON are answered as made."""
        kept = self.view
        if kept is not None and kept[0] is token:
            return kept[1]
        value = make(self)
        if value is MISSING:
            return value
        nested: list[bool] = []
        try:
            written = orjson.dumps(value, default=functools.partial(_inner_json, nested),
                                   option=orjson.OPT_PASSTHROUGH_SUBCLASS)
        except TypeError:  # an integer beyond 64 bits: written by json_bytes, as the answer is
            return value
        if nested:
            return value
        text = orjson.Fragment(kept_json(written))
        self.view = (token, text)
        return text

    # Every other way to change the mapping forgets the JSON text too.
    def __setitem__(self, key: Any, value: Any) -> None:
        dict.__setitem__(self, key, value)
        self.json = self.view = None

    def __delitem__(self, key: Any) -> None:
        dict.__delitem__(self, key)
        self.json = self.view = None

    def __ior__(self, other: Any) -> Any:  # type: ignore[misc]  # dict's |= returns Self
        self.update(other)
        return self

    def pop(self, *args: Any) -> Any:
        self.json = self.view = None
        return dict.pop(self, *args)

    def popitem(self) -> tuple[Any, Any]:
        self.json = self.view = None
        return dict.popitem(self)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        self.json = self.view = None
        return dict.setdefault(self, key, default)

    def clear(self) -> None:
        self.json = self.view = None
        dict.clear(self)


def kept_json(written: bytes) -> bytes:
    """What orjson wrote, to keep beyond the request (a record's text, a webhook waiting in the outbox, a
    remembered error envelope): a copy of exactly its length. orjson's own buffer is never shrunk — it
    holds at least 4 KiB (the next power of two above a longer text) whatever the text's size — so a kept
    130-byte text held 4 KiB, 30 times what the memory budget counts for it."""
    return bytes(memoryview(written))


def json_default(value: Any) -> Any:
    """orjson's ``default`` for writing with OPT_PASSTHROUGH_SUBCLASS: a record as its kept JSON text,
    any other subclass of a JSON type as that type."""
    if type(value) is Record:
        return value.fragment()
    return _plain(value)

def _inner_json(nested: list[bool], value: Any) -> Any:
    if isinstance(value, Record):
        nested.append(True)
        return dict(value)
    return _plain(value)

def _plain(value: Any) -> Any:
    """A subclass of a JSON type as that type, as orjson writes it without OPT_PASSTHROUGH_SUBCLASS."""
    if isinstance(value, str):
        return str.__str__(value)  # the text itself (str() of a str-based Enum would be its name)
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, list):
        return list(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    raise TypeError(f"{type(value).__name__} is not JSON")

def _member(mapping: dict[str, Any], key: str) -> Any:
    """``mapping[key]``, a record's private field included, or MISSING."""
    if type(mapping) is Record and _is_private(key):
        return mapping.private.get(key, MISSING)
    return mapping.get(key, MISSING)

def _is_private(key: Any) -> bool:
    return isinstance(key, str) and key.startswith("__")

def _private_keys(keys: Any) -> list[Any]:
    """The keys that start with ``__``, found by splitting the keys joined with NUL (C-level work, not a
    test per key); keys that are not all text, or that hold a NUL themselves, are tested one by one."""
    try:
        joined = "\0" + "\0".join(keys)
    except TypeError:  # a key that is not text (a seed from YAML, say)
        return [k for k in keys if _is_private(k)]
    if "\0__" not in joined:
        return []
    if joined.count("\0") != len(keys):
        return [k for k in keys if _is_private(k)]
    return ["__" + part.partition("\0")[0] for part in joined.split("\0__")[1:]]

def copy_json(value: Any) -> Any:
    """A deep copy of JSON data: a round trip through orjson (C speed) for plain mappings and lists of
    JSON values; member by member when they hold anything else (a record, an integer beyond 64 bits)."""
    cls = type(value)
    if cls is dict or cls is list:
        try:
            return orjson.loads(orjson.dumps(value, default=_not_json, option=_COPY_OPTIONS))
        except TypeError:
            pass
    return _copy_members(value)

_COPY_OPTIONS = orjson.OPT_PASSTHROUGH_SUBCLASS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS

def _not_json(value: Any) -> Any:
    raise TypeError(type(value).__name__)

def _copy_members(value: Any) -> Any:
    cls = type(value)
    if cls is dict:
        return {k: _copy_members(v) for k, v in value.items()}
    if cls is Record:
        copied = Record({k: _copy_members(v) for k, v in value.items()})
        copied.private = {k: _copy_members(v) for k, v in value.private.items()}
        return copied
    if cls is list:
        return [_copy_members(v) for v in value]
    if cls in _ATOMIC or value is MISSING:
        return value
    return copy.deepcopy(value)

_ATOMIC = frozenset({str, int, float, bool, type(None)})
