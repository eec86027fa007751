"""The behaviour engine itself: templates compiled once into closures, and records whose private ``__``
fields are readable by templates but never written to the wire."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import orjson
import pytest

from partner_contracts.mock.behaviour.engine import Behaviour, compiled, render
from partner_contracts.runtime.http import json_bytes
from partner_contracts.runtime.values import MISSING, Record, copy_json


def ctx(**values: object) -> dict[str, object]:
    return {"__seq__": {}, "__collections__": {}, **values}


def test_a_variable_wins_over_a_generator_of_the_same_name() -> None:
    assert render("$code", ctx(code="bound")) == "bound"
    assert re.fullmatch(r"[A-Z0-9]{8}", render("$code", ctx()))
    assert re.fullmatch(r"\d{4}", render("$digits:4", ctx(digits="ignored: the argument asks for the generator")))


def test_an_unbound_variable_is_a_key_error_at_every_render() -> None:
    # _constant() relies on it to tell a `where` condition that depends on $it from one that does not.
    for _ in range(2):
        with pytest.raises(KeyError):
            render({"$eq": ["$it.id", 1]}, ctx())


def test_nested_each_rebinds_it_and_restores_the_outer_value() -> None:
    template = {"$each": "$rows", "do": {"row": "$it.n", "cells": {"$each": "$it.cells", "do": "$it"}}}
    context = ctx(rows=[{"n": 1, "cells": ["a", "b"]}, {"n": 2, "cells": []}], it="outer")
    assert render(template, context) == [{"row": 1, "cells": ["a", "b"]}, {"row": 2, "cells": []}]
    assert context["it"] == "outer"
    context.pop("it")
    render(template, context)
    assert "it" not in context


def test_missing_values_drop_their_key_and_built_containers_are_fresh() -> None:
    template = {"a": "$body.a", "b": "$body.nope", "list": ["$body.a", "$body.nope"], "fixed": {"x": 1}}
    first = render(template, ctx(body={"a": 5}))
    assert first == {"a": 5, "list": [5], "fixed": {"x": 1}}
    first["fixed"]["x"] = 2  # a record built from the template is changed later: the template is not
    assert render(template, ctx(body={"a": 5}))["fixed"] == {"x": 1}


def test_a_template_compiles_once() -> None:
    template = {"$sum": "$items", "of": "$it.quantity"}
    assert compiled(template) is compiled(template)
    assert render(template, ctx(items=[{"quantity": 2}, {"quantity": 3.5}, {}])) == 5.5


def test_switch_cases_keep_their_own_keys() -> None:
    template = {"$switch": "$query.f", "cases": {"full": "F", "default": "D"}}
    assert render(template, ctx(query={"f": "full"})) == "F"
    assert render(template, ctx(query={})) == "D"


def test_private_fields_are_readable_but_never_serialised() -> None:
    record = Record({"id": "o1", "__box": {"index": 3}})
    assert dict(record) == {"id": "o1"} and record.private == {"__box": {"index": 3}}
    assert render("$item.__box.index", ctx(item=record)) == 3
    assert render({"$pick": "$item", "keys": ["id", "__box"]}, ctx(item=record)) == {"id": "o1", "__box": {"index": 3}}
    assert render({"$get": ["$item", "__box"]}, ctx(item=record)) == {"index": 3}
    record.update({"__box": None, "status": "failed"})
    assert record.private == {"__box": None} and record["status"] == "failed"
    assert orjson.loads(json_bytes({"data": record, "list": [record]})) == {
        "data": {"id": "o1", "status": "failed"}, "list": [{"id": "o1", "status": "failed"}]}


def test_copies_of_records_are_deep_and_keep_private_fields() -> None:
    record = Record({"id": 1, "stacks": [{"free": 2}], "__note": {"text": "x"}})
    copied = copy_json({"r": record, "big": 10**30})
    assert type(copied["r"]) is Record and copied["r"].private == {"__note": {"text": "x"}}
    copied["r"]["stacks"][0]["free"] = 0
    copied["r"].private["__note"]["text"] = "y"
    assert record["stacks"][0]["free"] == 2 and record.private["__note"]["text"] == "x"
    assert copied["big"] == 10**30
    plain = {"a": [{"b": 1}], "c": None}
    assert copy_json(plain) == plain and copy_json(plain)["a"] is not plain["a"]


def test_a_filter_on_a_private_field_finds_the_record() -> None:
    behaviour = Behaviour({
        "collections": {"rows": {"key": "id"}},
        "operations": {
            "add": {"create": "rows", "item": {"id": "$body.id", "__table": "$body.table"}, "respond": "$item"},
            "list": {"list": "rows", "filter": {"__table": "$query.table"}, "respond": {"$count": "$items"}},
        },
    }, {})
    behaviour.run("add", {"body": {"id": "1", "table": "a"}})
    behaviour.run("add", {"body": {"id": "2", "table": "b"}})
    assert behaviour.run("list", {"query": {"table": "a"}})[1] == 1
    _, body, _ = behaviour.run("add", {"body": {"id": "3", "table": "a"}})
    assert orjson.loads(json_bytes(body)) == {"id": "3"}
    behaviour.reset()
    assert behaviour.run("list", {"query": {}})[1] == 0


def test_an_absent_query_value_is_missing() -> None:
    assert render("$query.nope", ctx(query={})) is MISSING


def test_a_record_keeps_its_json_text_until_it_changes() -> None:
    record = Record({"id": "o1", "lines": [{"qty": 1}], "__box": 3})
    first = json_bytes([record])
    assert first == orjson.dumps([{"id": "o1", "lines": [{"qty": 1}]}])
    assert record.json is not None  # kept: a page of records copies texts
    assert json_bytes({"again": record}) == b'{"again":' + first[1:-1] + b"}"
    changes: list[Callable[[Record], Any]] = [
        lambda r: r.update(status="new"),
        lambda r: r.__setitem__("status", "paid"),
        lambda r: r.pop("status"),
        lambda r: r.setdefault("status", "x"),
        lambda r: r.__delitem__("status"),
    ]
    for change in changes:
        json_bytes(record)
        change(record)
        assert orjson.loads(json_bytes(record)) == {k: v for k, v in record.items()}
    record["lines"][0]["qty"] = 5  # a change inside a nested value is announced by its maker ...
    record.changed()
    assert orjson.loads(json_bytes(record))["lines"] == [{"qty": 5}]


def test_a_record_holding_another_record_follows_the_inner_changes() -> None:
    inner = Record({"name": "A"})
    outer = Record({"id": 1, "inner": inner})
    assert orjson.loads(json_bytes(outer)) == {"id": 1, "inner": {"name": "A"}}
    inner.update(name="B")
    assert orjson.loads(json_bytes(outer)) == {"id": 1, "inner": {"name": "B"}}


def test_a_reserved_counter_shows_in_the_record_at_once() -> None:
    def take(state: Any) -> Any:
        box = state.record("lockers", "L")["boxes"][0]
        box["free"] -= 1
        return 0

    def give(state: Any, index: Any) -> None:
        if index is not None:
            state.record("lockers", "L")["boxes"][index]["free"] += 1

    behaviour = Behaviour({
        "collections": {"lockers": {"key": "id", "seed": [{"values": [{"id": "L", "boxes": [{"free": 1}]}]}]},
                        "orders": {"key": "id", "limit": 1, "release": {"rule": "give", "args": ["$item.__box"]}}},
        "operations": {
            "take": {"reserve": {"rule": "take"},
                     "create": "orders", "item": {"id": "$body.id", "__box": "$reserved"}, "respond": "$item"},
            "give": {"update": "orders", "key": "$body.id", "release": {"rule": "give", "args": ["$item.__box"]},
                     "set": {"__box": None}, "respond": "$item"},
            "locker": {"get": "lockers", "key": "L", "respond": "$item"},
        },
    }, {}, rules={"take": take, "give": give})
    def free() -> int:
        return int(orjson.loads(json_bytes(behaviour.run("locker", {})[1]))["boxes"][0]["free"])
    assert free() == 1
    behaviour.run("take", {"body": {"id": "o1"}})
    assert free() == 0
    behaviour.run("give", {"body": {"id": "o1"}})
    assert free() == 1
    behaviour.run("take", {"body": {"id": "o2"}})
    behaviour.run("take", {"body": {"id": "o3"}})  # the limit evicts o2: its release rule gives its box back
    assert free() == 0


def test_each_pick_of_it_is_the_general_pick() -> None:
    rows: list[Any] = [{"a": 1, "b": {"deep": [1]}, "c": 3}, "not a mapping", Record({"a": 2, "__p": 1})]
    fast = render({"$each": "$rows", "do": {"$pick": "$it", "keys": ["a", "b"]}}, ctx(rows=rows))
    general = render({"$each": "$rows", "do": {"$pick": "$it", "keys": ["a", "b"], "$comment": 1}},
                     ctx(rows=rows))  # a second key: the general path
    assert fast == general == [{"a": 1, "b": {"deep": [1]}}, {"a": 2}]
    assert fast[0]["b"] is not rows[0]["b"]  # a nested value is still copied from a stored record


def test_a_pick_of_the_body_is_its_own_values_and_a_pick_of_a_record_a_copy() -> None:
    body = {"items": [{"qty": 1}], "note": "x"}
    assert render({"$pick": "$body", "keys": ["items"]}, ctx(body=body))["items"] is body["items"]
    record = Record(body)
    assert render({"$pick": "$item", "keys": ["items"]}, ctx(item=record))["items"] is not record["items"]


def test_kept_json_texts_cost_their_length_not_orjsons_buffer() -> None:
    import tracemalloc

    records = [Record({"id": i, "note": "n" * 300}) for i in range(200)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for record in records:
            record.fragment()
        per_record = (tracemalloc.get_traced_memory()[0] - before) / len(records)
    finally:
        tracemalloc.stop()
    assert per_record < 1000, per_record  # ~320 bytes of text (orjson's own buffer would be several KiB)


def test_subclasses_of_json_types_are_written_as_orjson_writes_them() -> None:
    import enum
    from collections import OrderedDict

    class Kind(str, enum.Enum):
        LOCKER = "locker"

    class Size(enum.IntEnum):
        S = 1

    value = {"kind": Kind.LOCKER, "size": Size.S, "ordered": OrderedDict(a=1), "record": Record({"k": Kind.LOCKER})}
    assert json_bytes(value) == b'{"kind":"locker","size":1,"ordered":{"a":1},"record":{"k":"locker"}}'


def test_a_page_of_records_is_written_from_each_record_s_kept_view_until_the_record_changes() -> None:
    def each(do: Any) -> dict[str, Any]:
        return {"list": "orders", "respond": {"page": {"$each": "$items", "do": do}}}

    conf = {"collections": {"orders": {"key": "id"}},
            "operations": {"add": {"create": "orders", "item": {"id": "$body.id", "status": "new", "n": 1,
                                                                    "lines": [{"qty": 1}], "__box": 7}},
                           "cancel": {"update": "orders", "key": "$body.id", "set": {"status": "failed"}},
                           "picks": each({"$pick": "$it", "keys": ["status", "id", "n"]}),
                           "lines": each({"$first": ["$it.nope", {"id": "$it.id", "lines": "$it.lines"}]}),
                           "asked": {"list": "orders", "respond": {"$switch": "$query.as", "cases": {
                               "ids": {"$each": "$items", "do": "$it.id"},
                               "default": {"$each": "$items", "do": {"id": "$it.id", "as": "$query.as"}}}}}}}
    behaviour = Behaviour(conf, {})
    behaviour.run("add", {"body": {"id": "o1"}})
    behaviour.run("add", {"body": {"id": "o2"}})

    def page(operation: str, **query: str) -> Any:
        return orjson.loads(json_bytes(behaviour.run(operation, {"query": query})[1]))

    picks = page("picks")["page"]
    assert picks == [{"status": "new", "id": "o1", "n": 1}, {"status": "new", "id": "o2", "n": 1}]
    assert list(picks[0]) == ["status", "id", "n"]  # the keys' order, as the template names them
    assert page("picks")["page"] == picks  # the kept texts, written again
    assert page("lines")["page"] == [{"id": "o1", "lines": [{"qty": 1}]}, {"id": "o2", "lines": [{"qty": 1}]}]
    assert page("asked", **{"as": "ids"}) == ["o1", "o2"]  # a $switch case: each of its pages
    # an entry that reads more than the record ($query) is made each time, never kept
    assert page("asked", **{"as": "x"}) == [{"id": "o1", "as": "x"}, {"id": "o2", "as": "x"}]
    assert page("asked", **{"as": "y"}) == [{"id": "o1", "as": "y"}, {"id": "o2", "as": "y"}]
    page("picks")
    behaviour.run("cancel", {"body": {"id": "o2"}})
    assert page("picks")["page"][1] == {"status": "failed", "id": "o2", "n": 1}  # a change forgets the kept text
    record = behaviour.collections["orders"].records["o1"]
    record["n"] = 2  # any change to the mapping forgets it
    assert page("picks")["page"][0]["n"] == 2
    assert page("lines")["page"][0] == {"id": "o1", "lines": [{"qty": 1}]}
    record["lines"][0]["qty"] = 5  # a change inside a nested value is told (as a rule's is): forgotten too
    behaviour.store.changed("orders", record)
    assert page("lines")["page"][0] == {"id": "o1", "lines": [{"qty": 5}]}
    assert "__box" not in json_bytes(behaviour.run("picks", {"query": {}})[1]).decode()
