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
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from partner_contracts.lint.answers import ledger_policy
from partner_contracts.spec.api import Api, discover, iter_operations
from partner_contracts.spec.deref import escape, follow, resolve_pointer

from .apis import key_params

APIS = {api.key: api for api in discover()}

# The operation whose answer each API drops fields from: the richest answer of the API (path, method);
# an API not named here gets its first operation with a documented 200 JSON example.
PREFERRED = {
    "palm-locker": ("/order/{orderId}", "get"),
    "sirclo-order": ("/order", "get"),
    "ahamove": ("/v3/orders/estimates", "post"),
    "anymaster": ("/partner/order", "post"),
    "pancake-pos": ("/shops/{shop_id}/orders/{order_id}", "get"),
}


def _operation(api: Api) -> tuple[str, str, str]:
    """(path, method, generated module that parses the answer) of the operation the test uses."""
    doc = api.bundled.document
    candidates = [(path, method, op) for _kind, path, method, op, _pointer in iter_operations(doc)
                  if _kind == "paths" and "200" in (op.get("responses") or {})]
    wanted = PREFERRED.get(api.key)
    for path, method, op in candidates:
        if wanted and (path, method) != wanted:
            continue
        media = (follow(doc, op["responses"]["200"])[0].get("content") or {}).get("application/json") or {}
        if media.get("examples"):
            name = re.sub(r"(?<!^)(?=[A-Z])", "_", str(op["operationId"])).lower()
            found = sorted((api.client_dir).glob(f"*_client/api/*/{name}.py"))
            module = ".".join(found[0].relative_to(api.client_dir).with_suffix("").parts)
            return path, method, module
    raise LookupError(f"{api.key}: no operation with a documented 200 JSON example")
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


@pytest.mark.parametrize("key", key_params("client"))
def test_client_accepts_an_answer_without_any_field_the_document_does_not_require(key: str) -> None:
    path, method, module = _operation(APIS[key])
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
