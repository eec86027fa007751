"""Pancake POS's computations for the mock: the decisions and computed values its behaviour.yaml leaves to code.

behaviour.yaml says which collection each operation reads or changes, the seeds, and the fields a record
takes from the body; what needs a condition, a loop or a computation is here: a variation made or changed
(its fields, its stock and the stock's total), a stock move of one variation, whether the warehouses a
request names are known, what a product update does to each variation it names, what a customer create
does with the customers of the same phone number, how many vouchers a create makes, the searches of the
lists, the lines of purchases, exports, transfers and stocktakings, and the customer webhook's payload.
Registered by name in ``RULES`` and called from behaviour.yaml as ``{$rule: <name>, args: [...]}``
(missing values arrive as None; a rule answers MISSING for "no value", which drops the key holding it; a
rule marked ``@reads_records`` gets the stored records first).
"""

from __future__ import annotations

import copy
from typing import Any

from partner_contracts.mock.behaviour.rulekit import (
    MISSING,
    Records,
    Rules,
    bounded,
    contains,
    is_number,
    new_id,
    pick,
    reads_records,
    same,
    tidy,
    total,
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


# --- variations ------------------------------------------------------------------------------------

VARIATION_FIELDS = ("barcode", "custom_id", "images", "retail_price", "last_imported_price", "weight")
CHANGED_FIELDS = ("barcode", "custom_id", "is_hidden", "images", "retail_price", "last_imported_price", "weight")


def remain_total(stock: Any) -> Any:
    """A variation's ``remain_quantity``: the sum over its warehouses (0 without stock)."""
    return total(e.get("remain_quantity") for e in stock if isinstance(e, dict)) if isinstance(stock, list) else 0


def _with_ids(entries: Any, keys: tuple[str, ...]) -> Any:
    """Each entry's ``keys`` (a copy) under a new ``id`` (one of ``keys`` given wins); MISSING for no list."""
    if not isinstance(entries, list):
        return MISSING
    lines = []
    for entry in entries:
        line: dict[str, Any] = {"id": new_id()}
        picked = pick(entry, keys)
        if picked is not MISSING:
            line.update(picked)
        lines.append(line)
    return lines


def _opening_stock(entry: Any) -> dict[str, Any]:
    """One warehouse's stock of a new variation: what the request says, the quantities it leaves out 0."""
    entry = entry if isinstance(entry, dict) else {}
    quantity = _first(entry.get("remain_quantity"), 0)
    stock = {"warehouse_id": entry["warehouse_id"]} if "warehouse_id" in entry else {}
    stock.update(remain_quantity=quantity, actual_remain_quantity=quantity, pending_quantity=0,
                 returning_quantity=0, total_quantity=quantity)
    stock.update({k: entry[k] for k in ("batch_position", "shelf_position") if k in entry})
    return stock


def new_variation(variation: Any, product_id: Any, product_stock: Any) -> dict[str, Any]:
    """A variation a product create or update makes of an entry of ``product.variations``: its fields, a
    new id, ``is_hidden`` (true or "true" in the request, else false), the ``fields`` each with a new id, its
    stock (``_stock_of``: its own, else the product's) with every quantity it leaves out 0, and the total."""
    made: dict[str, Any] = {}
    picked = pick(variation, VARIATION_FIELDS)
    if picked is not MISSING:
        made.update(picked)
    given = variation if isinstance(variation, dict) else {}
    made["id"] = new_id()
    if product_id is not None:
        made["product_id"] = product_id
    made["is_hidden"] = "is_hidden" in given and str(given["is_hidden"]) in ("True", "true")
    if given.get("custom_id") is not None:
        made["display_id"] = given["custom_id"]
    made.update(is_locked=False, is_sell_negative_variation=False)
    fields = _with_ids(_first(given.get("fields"), []), ("name", "value"))
    if fields is not MISSING:
        made["fields"] = fields
    made.update(images=_first(given.get("images"), []), wholesale_price=[])
    stock = _stock_of(variation, product_stock)
    if isinstance(stock, list):
        made["variations_warehouses"] = [_opening_stock(entry) for entry in stock]
    made["remain_quantity"] = remain_total(made.get("variations_warehouses"))
    return made


def changed_variation(change: Any, stock: Any, product_stock: Any) -> dict[str, Any]:
    """What a product update sets on a variation it names (``change``): the fields given, the ``fields``
    each with a new id (when given), its stock with the change's (else the product's) entries merged in
    (``restock``), and the total of the stock it then has (``stock``: its stock before)."""
    changed: dict[str, Any] = {}
    picked = pick(change, CHANGED_FIELDS)
    if picked is not MISSING:
        changed.update(picked)
    given = change if isinstance(change, dict) else {}
    if given.get("fields"):
        fields = _with_ids(given["fields"], ("name", "value"))
        if fields is not MISSING:
            changed["fields"] = fields
    restocked = restock(stock, _first(given.get("variations_warehouses"), product_stock))
    if restocked is not MISSING:
        changed["variations_warehouses"] = restocked
    changed["remain_quantity"] = remain_total(restocked if restocked is not MISSING else stock)
    return changed


def _product_of(records: Records, variation: dict[str, Any]) -> dict[str, Any] | None:
    """The stored product a variation names (``product_id``), or None."""
    return records.record("products", variation["product_id"]) if "product_id" in variation else None


@reads_records
def variation_matches(records: Records, variation: dict[str, Any], search: Any) -> bool:
    """Whether a variation's product name or display id, or its own display id, barcode or custom id,
    contains the search text (any case)."""
    product = _product_of(records, variation) or {}
    return any(contains(value, search) for value in (
        product.get("name"), product.get("display_id"), variation.get("display_id"), variation.get("barcode"),
        variation.get("custom_id")))


@reads_records
def with_products(records: Records, variations: Any) -> Any:
    """Each listed variation with its product: the stored one, else the one the variation carries."""
    shown = []
    for variation in variations if isinstance(variations, list) else []:
        entry = dict(variation)
        product = _product_of(records, variation)
        product = product if product is not None else variation.get("product")
        if product is not None:
            entry["product"] = product
        shown.append(entry)
    return shown


# --- orders, customers ------------------------------------------------------------------------------


def order_matches(order: dict[str, Any], search: Any) -> bool:
    """Whether the order's bill phone number or name, note, or shipping phone number or name contains the
    search text (any case)."""
    shipping = order.get("shipping_address")
    shipping = shipping if isinstance(shipping, dict) else {}
    return any(contains(value, search) for value in (
        order.get("bill_phone_number"), order.get("bill_full_name"), order.get("note"),
        shipping.get("phone_number"), shipping.get("full_name")))


def customer_matches(customer: dict[str, Any], search: Any, customer_ids: Any) -> bool:
    """Whether the customer's name, phone numbers or emails contain ``search`` (when given), and its id is
    in ``customer_ids`` (a comma-separated list, when given)."""
    if search and not any(contains(customer.get(k), search) for k in ("name", "phone_numbers", "emails")):
        return False
    return not customer_ids or contains(customer_ids, customer.get("id"))


def with_ids(entries: Any) -> Any:
    """A customer's notes or addresses as given, each with its id (a new one when it has none); MISSING
    (left as they are) when none are given."""
    if not entries or not isinstance(entries, list):
        return MISSING
    given = [entry if isinstance(entry, dict) else {} for entry in entries]
    return [{**entry, "id": entry["id"] if entry.get("id") is not None else new_id()} for entry in given]


def customer_webhook(customer: dict[str, Any], shop_id: Any) -> dict[str, Any]:
    """The customer webhook's payload for one customer (``birthday`` is its date_of_birth)."""
    payload: dict[str, Any] = {k: customer[k] for k in ("id", "name", "phone_numbers", "emails") if k in customer}
    for name, value in (("birthday", customer.get("date_of_birth")), ("gender", customer.get("gender"))):
        if value is not None:
            payload[name] = value
    for name, key in (("customer_tags", "tags"), ("reward_point", "reward_point")):
        if key in customer:
            payload[name] = customer[key]
    shop = _first(customer.get("shop_id"), shop_id)
    if shop is not None:
        payload["shop_id"] = shop
    payload["type"] = "customers"
    return payload


# --- inventory documents -----------------------------------------------------------------------------


def lines(entries: Any, keys: list[str]) -> Any:
    """The lines of a purchase, export, transfer or stocktaking: each entry's ``keys`` under a new ``id``
    (an ``id`` among ``keys`` that the entry gives wins); MISSING when ``entries`` is no list."""
    return _with_ids(entries, tuple(keys))


def status_filter(status: Any, every: Any) -> Any:
    """A list's ``status`` filter: none when the query asks for ``every`` status (-1 or -2: all)."""
    return None if status == every else status


def purchase_page(purchases: Any, preload_items: Any) -> Any:
    """The listed purchases, their ``items`` left empty when the query says ``preload_items=false``."""
    listed = purchases if isinstance(purchases, list) else []
    if preload_items == False:  # `$eq` as before: 0 is false too
        return [{**purchase, "items": []} for purchase in listed]
    return list(listed)


RULES: Rules = {"set_stock": set_stock, "restock": restock, "stock_in_known_warehouses": stock_in_known_warehouses,
                "warehouses_known": warehouses_known, "product_changes": product_changes,
                "customer_create": customer_create, "vouchers": vouchers, "new_variation": new_variation,
                "changed_variation": changed_variation, "variation_matches": variation_matches,
                "with_products": with_products, "order_matches": order_matches,
                "customer_matches": customer_matches, "with_ids": with_ids, "customer_webhook": customer_webhook,
                "lines": lines, "status_filter": status_filter, "purchase_page": purchase_page}
