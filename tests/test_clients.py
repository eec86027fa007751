"""The generated clients: every documented response and webhook example parses into typed models."""

from __future__ import annotations

import datetime as dt
import importlib
import re
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import PythonIdentifier

from partner_contracts.spec.api import Api, iter_operations
from partner_contracts.spec.deref import resolve_pointer

from .apis import CAPABILITIES, apis, per_api


def _examples(doc: dict[str, Any], content: dict[str, Any]) -> list[tuple[str, Any]]:
    found = []
    for name, example in ((content or {}).get("examples") or {}).items():
        if "$ref" in example:
            example = resolve_pointer(doc, example["$ref"])
        found.append((name, example["value"]))
    return found


def response_examples(api: Api) -> list[tuple[str, str, str, str, Any]]:
    doc = api.bundled.document
    cases = []
    for kind, _name, _method, op, _pointer in iter_operations(doc):
        if kind != "paths":
            continue
        for status, response in (op.get("responses") or {}).items():
            if "$ref" in response:
                response = resolve_pointer(doc, response["$ref"])
            for content in (response.get("content") or {}).values():
                for example, value in _examples(doc, content):
                    cases.append((op["operationId"], op["tags"][0], status, example, value))
    return cases


def webhook_examples(api: Api) -> list[tuple[str, str, Any]]:
    doc = api.bundled.document
    cases = []
    for kind, name, _method, op, _pointer in iter_operations(doc):
        if kind == "webhooks":
            content = ((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
            cases += [(name, example, value) for example, value in _examples(doc, content)]
    return cases


RESPONSES = [pytest.param(api, *case, id=f"{api.key}:{case[0]}:{case[2]}:{case[3]}", marks=per_api(api.key, "client"))
             for api in apis("client") for case in response_examples(api)]
WEBHOOKS = [pytest.param(api, *case, id=f"{api.key}:{case[0]}:{case[1]}", marks=per_api(api.key, "webhooks"))
            for api in apis("client") if CAPABILITIES["webhooks"](api) for case in webhook_examples(api)]


def _typed(value: Any) -> bool:
    if isinstance(value, list):
        return all(_typed(v) for v in value)
    return hasattr(value, "to_dict")


def _plain(parsed: Any) -> Any:
    return [_plain(p) for p in parsed] if isinstance(parsed, list) else parsed.to_dict()


DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _values(value: Any) -> Any:
    """``value`` with each date-time string as the instant it names (a model writes `2024-01-22T13:31:07Z`
    back as `2024-01-22T13:31:07+00:00`: the same value); everything else as it is."""
    if isinstance(value, dict):
        return {k: _values(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_values(v) for v in value]
    if isinstance(value, str) and DATE_TIME.match(value):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:  # not a date-time after all (SIRCLO's example shows a Go layout string)
            return value
    return value


@pytest.mark.parametrize(("api", "operation", "tag", "status", "example", "value"), RESPONSES)
def test_client_parses_every_response_example(api, operation, tag, status, example, value) -> None:  # type: ignore[no-untyped-def]
    package = importlib.import_module(api.package)
    module = importlib.import_module(
        f"{api.package}.api.{PythonIdentifier(tag, 'tag')}.{PythonIdentifier(operation, 'op')}")
    client = package.Client(base_url="http://mock.invalid", raise_on_unexpected_status=True)
    parsed = module._parse_response(client=client, response=httpx.Response(int(status), json=value))
    assert parsed is not None and _typed(parsed), f"{operation} {status} {example} parsed as {type(parsed)}"
    # Serialising the model gives back the vendor's example, value for value.
    assert _values(_plain(parsed)) == _values(value)


@pytest.mark.parametrize(("api", "webhook", "example", "value"), WEBHOOKS)
def test_client_parses_every_webhook_example(api, webhook, example, value) -> None:  # type: ignore[no-untyped-def]
    import json

    webhooks = importlib.import_module(f"{api.package}.webhooks")
    assert webhooks.kind_of(json.dumps(value).encode()) == webhook  # the dispatcher tells the kind
    parsed = webhooks.PARSERS[webhook](value)
    assert _typed(parsed)
    assert _values(_plain(parsed)) == _values(value)
    if not getattr(webhooks, "SIGNATURE_HEADER", None):  # unsigned: unwrap parses straight away
        assert type(webhooks.unwrap(json.dumps(value))) is type(parsed)


def test_every_api_has_response_examples() -> None:
    assert {p.values[0].key for p in RESPONSES if isinstance(p.values[0], Api)} == {api.key for api in apis("client")}
