"""One table of cases per template operator (the registry in behaviour.py), and the registry against the
vocabulary the checker reads."""

from __future__ import annotations

from typing import Any

import pytest

from partner_contracts.mock.behaviour import vocabulary
from partner_contracts.mock.behaviour.engine import OPERATORS, compile_template
from partner_contracts.runtime.values import MISSING, Record

ORDERS = Record({"id": "o1", "status": "init"})
CTX: dict[str, Any] = {
    "body": {"items": [{"id": 1, "n": 2}, {"id": 2, "n": 3}], "name": "Ola", "empty": [], "text": "abc"},
    "query": {"page": 2},
    "__collections__": {},
    "__seq__": {},
}

# operator -> [(template, expected)], rendered in CTX
CASES: dict[str, list[tuple[Any, Any]]] = {
    "$merge": [({"$merge": [{"a": 1}, {"a": 2, "b": 3}]}, {"a": 2, "b": 3}), ({"$merge": ["x", {"a": 1}]}, {"a": 1})],
    "$first": [({"$first": ["$body.none", None, "$body.name"]}, "Ola"), ({"$first": ["$body.none"]}, MISSING)],
    "$each": [({"$each": "$body.items", "do": "$it.id"}, [1, 2]),
              ({"$each": "$body.items", "do": {"$pick": "$it", "keys": ["n"]}}, [{"n": 2}, {"n": 3}]),
              ({"$each": "$body.name", "do": 1}, MISSING)],
    "$pick": [({"$pick": "$body", "keys": ["name", "none"]}, {"name": "Ola"}), ({"$pick": "$body.name", "keys": ["a"]}, MISSING)],
    "$count": [({"$count": "$body.items"}, 2), ({"$count": "$body.name"}, 0)],
    "$sum": [({"$sum": "$body.items", "of": "$it.n"}, 5), ({"$sum": "$body.empty", "of": "$it.n"}, 0),
             ({"$sum": [{"v": 0.1}, {"v": 0.2}], "of": "$it.v"}, 0.30000000000000004)],
    "$if": [({"$if": "$body.name", "then": 1, "else": 2}, 1), ({"$if": "$body.empty", "then": 1, "else": 2}, 2),
            ({"$if": False, "then": 1}, MISSING)],
    "$switch": [({"$switch": "$query.page", "cases": {"2": "two", "default": "other"}}, "two"),
                ({"$switch": "$body.none", "cases": {"default": "other"}}, "other"),
                ({"$switch": "x", "cases": {"y": 1}}, MISSING)],
    "$not": [({"$not": "$body.empty"}, True), ({"$not": "$body.name"}, False), ({"$not": "$body.none"}, True)],
    "$rule": [({"$rule": "pair", "args": ["$body.name", "$body.none"]}, ["Ola", None]), ({"$rule": "pair"}, [])],
    "$or": [({"$or": [False, "$body.name"]}, True), ({"$or": ["$body.none", 0]}, False)],
    "$records": [({"$records": "orders"}, [ORDERS]), ({"$records": "orders", "where": {"$eq": ["$it.id", "x"]}}, []),
                 ({"$records": "nothing"}, [])],
    "$let": [({"$let": {"a": 2, "b": {"$mul": ["$a", 3]}}, "in": {"$add": ["$a", "$b"]}}, 8)],
    "$cond": [({"$cond": [{"if": False, "then": 1}, {"if": True, "then": 2}, {"else": 3}]}, 2),
              ({"$cond": [{"if": False, "then": 1}, {"else": 3}]}, 3), ({"$cond": [{"if": False, "then": 1}]}, MISSING)],
    "$eq": [({"$eq": ["$body.name", "Ola"]}, True), ({"$eq": [1, "1"]}, False)],
    "$ne": [({"$ne": ["$body.name", "Ola"]}, False), ({"$ne": [1, 2]}, True)],
    "$in": [({"$in": ["b", ["a", "b"]]}, True), ({"$in": ["b", "abc"]}, False)],
    "$add": [({"$add": [1, 2, 3.5]}, 6.5), ({"$add": [1, "2"]}, MISSING), ({"$add": [10**400, 1.0]}, 1.7976931348623157e308)],
    "$mul": [({"$mul": [2, 3]}, 6), ({"$mul": [2, None]}, MISSING)],
    "$gt": [({"$gt": [2, 1]}, True), ({"$gt": [1, 1]}, False), ({"$gt": ["b", "a"]}, False)],
    "$gte": [({"$gte": [1, 1]}, True), ({"$gte": [0, 1]}, False)],
    "$lt": [({"$lt": [1, 2]}, True), ({"$lt": [2, 2]}, False)],
    "$get": [({"$get": [{"a": 1}, "a"]}, 1), ({"$get": [{"a": 1}, "b"]}, MISSING), ({"$get": ["x", "a"]}, MISSING)],
    "$record": [({"$record": ["orders", "o1"]}, ORDERS), ({"$record": ["orders", "x"]}, MISSING)],
    "$prefix": [({"$prefix": ["$body.text", "ab"]}, True), ({"$prefix": [["x", "abc"], "ab"]}, True),
                ({"$prefix": ["$body.text", "B"]}, False)],
    "$contains": [({"$contains": ["$body.text", "B"]}, True), ({"$contains": ["$body.text", None]}, False)],
    "$between": [({"$between": ["2024-01-02T00:00:00Z", "2024-01-01T00:00:00Z", None]}, True),
                 ({"$between": [5, 1, 4]}, False), ({"$between": ["not a date", None, None]}, False)],
}


def test_every_operator_has_cases_and_the_registry_is_the_vocabulary() -> None:
    assert set(CASES) == set(OPERATORS) == set(vocabulary.OPERATORS)


@pytest.mark.parametrize(("template", "expected"),
                         [case for cases in CASES.values() for case in cases],
                         ids=[f"{op}-{i}" for op, cases in CASES.items() for i in range(len(cases))])
def test_operator(template: Any, expected: Any) -> None:
    from partner_contracts.mock.behaviour.records import Collection

    orders = Collection("orders", "id", 10, [])
    orders.records["o1"] = ORDERS
    ctx = {**CTX, "__collections__": {"orders": orders}, "__rules__": {"pair": lambda *args: list(args)}}
    assert compile_template(template)(ctx) == expected


def test_the_mock_readme_is_generated_from_the_vocabulary() -> None:
    from pathlib import Path

    readme = Path(vocabulary.__file__).with_name("README.md")
    assert readme.read_text(encoding="utf-8") == vocabulary.markdown(), \
        "run: python -m partner_contracts.mock.behaviour.vocabulary > partner_contracts/mock/behaviour/README.md"
