"""The checked behaviour language: each mistake in a behaviour file is reported as file:line #pointer by
`partner-contracts validate`, and the mock refuses to start with the same message."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from partner_contracts.lint import rules as lint
from partner_contracts.mock import app as mock_app_module
from partner_contracts.mock import server
from partner_contracts.mock.app import Pipeline
from partner_contracts.mock.behaviour import check as behaviour_lint
from partner_contracts.mock.behaviour.check import BehaviourError, check
from partner_contracts.mock.behaviour.engine import compile_template
from partner_contracts.mock.behaviour.vocabulary import OPERATORS
from partner_contracts.spec.api import Api, discover

APIS = {api.key: api for api in discover()}
PALM = APIS["palm-locker"]


@pytest.fixture(scope="module")
def palm_document() -> dict[str, Any]:
    return PALM.bundled.document


@pytest.mark.parametrize("key", sorted(APIS))
def test_every_behaviour_file_is_clean(key: str) -> None:
    api = APIS[key]
    assert check(api, api.bundled.document) == []


def palm_copy(tmp_path: Path, file: str, old: str, new: str) -> tuple[Api, int]:
    """A copy of specs/palm-locker with ``old`` replaced by ``new`` in ``file``; and the line it is on."""
    folder = tmp_path / "palm-locker"
    shutil.copytree(PALM.dir, folder)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    line = text[: text.index(old)].count("\n") + 1 + old[: len(old) - len(old.lstrip("\n"))].count("\n")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return Api("palm-locker", folder, PALM.meta), line


# (name, file, old text, new text, where (pointer), words the message must hold)
BROKEN = [
    ("misspelled action key", "behaviour.yaml", "    respond: {data: $item}\n    webhook: orderUpdated",
     "    respnd: {data: $item}\n    webhook: orderUpdated",
     "/operations/createOrder/respnd", ["unknown key 'respnd'"]),
    ("misspelled operationId", "behaviour.yaml", "  getOrder:\n", "  getOrdr:\n",
     "/operations/getOrdr", ["unknown operationId 'getOrdr'", "getOrder"]),
    ("misspelled operator", "behaviour.yaml", "$first: [$body.orderType, locker]",
     "$frist: [$body.orderType, locker]", "/operations/createOrder/item/$merge/1/orderType/$frist",
     ["unknown operator $frist"]),
    ("misspelled variable", "behaviour.yaml", "args: [$item.__box]", "args: [$itme.__box]",
     "/operations/cancelOrder/release/args/0", ["unbound variable $itme", "$item"]),
    ("misspelled rule", "behaviour.yaml", "rule: take_box", "rule: take_bx",
     "/operations/createOrder/reserve/rule", ["unknown rule 'take_bx'", "give_back_box, take_box"]),
    ("misspelled body field", "behaviour.yaml", "key: $body.orderId\n    what: order\n    release",
     "key: $body.orderIdd\n    what: order\n    release", "/operations/cancelOrder/key",
     ["'orderIdd' is no field of the request body", "orderId"]),
    ("misspelled generator", "behaviour.yaml", "orderCode: $code:8", "orderCode: $cod:8",
     "/operations/createOrder/item/$merge/1/orderCode", ["unknown generator $cod"]),
    ("misspelled collection", "behaviour.yaml", "    list: orders\n", "    list: order\n",
     "/operations/listOrders/list", ["unknown collection 'order'"]),
    ("key beside an operator", "behaviour.yaml", "{$pick: $it, keys: [id, orderStatus,",
     "{$pick: $it, kyes: [a], keys: [id, orderStatus,", "/operations/listOrders/respond/orders/do/kyes",
     ["$pick takes no key 'kyes'"]),
    ("$it outside a loop", "behaviour.yaml", "set: {orderStatus: failed,", "set: {orderStatus: $it.x,",
     "/operations/cancelOrder/set/orderStatus", ["unbound variable $it"]),
    ("misspelled seed pointer", "behaviour.yaml", "ListLockersFull/value/data/items", "ListLockersFul/value/data/items",
     "/collections/lockers/seed/1/from", ["does not resolve in the bundled spec", "ListLockersFul"]),
    ("misspelled api.yaml key", "api.yaml", "  webhook_secret:", "  webhook_secrett:",
     "/mock/webhook_secrett", ["unknown key 'webhook_secrett'"]),
    ("unknown error variable", "api.yaml", "message: $message, error: $reason",
     "message: $mesage, error: $reason", "/mock/errors/body/message", ["unbound variable $mesage"]),
]


@pytest.mark.parametrize("name, file, old, new, pointer, words", BROKEN, ids=[b[0] for b in BROKEN])
def test_a_mistake_is_reported_at_its_line(tmp_path: Path, palm_document: dict[str, Any], name: str, file: str,
                                          old: str, new: str, pointer: str, words: list[str]) -> None:
    api, line = palm_copy(tmp_path, file, old, new)
    problems = check(api, palm_document)
    assert len(problems) == 1, problems
    (problem,) = problems
    assert problem.file.endswith(f"palm-locker/{file}")
    assert problem.line == line
    assert problem.pointer == pointer
    for word in words:
        assert word in problem.message
    assert str(problem).endswith(f"/{file}:{line} #{pointer} [behaviour] {problem.message}")


def test_an_unknown_rule_is_reported(tmp_path: Path) -> None:
    ahamove = APIS["ahamove"]
    folder = tmp_path / "ahamove"
    shutil.copytree(ahamove.dir, folder)
    path = folder / "behaviour.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("{$rule: tariff,", "{$rule: tarif,"), encoding="utf-8")
    line = text[: text.index("{$rule: tariff,")].count("\n") + 1
    (problem,) = check(Api("ahamove", folder, ahamove.meta), ahamove.bundled.document)
    assert problem.line == line and problem.pointer.endswith("/data/$rule")
    assert "unknown rule 'tarif'" in problem.message and "distance, tariff" in problem.message


def test_validate_reports_it_like_any_lint_finding(tmp_path: Path) -> None:
    api, line = palm_copy(tmp_path, "behaviour.yaml", "  getOrder:\n", "  getOrdr:\n")
    found = [f for f in lint.validate(api).findings if f.rule == "behaviour"]
    assert [(f.line, f.pointer) for f in found] == [(line, "/operations/getOrdr")]
    assert f"behaviour.yaml:{line} #/operations/getOrdr [behaviour] unknown operationId 'getOrdr'" in str(found[0])


def test_the_mock_refuses_to_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    api, line = palm_copy(tmp_path, "behaviour.yaml", "$first: [$body.orderType, locker]",
                          "$frist: [$body.orderType, locker]")
    with pytest.raises(BehaviourError) as raised:
        Pipeline([api])
    assert f"behaviour.yaml:{line} #/operations/createOrder/item/$merge/1/orderType/$frist" in str(raised.value)
    monkeypatch.setattr(mock_app_module, "select", lambda keys: [api])
    assert server.serve(None, port=1) == 2  # returns before listening
    err = capsys.readouterr().err
    assert "not started: 1 problem(s)" in err
    assert f"behaviour.yaml:{line} #/operations/createOrder/item/$merge/1/orderType/$frist [behaviour]" in err


def test_schemas_are_committed_json_schemas() -> None:
    import json

    for path in (behaviour_lint.BEHAVIOUR_SCHEMA, behaviour_lint.API_SCHEMA):
        schema = json.loads(path.read_text(encoding="utf-8"))
        assert schema["$schema"].endswith("2020-12/schema")
        assert schema["additionalProperties"] is False


def _minimal(op: str) -> dict[str, Any]:
    word = OPERATORS[op]
    operand: Any = {"list": [1] * (word.arity or 2), "conditions": [True], "bindings": {"a": 1},
                    "branches": [{"else": 1}], "collection": "c", "literal": 1, "rule": "c"}.get(word.operand, "$x")
    fills = {"do": 1, "of": 1, "where": True, "then": 1, "keys": [], "cases": {}, "by": "id", "with": [], "in": 1}
    return {op: operand, **{k: fills[k] for k in word.required}}


@pytest.mark.parametrize("op", sorted(OPERATORS))
def test_every_word_of_the_vocabulary_is_an_operator_of_the_engine(op: str) -> None:
    rendered = compile_template(_minimal(op))
    rendered({"x": [1], "__collections__": {}, "__seq__": {}, "__rules__": {"c": lambda *a: 1}})  # an unknown operator would raise KeyError


def test_an_operator_outside_the_vocabulary_is_unknown_to_the_engine() -> None:
    with pytest.raises(KeyError, match="unknown template operator"):
        compile_template({"$nope": 1})({})


def test_the_mock_reads_specs_not_the_generated_bundle(tmp_path: Path) -> None:
    """One source of truth at run time: an enum edited in specs/ changes what a freshly started mock
    accepts, with no `partner-contracts generate` in between (generated/ is not read)."""
    from starlette.testclient import TestClient

    from partner_contracts.mock.app import MockServer

    order = {"lockerId": "4b20b55e-b0e2-48d1-b269-82cdc2039288", "size": "xxl", "receiverPhone": "0912345678"}
    headers = {"x-api-key": "test-api-key"}
    folder = tmp_path / "palm-locker"
    shutil.copytree(PALM.dir, folder)
    api = Api("palm-locker", folder, PALM.meta)
    with TestClient(MockServer(Pipeline([api]))) as client:
        refused = client.post("/palm-locker/order", json=order, headers=headers)
        assert refused.status_code == 422, refused.text
        assert "xxl" in refused.json()["message"]
    size = folder / "components" / "schemas" / "BoxSize.yaml"
    size.write_text(size.read_text(encoding="utf-8").replace("  - xl\n", "  - xl\n  - xxl\n"), encoding="utf-8")
    assert not (folder / "openapi.json").exists() and api.bundle_path.is_file()  # the committed bundle is stale
    restarted = Api("palm-locker", folder, PALM.meta)  # a new process finds the API afresh
    with TestClient(MockServer(Pipeline([restarted]))) as client:
        accepted = client.post("/palm-locker/order", json=order, headers=headers)
        # valid now: the behaviour answers (no box of that size is free), not the validator
        assert accepted.status_code == 409, accepted.text
        assert "no free box" in accepted.json()["message"]
        served = client.get("/palm-locker/openapi.json").json()
        assert "xxl" in served["components"]["schemas"]["BoxSize"]["enum"]


def test_the_behaviour_schema_is_made_from_the_grammar() -> None:
    """specs/behaviour.schema.json is the grammar of vocabulary.py written as a JSON Schema."""
    import json

    from partner_contracts.mock.behaviour import vocabulary

    assert json.loads(behaviour_lint.BEHAVIOUR_SCHEMA.read_text(encoding="utf-8")) == vocabulary.schema(), \
        "run: python -m partner_contracts.mock.behaviour.vocabulary --schema > specs/behaviour.schema.json"


def test_every_key_of_the_grammar_names_a_value_and_a_scope() -> None:
    from partner_contracts.mock.behaviour import vocabulary

    for part in vocabulary.PARTS.values():
        for key in part.keys.values():
            assert key.value in vocabulary.VALUES or key.value in vocabulary.PARTS, key
            assert not key.reads or key.reads in vocabulary.SCOPES, key
            assert key.many in ("", "list", "either", "map"), key
