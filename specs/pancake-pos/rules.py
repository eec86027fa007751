"""Pancake POS's computations for the mock: a stock move of one variation.

Registered by name in ``RULES`` and called from behaviour.yaml as ``{$rule: <name>, args: [...]}``
(missing values arrive as None).
"""

from __future__ import annotations

import copy
from typing import Any

from partner_contracts.mock.behaviour.rulekit import Rules, bounded, is_number, same, tidy

STOCK_DEFAULTS = {"remain_quantity": 0, "actual_remain_quantity": 0, "pending_quantity": 0,
                  "returning_quantity": 0, "total_quantity": 0}


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
                       and same(e.get("warehouse_id"), change["warehouse_id"])), None)
        if target is not None:
            target.update(copy.deepcopy(change))
        else:
            upserted.append({**STOCK_DEFAULTS, **copy.deepcopy(change)})
    total: float = 0
    for e in upserted:
        value = e.get("remain_quantity") if isinstance(e, dict) else None
        total = tidy(bounded(total) + bounded(value)) if is_number(value) else total
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
        if is_number(new) and is_number(old):
            record["change_quantity"] = tidy(bounded(new) - bounded(old))
        record["inserted_at"] = now
        changes.append(record)
    return {"variations_warehouses": upserted, "remain_quantity": total if not isinstance(total, float)
            else tidy(float(total)), "__changes": changes}


RULES: Rules = {"set_stock": set_stock}
