"""A consumer's day with palm_locker_client against the mock on loopback, webhook included."""

from __future__ import annotations

import asyncio
import threading

import palm_locker_client
from palm_locker_client.api.lockers import list_lockers
from palm_locker_client.api.orders import cancel_order, create_order, get_order, list_orders
from palm_locker_client.errors import AuthenticationError, WebhookSignatureError
from palm_locker_client.models import Error, LockerCompact, OrderCreateRequest, OrderIdRequest
from palm_locker_client.pagination import aiter_list_orders, iter_list_lockers, iter_list_orders
from palm_locker_client.webhooks import unwrap
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from partner_contracts.mock.app import create_app
from partner_contracts.mock.server import running


class Receiver:
    """A partner's webhook endpoint: records what arrives."""

    def __init__(self) -> None:
        self.received: list[tuple[bytes, str]] = []
        self.arrived = threading.Event()

    async def endpoint(self, request: Request) -> Response:
        self.received.append((await request.body(), request.headers.get("x-signature", "")))
        self.arrived.set()
        return Response(status_code=200)

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/hooks", self.endpoint, methods=["POST"])])


def test_list_create_get_cancel_and_verify_the_webhook() -> None:
    receiver = Receiver()
    with running(receiver.app()) as hooks_url, \
         running(create_app(["palm-locker"], webhook_url=f"{hooks_url}/hooks")) as mock_url:
        client = palm_locker_client.connect(api_key="test-api-key", base_url=f"{mock_url}/palm-locker")
        lockers = list_lockers.sync(client=client, size=20)
        assert lockers is not None
        every = list_lockers.sync(client=client, size=100).data.items
        paged = list(iter_list_lockers(client=client, size=2))  # lockers page inside `data`
        assert every and len(every) > 2 and [x.id for x in paged] == [x.id for x in every]
        assert lockers.data.items  # optional in the answer (the answer policy); the mock sends it
        free = next(
            item for item in lockers.data.items
            if isinstance(item, LockerCompact)
            and any(isinstance(s.available_box, int) and s.available_box > 0 for s in item.stacks or [])
        )
        created = create_order.sync(
            client=client, body=OrderCreateRequest(locker_id=free.id, size="s", receiver_phone="0911000111")
        )
        assert created is not None and created.data.order_status == "init"
        fetched = get_order.sync(client=client, order_id=created.data.id)
        assert fetched is not None and fetched.data.id == created.data.id
        cancelled = cancel_order.sync(client=client, body=OrderIdRequest(order_id=created.data.id))
        assert cancelled is not None and cancelled.data.order_status == "failed"
        assert [o.id for o in iter_list_orders(client=client, size=1)] == [created.data.id]
        assert list_orders.sync(client=client, size=1).total_pages == 1

        async def async_ids() -> list[str]:
            return [o.id async for o in aiter_list_orders(client=client, size=1)]

        assert asyncio.run(async_ids()) == [created.data.id]

        async def async_get() -> str:
            response = await get_order.asyncio(client=client, order_id=created.data.id)
            assert response is not None
            return str(response.data.order_status)

        assert asyncio.run(async_get()) == "failed"
        assert receiver.arrived.wait(5)

    body, signature = receiver.received[0]
    payload = unwrap(body, {"X-Signature": signature}, secret="test-webhook-secret")
    assert payload.id == created.data.id and payload.order_status == "init"
    for tampered, headers, secret in [
        (body + b" ", {"x-signature": signature}, "test-webhook-secret"),  # the body changed
        (body, {"x-signature": signature}, "another-secret"),  # another key
        (body, {}, "test-webhook-secret"),  # no header
        (body, {"x-signature": "not-hex"}, "test-webhook-secret"),  # malformed
        (body, {"x-signature": signature[:-2]}, "test-webhook-secret"),  # too short
    ]:
        try:
            unwrap(tampered, headers, secret=secret)
        except WebhookSignatureError:
            continue
        raise AssertionError(f"accepted {headers} with {secret}")


def test_a_wrong_key_is_a_typed_error() -> None:
    with running(create_app(["palm-locker"])) as mock_url:
        client = palm_locker_client.connect(api_key="wrong", base_url=f"{mock_url}/palm-locker")
        response = list_lockers.sync_detailed(client=client)
        assert response.status_code == 401
        assert isinstance(response.parsed, Error) and response.parsed.status_code == 401
        try:
            list_lockers.sync(client=client)
        except AuthenticationError as error:
            assert error.status_code == 401 and error.body.status_code == 401
        else:
            raise AssertionError("a wrong key did not raise")
