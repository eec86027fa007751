"""Pancake POS's computations for the mock: the decisions its behaviour.yaml leaves to code.

A stock move of one variation; whether the warehouses a request names are known; what a product update
does to each variation it names; what a customer create does with the customers of the same phone
number; how many vouchers a create makes. Registered by name in ``RULES`` and called from behaviour.yaml
as ``{$rule: <name>, args: [...]}`` (missing values arrive as None; a rule marked ``@reads_records`` gets
the stored records first).
"""

from __future__ import annotations

import copy
from typing import Any

from partner_contracts.mock.behaviour.rulekit import (
    MISSING,
    Records,
    Rules,
    bounded,
    is_number,
    reads_records,
    same,
    tidy,
)

STOCK_DEFAULTS = {"remain_quantity": 0, "actual_remain_quantity": 0, "pending_quantity": 0,
                  "returning_quantity": 0, "total_quantity": 0}


def _first(value: Any, default: Any) -> Any:
    return default if value is None else value


def _upsert_stock(stock: Any, changes: list[dict[str, Any]]) -> list[Any]:
    """A copy of a variation's ``variations_warehouses`` with each change merged into the entry of its
    warehouse, or appended with zero quantities when the variation had no stock there."""
    upserted: list[Any] = copy.deepcopy(stock) if isinstance(stock, list) else []
    for change in changes:
        target = next((e for e in upserted if isinstance(e, dict) and "warehouse_id" in change
                       and same(e.get("warehouse_id"), change["warehouse_id"])), None)
        if target is not None:
            target.update(copy.deepcopy(change))
        else:
            upserted.append({**STOCK_DEFAULTS, **copy.deepcopy(change)})
    return upserted


def set_stock(variation: dict[str, Any], entries: Any, actual: Any, now: str) -> dict[str, Any]:
    """The fields a stock update sets on a variation: its ``variations_warehouses`` with each entry's
    quantity (``remain_quantity``, or ``actual_remain_quantity`` when ``actual``) set in its warehouse (a
    warehouse the variation had no stock in is added with zeros), their ``remain_quantity`` total, and
    ``__changes``: one inventory-webhook record per entry, with the quantity it changed by."""
    entries = entries if isinstance(entries, list) else []
    stock = variation.get("variations_warehouses")
    field = "actual_remain_quantity" if actual else "remain_quantity"
    moves = []
    for entry in entries:
        entry = entry if isinstance(entry, dict) else {}
        change = {k: entry[k] for k in ("warehouse_id",) if k in entry}
        if "remain_quantity" in entry:
            change[field] = entry["remain_quantity"]
        moves.append(change)
    upserted = _upsert_stock(stock, moves)
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


def restock(stock: Any, changes: Any) -> Any:
    """A product update's ``variations_warehouses`` for one variation: its stock with each change (its
    warehouse_id, remain_quantity, batch_position, shelf_position) merged in; MISSING (the stock is left
    as it is) when the update names no stock."""
    if not changes:
        return MISSING
    fields = ("warehouse_id", "remain_quantity", "batch_position", "shelf_position")
    picked = [{k: c[k] for k in fields if k in c} for c in changes if isinstance(c, dict)] \
        if isinstance(changes, list) else []
    return _upsert_stock(stock, picked)


def _stock_of(variation: Any, product_stock: Any) -> Any:
    """The stock a product create or update gives a variation: its own, else the product's, else none."""
    own = variation.get("variations_warehouses") if isinstance(variation, dict) else None
    return next((s for s in (own, product_stock) if s is not None), [])


@reads_records
def stock_in_known_warehouses(records: Records, variations: Any, product_stock: Any) -> bool:
    """Whether every warehouse the variations' stock names (``_stock_of``) is a warehouse of the shop."""
    for variation in variations if isinstance(variations, list) else []:
        stock = _stock_of(variation, product_stock)
        for entry in stock if isinstance(stock, list) else []:
            if not isinstance(entry, dict) or "warehouse_id" not in entry \
                    or records.record("warehouses", entry["warehouse_id"]) is None:
                return False
    return True


@reads_records
def warehouses_known(records: Records, entries: Any, stock: Any) -> bool:
    """Whether each entry's warehouse is a warehouse of the shop or one the variation (``stock``) is
    already stocked in."""
    stocked = [_warehouse_of(e) for e in stock] if isinstance(stock, list) else []
    for entry in entries if isinstance(entries, list) else []:
        warehouse_id = _warehouse_of(entry)
        if (warehouse_id is MISSING or records.record("warehouses", warehouse_id) is None) \
                and not any(s == warehouse_id for s in stocked):
            return False
    return True


def _warehouse_of(entry: Any) -> Any:
    return entry.get("warehouse_id", MISSING) if isinstance(entry, dict) else MISSING


@reads_records
def product_changes(records: Records, product_id: Any, variations: Any, product_stock: Any) -> dict[str, Any]:
    """What a product update does to the variations it names: ``update`` (named by id), ``delete`` (named
    and ``is_removed``), ``create`` (no id; one without id marked is_removed names nothing); ``foreign``:
    a named variation is not one of this product; ``known_warehouses``: every warehouse the kept
    variations' stock names is a warehouse of the shop."""
    entries = variations if isinstance(variations, list) else []
    named = [v for v in entries if isinstance(v, dict) and v.get("id")]
    foreign = any((records.record("variations", v["id"]) or {}).get("product_id") != product_id for v in named)
    kept = [v for v in entries if not (isinstance(v, dict) and v.get("is_removed"))]
    return {
        "update": [v for v in named if not v.get("is_removed")],
        "delete": [v for v in named if v.get("is_removed")],
        "create": [v for v in kept if not (isinstance(v, dict) and v.get("id"))],
        "foreign": foreign,
        "known_warehouses": stock_in_known_warehouses(records, kept, product_stock),
    }


def customer_create(create_type: Any, same_phone: Any) -> dict[str, Any]:
    """What a customer create does (``createType``): ``force`` always creates; ``ignore`` leaves a
    customer with that phone number (``same_phone``) as it is; ``update`` updates every one. ``create``:
    the one entry to create, or none; ``update``: the customers to update."""
    same_phone = same_phone if isinstance(same_phone, list) else []
    create = ["new"] if create_type == "force" or not same_phone else []
    return {"create": create, "update": same_phone if create_type == "update" and not create else []}


def vouchers(count: Any) -> dict[str, Any]:
    """A voucher create: ``create_multi_voucher`` of them (at most 100) when it is a number, else one."""
    if not is_number(count):
        return {"multi": False, "entries": ["one"]}
    return {"multi": True, "entries": list(range(max(0, min(int(count), 100))))}


RULES: Rules = {"set_stock": set_stock, "restock": restock, "stock_in_known_warehouses": stock_in_known_warehouses,
                "warehouses_known": warehouses_known, "product_changes": product_changes,
                "customer_create": customer_create, "vouchers": vouchers}
