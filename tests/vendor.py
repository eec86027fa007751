"""A fake vendor: Palm (under ``/palm``) and SIRCLO (under ``/sirclo``) implemented as their documents
describe them — the documented examples as answers, the documented credentials checked — with planted
deviations that can be switched on one at a time. It is *not* our mock (no spec-driven routing, no
``x-partner-contracts-mock`` header): the sandbox tools are measured against it as against a real
vendor (tests/test_vendor.py; docs/sandbox.md runs it by hand: ``python -m tests.vendor --port 4040``).

Deviations (``FakeVendor.deviations``):

=====================  =============================================================================
``extra_field``        getLocker's ``data`` has a field the schema does not declare
``open_enum``          getOrder's ``orderStatus`` is ``"archived"``, a value the open enum does not list
``slow``               listLockers answers after ``SLOW`` seconds
``missing_order_id``   createOrder's ``data`` lacks ``id`` (required: ids stay required, ledger PL-039)
``truncated``          getLocker's body is cut in the middle of the JSON
``created_201``        createOrder answers 201 where the spec assumes 200 (ledger PL-020)
``refuse_signature``   SIRCLO checks ``Secret`` over the re-serialised body with sorted keys: every
                       request signed as the spec says (the raw body) is refused with 401
``null_in_item``       listLockers' first item has ``name: null`` (the items are an anyOf)
``missing_example``    listOrders lacks ``totalOrders``, optional but in every documented example
``undocumented_4xx``   cancelOrder answers 418
``gzip``               every JSON answer is gzip-compressed (``Content-Encoding: gzip``)
``chunked``            every answer is streamed without ``Content-Length`` (chunked)
``cookies``            every answer sets a cookie naming the caller (``x-caller``); the cookies each
                       request brought are kept in ``FakeVendor.cookies_seen``
=====================  =============================================================================
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import datetime as dt
import gzip
import hmac
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import palm_locker_client
import sirclo_order_client
from palm_locker_client import errors as palm_errors
from palm_locker_client.api.lockers import get_locker, list_lockers
from palm_locker_client.api.orders import cancel_order, create_order, get_order, list_orders
from palm_locker_client.models import OrderCreateRequest, OrderIdRequest
from sirclo_order_client import errors as sirclo_errors
from sirclo_order_client.api.order import create_order as sirclo_create
from sirclo_order_client.api.order import list_orders as sirclo_list
from sirclo_order_client.api.order import update_orders as sirclo_update
from sirclo_order_client.models import CreateOrderRequest, UpdateOrdersRequest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Mount, Route

from partner_contracts.runtime.compiled import load_document
from partner_contracts.spec.api import select
from partner_contracts.spec.deref import dereference

PALM_KEY = "vendor-palm-key"
SIRCLO_PARTNER = "vendor-partner"
SIRCLO_SECRET = "vendor-sirclo-secret"
FULL_LOCKER = "full-locker"  # createOrder for this locker: the documented 409
MISSING = "missing"  # getOrder / getLocker of this id: the documented 404
SLOW = 0.5
DEVIATIONS = ("extra_field", "open_enum", "slow", "missing_order_id", "truncated", "created_201",
              "refuse_signature", "null_in_item", "missing_example", "undocumented_4xx", "gzip", "chunked",
              "cookies")


def example(doc: dict[str, Any], path: str, method: str, name: str | None = None) -> Any:
    """The documented example of an operation's 200 answer (``name``, else the first)."""
    response, _ = dereference(doc, doc["paths"][path][method]["responses"]["200"], "")
    examples = response["content"]["application/json"]["examples"]
    chosen = examples[name] if name else next(iter(examples.values()))
    chosen, _ = dereference(doc, chosen, "")
    return copy.deepcopy(chosen["value"])


class FakeVendor:
    """The ASGI app (``/palm/...``, ``/sirclo/...``); ``deviations`` may change between requests."""

    def __init__(self, *deviations: str) -> None:
        unknown = set(deviations) - set(DEVIATIONS)
        if unknown:
            raise ValueError(f"unknown deviations {sorted(unknown)}; known: {', '.join(DEVIATIONS)}")
        self.deviations = set(deviations)
        self.cookies_seen: list[tuple[str, str]] = []  # (x-caller, the Cookie header it brought)
        self.requests = 0
        (palm,) = select(["palm-locker"])
        (sirclo,) = select(["sirclo-order"])
        self.palm_doc, self.sirclo_doc = load_document(palm), load_document(sirclo)
        self.app = Starlette(routes=[
            Mount("/palm", routes=[
                Route("/locker", self.list_lockers, methods=["GET"]),
                Route("/locker/{locker_id}", self.get_locker, methods=["GET"]),
                Route("/order", self.create_order, methods=["POST"]),
                Route("/order", self.list_orders, methods=["GET"]),
                Route("/order/cancel", self.cancel_order, methods=["PUT"]),
                Route("/order/{order_id}", self.get_order, methods=["GET"]),
            ]),
            Mount("/sirclo", routes=[
                Route("/order", self.sirclo, methods=["GET", "POST", "PATCH"]),
            ]),
        ])

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)

    # the wire ------------------------------------------------------------------------------------
    def answer(self, request: Request, value: Any, status: int = 200, raw: bytes | None = None) -> Response:
        """A JSON answer as the vendor sends it: header names in their usual spelling (``Content-Type``:
        the proxy must forward them byte for byte), compressed, streamed and with a cookie when those
        deviations are on."""
        self.requests += 1
        body = raw if raw is not None else json.dumps(value, separators=(",", ":")).encode()
        headers = {"Content-Type": "application/json; charset=utf-8"}
        if "gzip" in self.deviations:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        if "cookies" in self.deviations:
            caller = request.headers.get("x-caller", "anonymous")
            self.cookies_seen.append((caller, request.headers.get("cookie", "")))
            headers["Set-Cookie"] = f"session-{caller}={caller}; Path=/"
        response: Response
        if "chunked" in self.deviations:
            async def chunks() -> AsyncIterator[bytes]:
                for start in range(0, len(body), 7):
                    yield body[start:start + 7]
            response = StreamingResponse(chunks(), status_code=status)
        else:
            response = Response(body, status_code=status)
            headers["Content-Length"] = str(len(body))
        response.raw_headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        return response

    def error(self, request: Request, status: int, message: str) -> Response:
        reason = {400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 409: "Conflict",
                  418: "I'm a teapot"}.get(status, "Error")
        return self.answer(request, {"statusCode": status, "message": message, "error": reason}, status)

    # Palm -------------------------------------------------------------------------------------------
    def palm_refusal(self, request: Request) -> Response | None:
        if request.headers.get("x-api-key") != PALM_KEY:
            return self.error(request, 401, "Invalid API key")
        return None

    async def list_lockers(self, request: Request) -> Response:
        if (refused := self.palm_refusal(request)) is not None:
            return refused
        value = example(self.palm_doc, "/locker", "get", "compact")
        if "null_in_item" in self.deviations:
            value["data"]["items"][0]["name"] = None
        if "slow" in self.deviations:
            await asyncio.sleep(SLOW)
        return self.answer(request, value)

    async def get_locker(self, request: Request) -> Response:
        if (refused := self.palm_refusal(request)) is not None:
            return refused
        if request.path_params["locker_id"] == MISSING:
            return self.error(request, 404, "Locker not found")
        value = example(self.palm_doc, "/locker/{lockerId}", "get")
        if "extra_field" in self.deviations:
            value["data"]["firmware"] = "2.1.0"
        if "truncated" in self.deviations:
            text = json.dumps(value).encode()
            return self.answer(request, None, raw=text[: len(text) // 2])
        return self.answer(request, value)

    async def create_order(self, request: Request) -> Response:
        if (refused := self.palm_refusal(request)) is not None:
            return refused
        sent = await request.json()
        if sent.get("lockerId") == FULL_LOCKER:
            return self.error(request, 409, "No free box of this size in the locker")
        value = example(self.palm_doc, "/order", "post")
        if "missing_order_id" in self.deviations:
            del value["data"]["id"]
        return self.answer(request, value, 201 if "created_201" in self.deviations else 200)

    async def get_order(self, request: Request) -> Response:
        if (refused := self.palm_refusal(request)) is not None:
            return refused
        if request.path_params["order_id"] == MISSING:
            return self.error(request, 404, "Order not found")
        value = example(self.palm_doc, "/order/{orderId}", "get")
        if "open_enum" in self.deviations:
            value["data"]["orderStatus"] = "archived"
        return self.answer(request, value)

    async def list_orders(self, request: Request) -> Response:
        if (refused := self.palm_refusal(request)) is not None:
            return refused
        value = example(self.palm_doc, "/order", "get")
        if "missing_example" in self.deviations:
            del value["totalOrders"]
        return self.answer(request, value)

    async def cancel_order(self, request: Request) -> Response:
        if (refused := self.palm_refusal(request)) is not None:
            return refused
        if "undocumented_4xx" in self.deviations:
            return self.error(request, 418, "The order cannot be cancelled by a teapot")
        return self.answer(request, example(self.palm_doc, "/order/{orderId}", "get"))

    # SIRCLO -------------------------------------------------------------------------------------------
    async def sirclo(self, request: Request) -> Response:
        body = await request.body()
        signed = body
        if "refuse_signature" in self.deviations and body:
            signed = json.dumps(json.loads(body), sort_keys=True).encode()
        expected = hmac.new(SIRCLO_SECRET.encode(), signed, "sha256").hexdigest()
        if "refuse_signature" in self.deviations and not body:
            expected = hmac.new(SIRCLO_SECRET.encode(), b"{}", "sha256").hexdigest()
        if request.headers.get("partner_id") != SIRCLO_PARTNER or \
                not hmac.compare_digest(request.headers.get("secret", "").lower(), expected):
            return self.answer(request, {"data": None, "message": "invalid signature", "reference": "r-401"}, 401)
        name = {"GET": "listOrders", "POST": "createOrder", "PATCH": "updateOrders"}[request.method]
        response, _ = dereference(self.sirclo_doc, self.sirclo_doc["paths"]["/order"][request.method.lower()]
                                  ["responses"]["200"], "")
        examples = response["content"]["application/json"]["examples"]
        chosen, _ = dereference(self.sirclo_doc, next(iter(examples.values())), "")
        assert name
        return self.answer(request, copy.deepcopy(chosen["value"]))


# --- a consumer: the generated clients ---------------------------------------------------------------

Outcome = tuple[str, str]  # (call, "ok" or the client's exception class)


def call(outcomes: list[Outcome], name: str, fn: Callable[[], Any]) -> Any:
    try:
        result = fn()
    except (palm_errors.APIError, sirclo_errors.APIError) as exc:
        outcomes.append((name, type(exc).__name__))
        return None
    outcomes.append((name, "ok"))
    return result


def palm_flow(url: str, own_key: bool = False, caller: str | None = None) -> list[Outcome]:
    """A consumer's Palm session through the generated client: documented successes, a 404 and a 409."""
    headers = {"x-caller": caller} if caller else {}
    client = palm_locker_client.connect(PALM_KEY, base_url=url) if own_key \
        else palm_locker_client.Client(base_url=url, headers=headers)
    out: list[Outcome] = []
    lockers = call(out, "listLockers", lambda: list_lockers.sync(client=client))
    locker_id = lockers.data.items[0].id if lockers else "l-1"
    call(out, "getLocker", lambda: get_locker.sync(locker_id, client=client))
    call(out, "getLocker 404", lambda: get_locker.sync(MISSING, client=client))
    body = OrderCreateRequest.from_dict({"lockerId": locker_id, "size": "s", "receiverPhone": "0911000111"})
    created = call(out, "createOrder", lambda: create_order.sync(client=client, body=body))
    full = OrderCreateRequest.from_dict({"lockerId": FULL_LOCKER, "size": "s", "receiverPhone": "0911000111"})
    call(out, "createOrder 409", lambda: create_order.sync(client=client, body=full))
    # the clients decode non-strictly: an answer without the order's id gives UNSET, not an exception
    order_id = created.data.id if created and isinstance(created.data.id, str) else "o-1"
    call(out, "getOrder", lambda: get_order.sync(order_id, client=client))
    call(out, "getOrder 404", lambda: get_order.sync(MISSING, client=client))
    call(out, "listOrders", lambda: list_orders.sync(client=client))
    call(out, "cancelOrder", lambda: cancel_order.sync(client=client, body=OrderIdRequest(order_id=order_id)))
    return out


def sirclo_flow(url: str, own_key: bool = False) -> list[Outcome]:
    client = sirclo_order_client.connect(SIRCLO_PARTNER, SIRCLO_SECRET, base_url=url) if own_key \
        else sirclo_order_client.Client(base_url=url)
    out: list[Outcome] = []
    order = CreateOrderRequest.from_dict({
        "order_id": "ORD-1", "order_date": "2024-05-01T10:00:00Z", "shipment_reference": "",
        "line_items": [{"sku": "A1", "name": "Tea", "quantity": 2, "discount": 0, "raw_price": 50000}]})
    call(out, "createOrder", lambda: sirclo_create.sync(client=client, body=order))
    call(out, "listOrders", lambda: sirclo_list.sync(
        client=client, since=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
        until=dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc), limit=10, offset=0))
    update = UpdateOrdersRequest.from_dict({"packed": [{"id": 456, "airwaybill_number": "awb002",
                                                        "updated_at": "2019-05-27 06:05:11.979185"}]})
    call(out, "updateOrders", lambda: sirclo_update.sync(client=client, body=update))
    return out


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description="the fake vendor of tests/test_vendor.py (Palm under /palm, "
                                                 "SIRCLO under /sirclo), or `--consume API URL`: a consumer's "
                                                 "session with the generated client against URL")
    parser.add_argument("--port", type=int, default=4040)
    parser.add_argument("--deviation", action="append", default=[], choices=DEVIATIONS)
    parser.add_argument("--consume", nargs=2, metavar=("API", "URL"))
    args = parser.parse_args()
    if args.consume:
        key, url = args.consume
        for name, result in (palm_flow(url) if key == "palm-locker" else sirclo_flow(url)):
            print(f"  {name:16} {result}")
        return
    print(f"fake vendor on http://127.0.0.1:{args.port}/palm and /sirclo; Palm key {PALM_KEY}, SIRCLO "
          f"partner {SIRCLO_PARTNER} secret {SIRCLO_SECRET}; deviations: {', '.join(args.deviation) or 'none'}",
          flush=True)
    uvicorn.run(FakeVendor(*args.deviation), host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
