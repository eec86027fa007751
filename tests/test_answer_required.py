"""Issue 24: the generated clients accept an answer that omits any field the documents do not mark required.

For one operation per API, every field of the documented answer example (at any depth; the first entry of a
list) is dropped in turn, except the ids and envelope keys the API's ledger policy keeps required
(``answer_required``, lint rule answer-required), and the body is parsed with the generated client's own
response parser. A schema that still required the field would make the client raise (today's templates
read a required key with ``d.pop(name)``).
"""

from __future__ import annotations

import copy
import importlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from partner_contracts.lint.answers import ledger_policy
from partner_contracts.spec.api import discover
from partner_contracts.spec.deref import escape, resolve_pointer

APIS = {api.key: api for api in discover()}

# (api, path, method, generated module that parses the answer)
OPERATIONS = [
    ("palm-locker", "/order/{orderId}", "get", "palm_locker_client.api.orders.get_order"),
    ("sirclo-order", "/order", "get", "sirclo_order_client.api.order.list_orders"),
    ("ahamove", "/v3/orders/estimates", "post", "ahamove_client.api.orders.estimate_order_fee"),
    ("anymaster", "/partner/order", "post", "anymaster_client.api.orders.create_partner_order"),
    ("pancake-pos", "/shops/{shop_id}/orders/{order_id}", "get", "pancake_pos_client.api.orders.get_order"),
]


def _answer_example(key: str, path: str, method: str) -> Any:
    doc = APIS[key].bundled.document
    media = resolve_pointer(doc, f"/paths/{escape(path)}/{method}/responses/200/content/application~1json")
    example = next(iter(media["examples"].values()))
    if "$ref" in example:
        example = resolve_pointer(doc, example["$ref"])
    return copy.deepcopy(example["value"])


def _kept(key: str) -> set[str]:
    """Field names the ledger policy keeps required (``Schema.name`` entries by their name)."""
    return {name.rsplit(".", 1)[-1] for name in ledger_policy(APIS[key].ledger_path)}


def _droppable(value: Any, kept: set[str], path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for name, item in value.items():
            if name not in kept:
                yield (*path, name)
            yield from _droppable(item, kept, (*path, name))
    elif isinstance(value, list) and value:
        yield from _droppable(value[0], kept, (*path, 0))


def _without(body: Any, path: tuple[Any, ...]) -> Any:
    body = copy.deepcopy(body)
    node = body
    for step in path[:-1]:
        node = node[step]
    del node[path[-1]]
    return body


@pytest.mark.parametrize(("key", "path", "method", "module"), OPERATIONS, ids=[o[0] for o in OPERATIONS])
def test_client_accepts_an_answer_without_any_field_the_document_does_not_require(
        key: str, path: str, method: str, module: str) -> None:
    parser = importlib.import_module(module)
    client_module = importlib.import_module(module.split(".")[0] + ".client")
    client = client_module.Client(base_url="http://mock.invalid", raise_on_unexpected_status=True)
    body = _answer_example(key, path, method)
    assert parser._parse_response(client=client, response=httpx.Response(200, json=body)) is not None
    paths = list(_droppable(body, _kept(key)))
    assert paths, f"{key}: the example has no field to drop"
    refused = []
    for dropped in paths:
        try:
            parsed = parser._parse_response(client=client, response=httpx.Response(200, json=_without(body, dropped)))
        except (KeyError, TypeError, ValueError) as exc:
            refused.append(f"{'/'.join(map(str, dropped))}: {type(exc).__name__} {exc}")
            continue
        assert parsed is not None, dropped
    assert not refused, f"{key}: the client refuses an answer without a field no document marks required:\n" + \
        "\n".join(refused[:20])
