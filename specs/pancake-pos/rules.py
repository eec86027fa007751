"""Pancake POS's computations for the mock: a stock move of one variation.

Registered by name in ``RULES`` and called from behaviour.yaml as ``{$rule: <name>, args: [...]}``
(missing values arrive as None).
"""

from __future__ import annotations

import copy
import math
import sys
from collections.abc import Callable
from typing import Any

STOCK_DEFAULTS = {"remain_quantity": 0, "actual_remain_quantity": 0, "pending_quantity": 0,
                  "returning_quantity": 0, "total_quantity": 0}


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _tidy(value: float) -> float:
    """Whole floats as ints; overflow clamps to the largest double (JSON has no infinity)."""
    if isinstance(value, float) and not math.isfinite(value):
        return math.copysign(sys.float_info.max, value) if not math.isnan(value) else 0
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _bounded(value: Any) -> Any:
    """An integer too large for a double as the largest double (fuzzers send 10**400)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 2**1000:
        return sys.float_info.max if value > 0 else -sys.float_info.max
    return value


def _same(a: Any, b: Any) -> bool:
    return a == b or (a is not None and str(a) == str(b))


def _first(value: Any, default: Any) -> Any:
    return default if value is None else value


def set_stock(variation: dict[str, Any], entries: Any, actual: Any, now: str) -> dict[str, Any]:
    """The fields a stock update sets on a variation: its ``variations_warehouses`` with each entry's
    quantity (``remain_quantity``, or ``actual_remain_quantity`` when ``actual``) set in its warehouse (a
    warehouse the variation had no stock in is added with zeros), their ``remain_quantity`` total, and
    ``__changes``: one inventory-webhook record per entry, with the quantity it changed by."""
    entries = entries if isinstance(entries, list) else []
    stock = variation.get("variations_warehouses")
    upserted: list[Any] = copy.deepcopy(stock) if isinstance(stock, list) else []
    field = "actual_remain_quantity" if actual else "remain_quantity"
    for entry in entries:
        entry = entry if isinstance(entry, dict) else {}
        change = {k: entry[k] for k in ("warehouse_id",) if k in entry}
        if "remain_quantity" in entry:
            change[field] = entry["remain_quantity"]
        target = next((e for e in upserted if isinstance(e, dict) and "warehouse_id" in change
                       and _same(e.get("warehouse_id"), change["warehouse_id"])), None)
        if target is not None:
            target.update(copy.deepcopy(change))
        else:
            upserted.append({**STOCK_DEFAULTS, **copy.deepcopy(change)})
    total: float = 0
    for e in upserted:
        value = e.get("remain_quantity") if isinstance(e, dict) else None
        total = _tidy(_bounded(total) + _bounded(value)) if _number(value) else total
    changes = []
    for entry in entries:
        entry = entry if isinstance(entry, dict) else {}
        before = [e for e in stock if isinstance(e, dict) and e.get("warehouse_id") == entry.get("warehouse_id")] \
            if isinstance(stock, list) else []
        old_remain = _first(before[0].get("remain_quantity"), 0) if before else 0
        old_actual = _first(before[0].get("actual_remain_quantity"), 0) if before else 0
        record: dict[str, Any] = {"type": "variations_warehouses"}
        if "id" in variation:
            record["variation_id"] = variation["id"]
        if "warehouse_id" in entry:
            record["warehouse_id"] = entry["warehouse_id"]
        record["is_actual_remain_quantity"] = actual
        new = entry.get("remain_quantity")
        if actual:
            record["remain_quantity"] = old_remain
            if "remain_quantity" in entry:
                record["actual_remain_quantity"] = new
        else:
            if "remain_quantity" in entry:
                record["remain_quantity"] = new
            record["actual_remain_quantity"] = old_actual
        old = old_actual if actual else old_remain
        if _number(new) and _number(old):
            record["change_quantity"] = _tidy(_bounded(new) - _bounded(old))
        record["inserted_at"] = now
        changes.append(record)
    return {"variations_warehouses": upserted, "remain_quantity": total if not isinstance(total, float)
            else _tidy(float(total)), "__changes": changes}


RULES: dict[str, Callable[..., Any]] = {"set_stock": set_stock}
