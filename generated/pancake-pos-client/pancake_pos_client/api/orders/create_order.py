from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order_create_request import OrderCreateRequest
from ...models.order_envelope import OrderEnvelope
from ...types import Response


def _get_kwargs(
    shop_id: int,
    *,
    body: OrderCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shops/{shop_id}/orders".format(
            shop_id=quote(str(shop_id), safe=""),
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
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreateRequest,
) -> Response[Error | OrderEnvelope]:
    """Create an order

     Creates an order in the shop. `items`, `warehouse_id`, `shipping_address` and `shop_id` are
    required. The source shows no response; the created order is assumed to come back as `{success,
    data}` (ledger PP-109).

    Args:
        shop_id (int):
        body (OrderCreateRequest): Body of `POST /shops/{shop_id}/orders` ("Tạo đơn hàng"). The
            source's table is headed "Query Parameters" but its example is this JSON body (ledger
            PP-110). Fields only in the example (`received_at_shop`, `page_id`, `account_name`,
            `returned_reason`) are typed from the "Cập nhật đơn hàng" and "Thông tin đơn hàng" tables
            (ledger PP-111).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderEnvelope]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreateRequest,
) -> Error | OrderEnvelope | None:
    """Create an order

     Creates an order in the shop. `items`, `warehouse_id`, `shipping_address` and `shop_id` are
    required. The source shows no response; the created order is assumed to come back as `{success,
    data}` (ledger PP-109).

    Args:
        shop_id (int):
        body (OrderCreateRequest): Body of `POST /shops/{shop_id}/orders` ("Tạo đơn hàng"). The
            source's table is headed "Query Parameters" but its example is this JSON body (ledger
            PP-110). Fields only in the example (`received_at_shop`, `page_id`, `account_name`,
            `returned_reason`) are typed from the "Cập nhật đơn hàng" and "Thông tin đơn hàng" tables
            (ledger PP-111).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderEnvelope
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreateRequest,
) -> Response[Error | OrderEnvelope]:
    """Create an order

     Creates an order in the shop. `items`, `warehouse_id`, `shipping_address` and `shop_id` are
    required. The source shows no response; the created order is assumed to come back as `{success,
    data}` (ledger PP-109).

    Args:
        shop_id (int):
        body (OrderCreateRequest): Body of `POST /shops/{shop_id}/orders` ("Tạo đơn hàng"). The
            source's table is headed "Query Parameters" but its example is this JSON body (ledger
            PP-110). Fields only in the example (`received_at_shop`, `page_id`, `account_name`,
            `returned_reason`) are typed from the "Cập nhật đơn hàng" and "Thông tin đơn hàng" tables
            (ledger PP-111).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderEnvelope]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreateRequest,
) -> Error | OrderEnvelope | None:
    """Create an order

     Creates an order in the shop. `items`, `warehouse_id`, `shipping_address` and `shop_id` are
    required. The source shows no response; the created order is assumed to come back as `{success,
    data}` (ledger PP-109).

    Args:
        shop_id (int):
        body (OrderCreateRequest): Body of `POST /shops/{shop_id}/orders` ("Tạo đơn hàng"). The
            source's table is headed "Query Parameters" but its example is this JSON body (ledger
            PP-110). Fields only in the example (`received_at_shop`, `page_id`, `account_name`,
            `returned_reason`) are typed from the "Cập nhật đơn hàng" and "Thông tin đơn hàng" tables
            (ledger PP-111).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderEnvelope
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            body=body,
        )
    ).parsed
