from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order_list_response import OrderListResponse
from ...models.order_status import OrderStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 0,
    size: int | Unset = 20,
    order_status: OrderStatus | Unset = UNSET,
    receiver_phone: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    json_order_status: str | Unset = UNSET
    if not isinstance(order_status, Unset):
        json_order_status = order_status

    params["orderStatus"] = json_order_status

    params["receiverPhone"] = receiver_phone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/order",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OrderListResponse | None:
    if response.status_code == 200:
        response_200 = OrderListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OrderListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    size: int | Unset = 20,
    order_status: OrderStatus | Unset = UNSET,
    receiver_phone: str | Unset = UNSET,
) -> Response[Error | OrderListResponse]:
    """List orders

     Lists the partner's orders page by page, optionally filtered by status and receiver phone. Only the
    parameters of the source's table are described; its Notes name `startTime`, `endTime`, `status`,
    `purpose`, `pageSize` and `pageIndex`, which the table does not have (ledger PL-006). The answer is
    not wrapped in `data` (ledger PL-005).

    Args:
        page (int | Unset):  Default: 0.
        size (int | Unset):  Default: 20.
        order_status (OrderStatus | Unset): Status of an order, as documented by the `orderStatus`
            filter of "List orders".
        receiver_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        order_status=order_status,
        receiver_phone=receiver_phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    size: int | Unset = 20,
    order_status: OrderStatus | Unset = UNSET,
    receiver_phone: str | Unset = UNSET,
) -> Error | OrderListResponse | None:
    """List orders

     Lists the partner's orders page by page, optionally filtered by status and receiver phone. Only the
    parameters of the source's table are described; its Notes name `startTime`, `endTime`, `status`,
    `purpose`, `pageSize` and `pageIndex`, which the table does not have (ledger PL-006). The answer is
    not wrapped in `data` (ledger PL-005).

    Args:
        page (int | Unset):  Default: 0.
        size (int | Unset):  Default: 20.
        order_status (OrderStatus | Unset): Status of an order, as documented by the `orderStatus`
            filter of "List orders".
        receiver_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderListResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        size=size,
        order_status=order_status,
        receiver_phone=receiver_phone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    size: int | Unset = 20,
    order_status: OrderStatus | Unset = UNSET,
    receiver_phone: str | Unset = UNSET,
) -> Response[Error | OrderListResponse]:
    """List orders

     Lists the partner's orders page by page, optionally filtered by status and receiver phone. Only the
    parameters of the source's table are described; its Notes name `startTime`, `endTime`, `status`,
    `purpose`, `pageSize` and `pageIndex`, which the table does not have (ledger PL-006). The answer is
    not wrapped in `data` (ledger PL-005).

    Args:
        page (int | Unset):  Default: 0.
        size (int | Unset):  Default: 20.
        order_status (OrderStatus | Unset): Status of an order, as documented by the `orderStatus`
            filter of "List orders".
        receiver_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        order_status=order_status,
        receiver_phone=receiver_phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    size: int | Unset = 20,
    order_status: OrderStatus | Unset = UNSET,
    receiver_phone: str | Unset = UNSET,
) -> Error | OrderListResponse | None:
    """List orders

     Lists the partner's orders page by page, optionally filtered by status and receiver phone. Only the
    parameters of the source's table are described; its Notes name `startTime`, `endTime`, `status`,
    `purpose`, `pageSize` and `pageIndex`, which the table does not have (ledger PL-006). The answer is
    not wrapped in `data` (ledger PL-005).

    Args:
        page (int | Unset):  Default: 0.
        size (int | Unset):  Default: 20.
        order_status (OrderStatus | Unset): Status of an order, as documented by the `orderStatus`
            filter of "List orders".
        receiver_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            size=size,
            order_status=order_status,
            receiver_phone=receiver_phone,
        )
    ).parsed
