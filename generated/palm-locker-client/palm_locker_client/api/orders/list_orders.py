import datetime
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
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    purpose: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    json_order_status: str | Unset = UNSET
    if not isinstance(order_status, Unset):
        json_order_status = order_status

    params["orderStatus"] = json_order_status

    params["receiverPhone"] = receiver_phone

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    params["purpose"] = purpose

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
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    purpose: str | Unset = UNSET,
) -> Response[Error | OrderListResponse]:
    """List orders

     Lists the partner's orders page by page, optionally filtered by status, receiver phone, purpose and
    a creation-date range. The table lists page, size, orderStatus and receiverPhone; the intro and
    Notes add `startTime`, `endTime` (ISO 8601) and `purpose`, described here as optional and
    unverified; their `status`, `pageSize` and `pageIndex` are taken as other names of orderStatus, size
    and page (ledger PL-006). The answer is not wrapped in `data` (ledger PL-005).

    Args:
        page (int | Unset):  Default: 0.
        size (int | Unset):  Default: 20.
        order_status (OrderStatus | Unset): Status of an order, as documented by the `orderStatus`
            filter of "List orders".
        receiver_phone (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        purpose (str | Unset):

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
        start_time=start_time,
        end_time=end_time,
        purpose=purpose,
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
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    purpose: str | Unset = UNSET,
) -> Error | OrderListResponse | None:
    """List orders

     Lists the partner's orders page by page, optionally filtered by status, receiver phone, purpose and
    a creation-date range. The table lists page, size, orderStatus and receiverPhone; the intro and
    Notes add `startTime`, `endTime` (ISO 8601) and `purpose`, described here as optional and
    unverified; their `status`, `pageSize` and `pageIndex` are taken as other names of orderStatus, size
    and page (ledger PL-006). The answer is not wrapped in `data` (ledger PL-005).

    Args:
        page (int | Unset):  Default: 0.
        size (int | Unset):  Default: 20.
        order_status (OrderStatus | Unset): Status of an order, as documented by the `orderStatus`
            filter of "List orders".
        receiver_phone (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        purpose (str | Unset):

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
        start_time=start_time,
        end_time=end_time,
        purpose=purpose,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    size: int | Unset = 20,
    order_status: OrderStatus | Unset = UNSET,
    receiver_phone: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    purpose: str | Unset = UNSET,
) -> Response[Error | OrderListResponse]:
    """List orders

     Lists the partner's orders page by page, optionally filtered by status, receiver phone, purpose and
    a creation-date range. The table lists page, size, orderStatus and receiverPhone; the intro and
    Notes add `startTime`, `endTime` (ISO 8601) and `purpose`, described here as optional and
    unverified; their `status`, `pageSize` and `pageIndex` are taken as other names of orderStatus, size
    and page (ledger PL-006). The answer is not wrapped in `data` (ledger PL-005).

    Args:
        page (int | Unset):  Default: 0.
        size (int | Unset):  Default: 20.
        order_status (OrderStatus | Unset): Status of an order, as documented by the `orderStatus`
            filter of "List orders".
        receiver_phone (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        purpose (str | Unset):

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
        start_time=start_time,
        end_time=end_time,
        purpose=purpose,
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
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    purpose: str | Unset = UNSET,
) -> Error | OrderListResponse | None:
    """List orders

     Lists the partner's orders page by page, optionally filtered by status, receiver phone, purpose and
    a creation-date range. The table lists page, size, orderStatus and receiverPhone; the intro and
    Notes add `startTime`, `endTime` (ISO 8601) and `purpose`, described here as optional and
    unverified; their `status`, `pageSize` and `pageIndex` are taken as other names of orderStatus, size
    and page (ledger PL-006). The answer is not wrapped in `data` (ledger PL-005).

    Args:
        page (int | Unset):  Default: 0.
        size (int | Unset):  Default: 20.
        order_status (OrderStatus | Unset): Status of an order, as documented by the `orderStatus`
            filter of "List orders".
        receiver_phone (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        purpose (str | Unset):

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
            start_time=start_time,
            end_time=end_time,
            purpose=purpose,
        )
    ).parsed
