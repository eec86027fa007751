"""The mock's per-request work limits, where the vendor's document gives none (documented in docs/mock.md,
"Running it as a shared sandbox").

A request body may hold at most ``MAX_ITEMS`` entries in any one array, ``MAX_TOTAL_ITEMS`` entries in
all its arrays together (the work of a behaviour that loops over one list inside another is bounded
by their product) and ``MAX_STRING`` characters in any one string (the whole body at most ``app.MAX_BODY`` bytes); a request over a limit is answered 422 in
the API's envelope with the JSON pointer of the offending value, before any state is read or changed. So a
request creates or changes at most ``MAX_ITEMS`` records per list it sends, and a stored record holds no
string longer than ``MAX_STRING``.

The check is skipped (it costs nothing) for a body too small to break a limit: one with fewer than
``MAX_ITEMS`` commas (an array of ``MAX_ITEMS`` + 1 entries has ``MAX_ITEMS`` of them) and no more than
``MAX_STRING`` bytes.
"""

from __future__ import annotations

from typing import Any

MAX_ITEMS = 1000  # entries in one array of a request body (or of an array query parameter)
MAX_TOTAL_ITEMS = 10_000  # entries in all the arrays of a request body together
MAX_STRING = 64 * 1024  # characters in one string of a request body


def over_limit(raw: bytes, value: Any) -> tuple[str, str] | None:
    """(JSON pointer, reason) of the first value of ``value`` (parsed from ``raw``) over a limit, or None."""
    if len(raw) <= MAX_STRING and raw.count(b",") < MAX_ITEMS:
        return None
    return _walk(value, "")


def _walk(value: Any, pointer: str) -> tuple[str, str] | None:
    # iterative: a body nested 64 deep (the mock's own depth limit) is checked without recursion
    stack: list[tuple[Any, str]] = [(value, pointer)]
    total = 0
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if len(item) > MAX_STRING:
                return where, f"a string of {len(item)} characters; the mock accepts at most {MAX_STRING}"
        elif isinstance(item, list):
            if len(item) > MAX_ITEMS:
                return where, f"an array of {len(item)} entries; the mock accepts at most {MAX_ITEMS} per request"
            total += len(item)
            if total > MAX_TOTAL_ITEMS:
                return where, (f"more than {MAX_TOTAL_ITEMS} array entries in all; the mock accepts at most "
                               f"{MAX_TOTAL_ITEMS} per request")
            stack.extend((v, f"{where}/{i}") for i, v in enumerate(item) if isinstance(v, (str, list, dict)))
        elif isinstance(item, dict):
            for k, v in item.items():
                if len(k) > MAX_STRING:
                    return where, f"a member name of {len(k)} characters; the mock accepts at most {MAX_STRING}"
                if isinstance(v, (str, list, dict)):
                    stack.append((v, f"{where}/{k.replace('~', '~0').replace('/', '~1')}"))
    return None
