"""The computations APIs register in specs/<key>/rules.py, one table of cases per function."""

from __future__ import annotations

import re
from typing import Any, ClassVar

import pytest

from partner_contracts.mock.behaviour.engine import load_rules
from partner_contracts.spec.api import SPECS_DIR

AHAMOVE = load_rules(SPECS_DIR / "ahamove")
BIKE = {"start_fee": 12000, "per_km": 4300, "stop_fee": 5000, "requests": {"SGN-BIKE-TIP": 5000}}
A, B = {"lat": 10.7725, "lng": 106.6980}, {"lat": 10.8185, "lng": 106.6588}


@pytest.mark.parametrize(("path", "km"), [
    ([A, B], 6.6705), ([A], 0.0), ([], 0.0), ("x", 0), ([A, {"lat": "x", "lng": 1}, B], 6.6705),
    ([{"lat": 0, "lng": 0}, {"lat": 0, "lng": 1}], 111.1949),
])
def test_distance(path: Any, km: float) -> None:
    assert AHAMOVE["distance"](path) == km


@pytest.mark.parametrize(("path", "requests", "expected"), [
    # the source's example: 11.63 km → 62,000 + one more stop 5,000 + a tip 5,000 = 72,000
    ([{"lat": 0, "lng": 0}, {"lat": 0, "lng": 0.1046}], [{"_id": "SGN-BIKE-TIP"}],
     {"distance_fee": 62000, "stop_fee": 5000, "request_fee": 5000, "total_price": 72000}),
    ([A, B], [], {"distance_fee": 41000, "stop_fee": 5000, "request_fee": 0, "total_price": 46000}),
    ([A, B, A], [{"_id": "SGN-BIKE-TIP", "num": 2}, {"_id": "UNKNOWN", "num": 3}],
     {"distance_fee": 69000, "stop_fee": 10000, "request_fee": 10000, "total_price": 89000}),
])
def test_tariff(path: list[Any], requests: Any, expected: dict[str, Any]) -> None:
    data = AHAMOVE["tariff"](BIKE, path, requests, "CASH")
    assert {k: data[k] for k in expected} == expected
    assert data["total_fee"] == data["total_pay"] == data["subtotal_price"] == data["total_price"]
    assert data["payment_method"] == "CASH" and data["currency"] == "VND"


def test_tariff_prices_each_request() -> None:
    data = AHAMOVE["tariff"](BIKE, [A, B], [{"_id": "SGN-BIKE-TIP", "num": 2}, {"_id": "X"}, {}], None)
    assert data["requests"] == [{"_id": "SGN-BIKE-TIP", "num": 2, "price": 10000}, {"_id": "X", "num": 1, "price": 0},
                                {"num": 1, "price": 0}]
    assert "payment_method" not in data


PANCAKE = load_rules(SPECS_DIR / "pancake-pos")
STOCKED: dict[str, Any] = {"id": "v1", "variations_warehouses": [{"warehouse_id": "w1", "remain_quantity": 10, "actual_remain_quantity": 12}]}
NOW = "2025-01-01 00:00:00.000000"


@pytest.mark.parametrize(("entries", "actual", "stock", "total", "changes"), [
    # a new remain quantity in a known warehouse: changed by the difference
    ([{"warehouse_id": "w1", "remain_quantity": 15}], False,
     [{"warehouse_id": "w1", "remain_quantity": 15, "actual_remain_quantity": 12}], 15,
     [{"warehouse_id": "w1", "remain_quantity": 15, "actual_remain_quantity": 12, "change_quantity": 5}]),
    # the physical stock: actual_remain_quantity moves, remain_quantity is reported as it was
    ([{"warehouse_id": "w1", "remain_quantity": 20}], True,
     [{"warehouse_id": "w1", "remain_quantity": 10, "actual_remain_quantity": 20}], 10,
     [{"warehouse_id": "w1", "remain_quantity": 10, "actual_remain_quantity": 20, "change_quantity": 8}]),
    # a warehouse without stock yet: added with zeros, counted in the total
    ([{"warehouse_id": "w2", "remain_quantity": 7}], False,
     [{"warehouse_id": "w1", "remain_quantity": 10, "actual_remain_quantity": 12},
      {"warehouse_id": "w2", "remain_quantity": 7, "actual_remain_quantity": 0, "pending_quantity": 0,
       "returning_quantity": 0, "total_quantity": 0}], 17,
     [{"warehouse_id": "w2", "remain_quantity": 7, "actual_remain_quantity": 0, "change_quantity": 7}]),
    # nothing to move
    ([], False, [{"warehouse_id": "w1", "remain_quantity": 10, "actual_remain_quantity": 12}], 10, []),
])
def test_set_stock(entries: list[Any], actual: bool, stock: list[Any], total: int, changes: list[Any]) -> None:
    moved = PANCAKE["set_stock"](STOCKED, entries, actual, NOW)
    assert moved["variations_warehouses"] == stock and moved["remain_quantity"] == total
    common = {"type": "variations_warehouses", "variation_id": "v1", "is_actual_remain_quantity": actual,
              "inserted_at": NOW}
    assert moved["__changes"] == [{**common, **c} for c in changes]
    assert STOCKED["variations_warehouses"][0]["remain_quantity"] == 10  # the record itself is not changed


class FakeRecords:
    """The stored records a rule marked @reads_records reads: warehouse w1, variation v1 of product p1."""

    STORED: ClassVar[dict[tuple[str, str], dict[str, Any]]] = {
        ("warehouses", "w1"): {"id": "w1"},
        ("variations", "v1"): {"id": "v1", "product_id": "p1"},
        ("products", "p1"): {"id": "p1", "name": "Áo thun", "display_id": "SP01"}}

    def record(self, collection: str, key: Any) -> dict[str, Any] | None:
        return self.STORED.get((collection, str(key)))

    def records(self, collection: str) -> list[dict[str, Any]]:
        return [r for (c, _), r in self.STORED.items() if c == collection]


@pytest.mark.parametrize(("create_type", "same_phone", "plan"), [
    ("force", [{"id": "c1"}], {"create": ["new"], "update": []}),
    ("ignore", [{"id": "c1"}], {"create": [], "update": []}),
    ("update", [{"id": "c1"}], {"create": [], "update": [{"id": "c1"}]}),
    ("update", [], {"create": ["new"], "update": []}),
    (None, [], {"create": ["new"], "update": []}),
])
def test_customer_create(create_type: Any, same_phone: list[Any], plan: dict[str, Any]) -> None:
    assert PANCAKE["customer_create"](create_type, same_phone) == plan


@pytest.mark.parametrize(("count", "plan"), [
    (None, {"multi": False, "entries": ["one"]}), ("3", {"multi": False, "entries": ["one"]}),
    (True, {"multi": False, "entries": ["one"]}), (2, {"multi": True, "entries": [0, 1]}),
    (-4, {"multi": True, "entries": []}), (10**9, {"multi": True, "entries": list(range(100))}),
])
def test_vouchers(count: Any, plan: dict[str, Any]) -> None:
    assert PANCAKE["vouchers"](count) == plan


def test_restock_merges_changes_and_leaves_the_stock_alone_without_any() -> None:
    from partner_contracts.runtime.values import MISSING

    stock = [{"warehouse_id": "w1", "remain_quantity": 10, "actual_remain_quantity": 12}]
    assert PANCAKE["restock"](stock, None) is MISSING and PANCAKE["restock"](stock, []) is MISSING
    merged = PANCAKE["restock"](stock, [{"warehouse_id": "w1", "remain_quantity": 3, "note": "x"},
                                        {"warehouse_id": "w2"}, "not an entry"])
    assert merged == [{"warehouse_id": "w1", "remain_quantity": 3, "actual_remain_quantity": 12},
                      {"warehouse_id": "w2", "remain_quantity": 0, "actual_remain_quantity": 0, "pending_quantity": 0,
                       "returning_quantity": 0, "total_quantity": 0}]
    assert stock[0]["remain_quantity"] == 10  # a copy


@pytest.mark.parametrize(("entries", "stock", "known"), [
    ([{"warehouse_id": "w1"}], [], True),  # a warehouse of the shop
    ([{"warehouse_id": "w9"}], [{"warehouse_id": "w9"}], True),  # one the variation is stocked in
    ([{"warehouse_id": "w9"}], [], False),
    ([{"warehouse_id": "w1"}, {"warehouse_id": "w9"}], None, False),
    (None, None, True),
])
def test_warehouses_known(entries: Any, stock: Any, known: bool) -> None:
    assert PANCAKE["warehouses_known"](FakeRecords(), entries, stock) is known


def test_product_changes_sorts_the_named_variations() -> None:
    body = [{"id": "v1", "weight": 1}, {"id": "v1", "is_removed": True}, {"name": "new"},
            {"is_removed": True}, {"variations_warehouses": [{"warehouse_id": "w9"}]}]
    changes = PANCAKE["product_changes"](FakeRecords(), "p1", body, None)
    assert changes["update"] == [body[0]] and changes["delete"] == [body[1]]
    assert changes["create"] == [body[2], body[4]]
    assert changes["foreign"] is False and changes["known_warehouses"] is False  # w9 is no warehouse
    other = PANCAKE["product_changes"](FakeRecords(), "p2", [{"id": "v1"}], [{"warehouse_id": "w1"}])
    assert other["foreign"] is True and other["known_warehouses"] is True


UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def test_a_new_variation_takes_its_stock_or_the_products_and_totals_it() -> None:
    given = {"barcode": "B1", "custom_id": "C1", "images": None, "is_hidden": "true", "note": "not kept",
             "fields": [{"name": "Màu", "value": "Đen", "x": 1}, "not a field"],
             "variations_warehouses": [{"warehouse_id": "w1", "remain_quantity": 4, "shelf_position": None},
                                       {"remain_quantity": None}, "not an entry"]}
    made = PANCAKE["new_variation"](given, "p1", [{"warehouse_id": "w2", "remain_quantity": 9}])
    assert list(made) == ["barcode", "custom_id", "images", "id", "product_id", "is_hidden", "display_id", "is_locked",
                          "is_sell_negative_variation", "fields", "wholesale_price", "variations_warehouses",
                          "remain_quantity"]
    assert UUID.match(made["id"]) and made["product_id"] == "p1" and made["is_hidden"] is True
    assert made["display_id"] == "C1" and made["images"] == [] and made["wholesale_price"] == []
    assert [{k: v for k, v in f.items() if k != "id"} for f in made["fields"]] == [{"name": "Màu", "value": "Đen"}, {}]
    assert len({f["id"] for f in made["fields"]} | {made["id"]}) == 3  # each a new id
    zero = {"remain_quantity": 0, "actual_remain_quantity": 0, "pending_quantity": 0, "returning_quantity": 0,
            "total_quantity": 0}
    assert made["variations_warehouses"] == [
        {"warehouse_id": "w1", "remain_quantity": 4, "actual_remain_quantity": 4, "pending_quantity": 0,
         "returning_quantity": 0, "total_quantity": 4, "shelf_position": None}, zero, zero]
    assert made["remain_quantity"] == 4
    plain = PANCAKE["new_variation"]({}, "p1", [{"warehouse_id": "w2", "remain_quantity": 9}])
    assert plain["is_hidden"] is False and "display_id" not in plain and plain["fields"] == []
    assert plain["variations_warehouses"][0]["warehouse_id"] == "w2" and plain["remain_quantity"] == 9
    assert PANCAKE["new_variation"]({"is_hidden": True}, "p1", None)["variations_warehouses"] == []
    assert PANCAKE["new_variation"]({"is_hidden": "yes", "fields": "x"}, "p1", None)["is_hidden"] is False


def test_a_changed_variation_gets_the_fields_given_and_its_stock_totalled() -> None:
    stock = [{"warehouse_id": "w1", "remain_quantity": 10, "actual_remain_quantity": 12}]
    changed = PANCAKE["changed_variation"]({"id": "v1", "weight": 2, "fields": [{"name": "n", "value": 1}]},
                                           stock, [{"warehouse_id": "w1", "remain_quantity": 3}])
    assert changed["weight"] == 2 and "id" not in changed and UUID.match(changed["fields"][0]["id"])
    assert changed["variations_warehouses"][0]["remain_quantity"] == 3 and changed["remain_quantity"] == 3
    assert stock[0]["remain_quantity"] == 10  # the stock is not changed in place
    alone = PANCAKE["changed_variation"]({"id": "v1", "fields": []}, stock, None)
    assert alone == {"remain_quantity": 10}  # no fields, no stock named: the stock's total, as it was


@pytest.mark.parametrize(("search", "matches"), [
    ("áo", True), ("sp0", True), ("b1", True), ("c1", True), ("zz", False), (None, False)])
def test_a_variation_matches_a_search_in_its_own_or_its_products_texts(search: Any, matches: bool) -> None:
    variation = {"id": "v1", "product_id": "p1", "barcode": "B1", "custom_id": "C1", "display_id": None}
    assert PANCAKE["variation_matches"](FakeRecords(), variation, search) is matches


def test_listed_variations_carry_their_stored_product() -> None:
    shown = PANCAKE["with_products"](FakeRecords(), [{"id": "v1", "product_id": "p1", "product": {"id": "old"}},
                                                     {"id": "v2", "product_id": "p9", "product": {"id": "own"}},
                                                     {"id": "v3", "product": None}])
    assert [v.get("product", "-") for v in shown] == [FakeRecords.STORED[("products", "p1")], {"id": "own"}, None]


@pytest.mark.parametrize(("search", "matches"), [
    ("0909", True), ("NGUYỄN", True), ("giao", True), ("HCM", False), ("nguyen", False)])
def test_an_order_matches_a_search_in_its_bill_note_or_shipping_address(search: str, matches: bool) -> None:
    order = {"bill_phone_number": None, "bill_full_name": "Lan", "note": "giao nhanh",
             "shipping_address": {"phone_number": "0909123456", "full_name": "Nguyễn Văn A", "address": "HCM"}}
    assert PANCAKE["order_matches"](order, search) is matches


@pytest.mark.parametrize(("search", "ids", "matches"), [
    ("lan", None, True), ("0909", "", True), ("lan@", None, True), ("zz", None, False),
    (None, "c1,c2", True), (None, "c2,c3", False), ("lan", "c2", False)])
def test_a_customer_matches_its_search_and_ids(search: Any, ids: Any, matches: bool) -> None:
    customer = {"id": "c1", "name": "Lan", "phone_numbers": ["0909"], "emails": ["lan@example.com"]}
    assert PANCAKE["customer_matches"](customer, search, ids) is matches


def test_notes_and_addresses_keep_their_ids_and_get_one_when_they_have_none() -> None:
    from partner_contracts.runtime.values import MISSING

    given = [{"id": "n1", "text": "a"}, {"text": "b"}, {"id": None}, {"id": 0}, "x"]
    shown = PANCAKE["with_ids"](given)
    assert shown[0] == {"id": "n1", "text": "a"} and shown[3] == {"id": 0}
    assert UUID.match(shown[1]["id"]) and shown[1]["text"] == "b" and UUID.match(shown[2]["id"])
    assert UUID.match(shown[4]["id"]) and list(shown[4]) == ["id"]
    assert PANCAKE["with_ids"]([]) is MISSING and PANCAKE["with_ids"](None) is MISSING


def test_the_customer_webhook_payload() -> None:
    customer = {"id": "c1", "name": "Lan", "phone_numbers": ["0909"], "emails": [], "date_of_birth": None,
                "gender": "female", "tags": None, "reward_point": 0}
    assert PANCAKE["customer_webhook"](customer, 20) == {
        "id": "c1", "name": "Lan", "phone_numbers": ["0909"], "emails": [], "gender": "female",
        "customer_tags": None, "reward_point": 0, "shop_id": 20, "type": "customers"}
    assert PANCAKE["customer_webhook"]({"shop_id": 7, "date_of_birth": "2000-01-01"}, 20) == {
        "birthday": "2000-01-01", "shop_id": 7, "type": "customers"}
    assert "shop_id" not in PANCAKE["customer_webhook"]({}, None)


def test_document_lines_each_get_an_id_unless_they_give_one() -> None:
    from partner_contracts.runtime.values import MISSING

    lines = PANCAKE["lines"]([{"variation_id": "v1", "quantity": 2, "note": "x"}, {"id": "keep", "quantity": 1}, 3],
                             ["id", "quantity", "variation_id"])
    assert UUID.match(lines[0]["id"]) and {k: v for k, v in lines[0].items() if k != "id"} == \
        {"quantity": 2, "variation_id": "v1"}
    assert lines[1] == {"id": "keep", "quantity": 1} and list(lines[2]) == ["id"]
    assert PANCAKE["lines"](None, ["quantity"]) is MISSING and PANCAKE["lines"]([], ["quantity"]) == []


def test_every_status_is_no_filter_and_purchases_may_leave_their_lines_out() -> None:
    assert PANCAKE["status_filter"](-1, -1) is None and PANCAKE["status_filter"](None, -1) is None
    assert PANCAKE["status_filter"](0, -1) == 0 and PANCAKE["status_filter"](-1, -2) == -1
    purchases = [{"id": 1, "items": [{"id": "i"}]}]
    assert PANCAKE["purchase_page"](purchases, False) == [{"id": 1, "items": []}]
    assert PANCAKE["purchase_page"](purchases, True) == purchases == PANCAKE["purchase_page"](purchases, None)
    assert purchases[0]["items"] == [{"id": "i"}]  # the stored purchase keeps its lines


def test_rulekit_helpers_compute_as_the_engines_words_do() -> None:
    from partner_contracts.mock.behaviour.engine import compile_template
    from partner_contracts.mock.behaviour.rulekit import contains, pick, starts_with, total

    values = [1, 2.5, "3", None, True, 10**400, 0.5]
    assert total(values) == compile_template({"$sum": "$v", "of": "$it"})({"v": values})
    assert total([1.5, 1.5]) == 3 and isinstance(total([1.5, 1.5]), int) and total([]) == 0
    for value, text in (("Nguyễn", "NGUY"), (["a", None, "xb"], "b"), (None, "a"), ("a", None), (7, "7")):
        assert contains(value, text) == compile_template({"$contains": ["$v", "$t"]})({"v": value, "t": text})
        assert starts_with(value, text) == compile_template({"$prefix": ["$v", "$t"]})({"v": value, "t": text})
    nested = {"a": [1], "b": 2}
    picked = pick(nested, ["a", "c"])
    assert picked == {"a": [1]} and picked["a"] is not nested["a"]  # a deep copy, as $pick of a record


PALM = load_rules(SPECS_DIR / "palm-locker")


class FakeState:
    """The state a rule sees: one locker, and what the rule said it changed."""

    def __init__(self, locker: dict[str, Any]) -> None:
        self.locker = locker
        self.changes: list[str] = []

    def record(self, collection: str, key: Any) -> dict[str, Any] | None:
        return self.locker if (collection, key) == ("lockers", "L") else None

    def changed(self, collection: str, record: dict[str, Any]) -> None:
        self.changes.append(collection)

    def refuse(self, status: int, message: str) -> Any:
        raise LookupError(status, message)


def locker() -> dict[str, Any]:
    return {"compact": {"stacks": [{"boxSize": "s", "availableBox": 0}, {"boxSize": "m", "availableBox": 2}]},
            "full": {"stacks": [{"size": "l", "position": 7, "isUsed": False}, {"size": "l", "position": 8, "isUsed": True}]}}


@pytest.mark.parametrize(("size", "position", "taken", "where"), [
    ("m", None, {"list": "compact.stacks", "index": 1, "counter": "availableBox"}, ("compact", 1, "availableBox", 1)),
    ("l", None, {"list": "full.stacks", "index": 0, "flag": "isUsed"}, ("full", 0, "isUsed", True)),
    ("l", 7, {"list": "full.stacks", "index": 0, "flag": "isUsed"}, ("full", 0, "isUsed", True)),
    (None, None, {"list": "compact.stacks", "index": 1, "counter": "availableBox"}, ("compact", 1, "availableBox", 1)),
])
def test_take_box(size: Any, position: Any, taken: dict[str, Any], where: tuple[str, int, str, Any]) -> None:
    state = FakeState(locker())
    box = PALM["take_box"](state, "L", size, position)
    assert box == {"collection": "lockers", "key": "L", **taken}
    view, index, field, value = where
    assert state.locker[view]["stacks"][index][field] == value and state.changes == ["lockers"]
    PALM["give_back_box"](state, box)  # and back
    assert state.locker == locker() and state.changes == ["lockers", "lockers"]


@pytest.mark.parametrize(("size", "position"), [("s", None), ("l", 8), ("xl", None)])
def test_no_free_box_is_a_409(size: Any, position: Any) -> None:
    state = FakeState(locker())
    with pytest.raises(LookupError) as refused:
        PALM["take_box"](state, "L", size, position)
    assert refused.value.args[0] == 409 and state.locker == locker() and state.changes == []


def test_giving_back_nothing_changes_nothing() -> None:
    state = FakeState(locker())
    assert PALM["give_back_box"](state, None) is None and state.changes == []


def test_a_rule_that_forgets_to_say_it_changed_a_record_leaves_no_stale_json() -> None:
    """Records a rule read count as changed when it returns: the next answer shows its edit in place."""
    import orjson

    from partner_contracts.mock.behaviour.engine import Behaviour
    from partner_contracts.runtime.values import json_default

    def bump(state: Any, key: Any) -> Any:
        record = state.record("things", key)
        record["nested"]["n"] += 1  # in place, and no state.changed(...)
        return None

    behaviour = Behaviour({
        "collections": {"things": {"key": "id", "seed": [{"values": [{"id": "a", "nested": {"n": 1}}]}]},
                        "bumps": {"key": "id"}},
        "operations": {"get": {"get": "things", "key": "$path.id", "respond": "$item"},
                       # the rule changes a thing while the action itself creates a bump
                       "bump": {"reserve": {"rule": "bump", "args": ["$path.id"]}, "create": "bumps",
                                "item": {"id": "$uuid"}, "respond": "$item"}},
    }, {}, rules={"bump": bump})

    def shown() -> Any:
        _, body, _ = behaviour.run("get", {"path": {"id": "a"}})
        return orjson.loads(orjson.dumps(body, default=json_default, option=orjson.OPT_PASSTHROUGH_SUBCLASS))

    assert shown() == {"id": "a", "nested": {"n": 1}}  # its JSON text is kept from here on
    behaviour.run("bump", {"path": {"id": "a"}})
    assert shown() == {"id": "a", "nested": {"n": 2}}


def test_rules_files_import_from_the_package_only_rulekit() -> None:
    """specs/<key>/rules.py use the public rulekit, not engine internals (nor copies of its helpers)."""
    import ast

    for path in sorted(SPECS_DIR.glob("*/rules.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                [a.name for a in node.names] if isinstance(node, ast.Import) else []
            for name in names:
                assert not name.startswith("partner_contracts") or name == "partner_contracts.mock.behaviour.rulekit", \
                    f"{path}: imports {name}; rules.py files import only partner_contracts.mock.behaviour.rulekit"


def test_new_id_and_new_token_are_unique_and_made_without_a_system_call(monkeypatch: pytest.MonkeyPatch) -> None:
    """$uuid and $token: unique RFC 4122 version 4 UUIDs and URL-safe tokens of the asked size, made without
    os.urandom (a system call that releases the GIL, and with the webhook dispatcher's thread waiting for it,
    cost a created record its turn)."""
    import os
    import random
    import uuid

    from partner_contracts.mock.behaviour import rulekit

    def refused(n: int) -> bytes:
        raise AssertionError("os.urandom called")

    monkeypatch.setattr(os, "urandom", refused)
    monkeypatch.setattr(random, "_urandom", refused)  # what random.SystemRandom (and so secrets) draws from
    made = [rulekit.new_id() for _ in range(10_000)]
    assert len(set(made)) == 10_000
    parsed = [uuid.UUID(text) for text in made[:100]]
    assert all(u.version == 4 and u.variant == uuid.RFC_4122 and str(u) == t for u, t in zip(parsed, made))
    tokens = [rulekit.new_token(24) for _ in range(10_000)]
    assert len(set(tokens)) == 10_000
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{32}", t) for t in tokens)  # 24 bytes, base64 without padding
    assert re.fullmatch(r"[A-Za-z0-9_-]{11}", rulekit.new_token(8))


def test_a_forked_child_makes_other_ids_than_its_parent() -> None:
    """The generator is seeded again in a forked child (as the random module's own is): a worker forked from
    a process that imported the engine does not repeat its parent's ids."""
    import os

    from partner_contracts.mock.behaviour import rulekit

    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child
        os.write(write, (rulekit.new_id() + rulekit.new_token(24)).encode())
        os._exit(0)
    os.close(write)
    try:
        os.waitpid(child, 0)
        theirs = os.read(read, 200).decode()
    finally:
        os.close(read)
    assert len(theirs) == 36 + 32 and theirs != rulekit.new_id() + rulekit.new_token(24)
