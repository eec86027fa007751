"""The public API for ``specs/<key>/rules.py`` files: the only module of the package a rules.py imports.

A rules.py registers its functions by name in ``RULES`` (a ``Rules``); a behaviour file calls one as
``{$rule: <name>, args: [...]}`` (a computation: it answers a value; one marked ``@reads_records`` gets
the stored ``Records`` first, to read, never to change) or ``reserve`` / ``release: {rule, args}`` (a
change of state: it gets a ``State`` first). Arguments arrive rendered, a missing value as None; a rule
answers ``MISSING`` for "no value" (the key holding it is dropped, as a template's missing value is). The number helpers are the ones the engine's own operators use, so a rule computes as ``$add`` /
``$sum`` do: a whole float is written as an int, huge integers (fuzzers send 10**400) and overflow are
bounded by the largest double (JSON has no infinity).

The engine (``engine.py``) imports these helpers from here too: there is one copy of each.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from typing import Any, NoReturn, Protocol, TypeVar

from partner_contracts.runtime.values import MISSING

__all__ = ["MISSING", "Records", "Rules", "State", "bounded", "is_number", "reads_records", "same", "tidy", "whole"]

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
