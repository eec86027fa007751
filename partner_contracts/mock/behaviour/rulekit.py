"""The public API for ``specs/<key>/rules.py`` files: the only module of the package a rules.py imports.

A rules.py registers its functions by name in ``RULES`` (a ``Rules``); a behaviour file calls one as
``{$rule: <name>, args: [...]}`` (a computation: it answers a value; one marked ``@reads_records`` gets
the stored ``Records`` first, to read, never to change) or ``reserve`` / ``release: {rule, args}`` (a
change of state: it gets a ``State`` first). Arguments arrive rendered, a missing value as None; a rule
answers ``MISSING`` for "no value" (the key holding it is dropped, as a template's missing value is). The
helpers are the ones the engine's own words use, so a rule computes as the template would: ``total`` adds as
``$sum`` does (a whole float is written as an int, huge integers — fuzzers send 10**400 — and overflow are
bounded by the largest double: JSON has no infinity), ``contains`` / ``starts_with`` match as ``$contains`` /
``$prefix``, ``pick`` copies as ``$pick``, ``new_id`` / ``new_token`` make a ``$uuid`` / ``$token``.

The engine (``engine.py``) imports these helpers from here too: there is one copy of each.
"""

from __future__ import annotations

import base64
import math
import os
import random
import sys
import uuid
from collections.abc import Callable, Iterable
from typing import Any, NoReturn, Protocol, TypeVar

from partner_contracts.runtime.values import _ATOMIC, MISSING, copy_json

__all__ = ["MISSING", "Records", "Rules", "State", "bounded", "contains", "is_number", "new_id", "new_token", "pick",
           "reads_records", "same", "starts_with", "tidy", "total", "whole"]

Rules = dict[str, Callable[..., Any]]

F = TypeVar("F", bound=Callable[..., Any])


class Records(Protocol):
    """The stored records, for a ``$rule`` marked ``@reads_records``: read them, never change them."""

    def record(self, collection: str, key: Any) -> dict[str, Any] | None: ...
    def records(self, collection: str) -> list[dict[str, Any]]: ...


def reads_records(rule: F) -> F:
    """Mark a ``$rule`` that reads stored records: the engine calls it with ``Records`` first."""
    rule.reads_records = True  # type: ignore[attr-defined]
    return rule


class State(Protocol):
    """What a rule that changes state may do (``reserve`` / ``release`` and a collection's ``release``).

    Every record it read through ``record`` counts as changed when the rule returns; ``changed`` says it
    at once. ``refuse`` answers the request with ``status`` (in the API's error envelope) and changes
    nothing the action would have changed after the rule."""

    def record(self, collection: str, key: Any) -> dict[str, Any] | None: ...
    def changed(self, collection: str, record: dict[str, Any]) -> None: ...
    def refuse(self, status: int, message: str) -> NoReturn: ...


def is_number(value: Any) -> bool:
    """An int or a float, not a bool."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def bounded(value: Any) -> Any:
    """An integer too large for a double becomes the largest double, so mixing it with floats cannot
    overflow (fuzzers send 10**400); anything else as it is."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 2**1000:
        return sys.float_info.max if value > 0 else -sys.float_info.max
    return value


def whole(value: Any) -> Any:
    """A whole float as an int (JSON 62000, not 62000.0); anything else as it is."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def tidy(value: Any) -> Any:
    """``whole``, after overflow clamps to the largest double and NaN becomes 0 (JSON has no infinity)."""
    if isinstance(value, float) and not math.isfinite(value):
        return math.copysign(sys.float_info.max, value) if not math.isnan(value) else 0
    return whole(value)


def same(value: Any, wanted: Any) -> bool:
    """Equal, or equal as text (a path's "7" names the stored 7); None equals only None."""
    return bool(value == wanted) or (value is not None and str(value) == str(wanted))


def total(values: Iterable[Any]) -> Any:
    """The sum of the numbers among ``values`` (anything else is skipped), as ``$sum`` adds: 0 for none."""
    result: float = 0
    for value in values:
        result = tidy(bounded(result) + bounded(value)) if is_number(value) else result
    return tidy(float(result)) if isinstance(result, float) else result


def _text_match(value: Any, text: Any, prefix: bool) -> bool:
    if text is MISSING or text is None or value is MISSING or value is None:
        return False
    entries = value if isinstance(value, list) else [value]
    if prefix:
        return any(str(v).startswith(str(text)) for v in entries if v is not None)
    return any(str(text).casefold() in str(v).casefold() for v in entries if v is not None)


def contains(value: Any, text: Any) -> bool:
    """Whether ``value`` (any entry of a list) contains ``text``, ignoring case (``$contains``); False when
    either is missing or None."""
    return _text_match(value, text, prefix=False)


def starts_with(value: Any, text: Any) -> bool:
    """Whether ``value`` (any entry of a list) starts with ``text`` (``$prefix``); False when either is
    missing or None."""
    return _text_match(value, text, prefix=True)


def pick(mapping: Any, keys: Iterable[str]) -> Any:
    """The members of ``mapping`` named by ``keys`` (those it has), a deep copy of them, as ``$pick`` makes
    them of anything but the request's own body; MISSING when ``mapping`` is not a mapping."""
    if not isinstance(mapping, dict):
        return MISSING
    picked = {k: mapping[k] for k in keys if k in mapping}
    return picked if _ATOMIC.issuperset(map(type, picked.values())) else copy_json(picked)


# The ids and tokens the mock makes ($uuid, $token) need to be unique, not secret: a generator seeded once
# from the OS (as random.Random() is, and again in a forked child), so making one does not call os.urandom,
# which releases the GIL for its system call — and with the webhook dispatcher's thread waiting for it, each
# created record then waited its turn (14 % of the request thread's samples in a create/cancel load with
# --webhook-url).
_RANDOM = random.Random()
os.register_at_fork(after_in_child=_RANDOM.seed)


def new_id() -> str:
    """A random (version 4) UUID, as ``$uuid`` makes it."""
    return str(uuid.UUID(int=_RANDOM.getrandbits(128), version=4))


def new_token(size: int) -> str:
    """``size`` random bytes as URL-safe base64 without padding (the shape of ``secrets.token_urlsafe``), as
    ``$token:<size>`` makes it."""
    return base64.urlsafe_b64encode(_RANDOM.randbytes(size)).rstrip(b"=").decode()
