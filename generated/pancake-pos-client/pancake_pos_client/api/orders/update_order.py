from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order_envelope import OrderEnvelope
from ...models.order_update_request import OrderUpdateRequest
from ...types import Response


def _get_kwargs(
    shop_id: int,
    order_id: int,
    *,
    body: OrderUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shops/{shop_id}/orders/{order_id}".format(
            shop_id=quote(str(shop_id), safe=""),
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | OrderEnvelope | None:
    if response.status_code == 200:
        response_200 = OrderEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OrderEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: int,
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: OrderUpdateRequest,
) -> Response[Error | OrderEnvelope]:
    """Update an order

     Updates an order: recipient, lines, address, fees, payments, tags, assignment, and its status (send
    `status` with an order status code to move the order, e.g. to 1 "Đã xác nhận" or 6 "Đã hủy"). For
    marketplace orders (Shopee, Lazada, TikTok), `arrange_shipment_marketplace`, `pick_up_method` and
    `picking_shif_marketplace` arrange the shipment. The source shows no response; the updated order is
    assumed to come back as `{success, data}` (ledger PP-109).

    Args:
        shop_id (int):
        order_id (int):
        body (OrderUpdateRequest): Body of `PUT /shops/{shop_id}/orders/{order_id}` ("Cập nhật đơn
            hàng"): the fields to change, including `status` (move the order to another status). The
            source marks no field required. The source's example sends back a whole order, including
            read-only fields (`id`, `creator`, `inserted_at`, `status_name`, `partner`); they are
            accepted here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderEnvelope]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: OrderUpdateRequest,
) -> Error | OrderEnvelope | None:
    """Update an order

     Updates an order: recipient, lines, address, fees, payments, tags, assignment, and its status (send
    `status` with an order status code to move the order, e.g. to 1 "Đã xác nhận" or 6 "Đã hủy"). For
    marketplace orders (Shopee, Lazada, TikTok), `arrange_shipment_marketplace`, `pick_up_method` and
    `picking_shif_marketplace` arrange the shipment. The source shows no response; the updated order is
    assumed to come back as `{success, data}` (ledger PP-109).

    Args:
        shop_id (int):
        order_id (int):
        body (OrderUpdateRequest): Body of `PUT /shops/{shop_id}/orders/{order_id}` ("Cập nhật đơn
            hàng"): the fields to change, including `status` (move the order to another status). The
            source marks no field required. The source's example sends back a whole order, including
            read-only fields (`id`, `creator`, `inserted_at`, `status_name`, `partner`); they are
            accepted here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderEnvelope
    """

    return sync_detailed(
        shop_id=shop_id,
        order_id=order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: OrderUpdateRequest,
) -> Response[Error | OrderEnvelope]:
    """Update an order

     Updates an order: recipient, lines, address, fees, payments, tags, assignment, and its status (send
    `status` with an order status code to move the order, e.g. to 1 "Đã xác nhận" or 6 "Đã hủy"). For
    marketplace orders (Shopee, Lazada, TikTok), `arrange_shipment_marketplace`, `pick_up_method` and
    `picking_shif_marketplace` arrange the shipment. The source shows no response; the updated order is
    assumed to come back as `{success, data}` (ledger PP-109).

    Args:
        shop_id (int):
        order_id (int):
        body (OrderUpdateRequest): Body of `PUT /shops/{shop_id}/orders/{order_id}` ("Cập nhật đơn
            hàng"): the fields to change, including `status` (move the order to another status). The
            source marks no field required. The source's example sends back a whole order, including
            read-only fields (`id`, `creator`, `inserted_at`, `status_name`, `partner`); they are
            accepted here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderEnvelope]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: OrderUpdateRequest,
) -> Error | OrderEnvelope | None:
    """Update an order

     Updates an order: recipient, lines, address, fees, payments, tags, assignment, and its status (send
    `status` with an order status code to move the order, e.g. to 1 "Đã xác nhận" or 6 "Đã hủy"). For
    marketplace orders (Shopee, Lazada, TikTok), `arrange_shipment_marketplace`, `pick_up_method` and
    `picking_shif_marketplace` arrange the shipment. The source shows no response; the updated order is
    assumed to come back as `{success, data}` (ledger PP-109).

    Args:
        shop_id (int):
        order_id (int):
        body (OrderUpdateRequest): Body of `PUT /shops/{shop_id}/orders/{order_id}` ("Cập nhật đơn
            hàng"): the fields to change, including `status` (move the order to another status). The
            source marks no field required. The source's example sends back a whole order, including
            read-only fields (`id`, `creator`, `inserted_at`, `status_name`, `partner`); they are
            accepted here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderEnvelope
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
