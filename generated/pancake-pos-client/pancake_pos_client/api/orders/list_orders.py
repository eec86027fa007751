from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_orders_response_200 import ListOrdersResponse200
from ...models.list_orders_update_status_type_0 import (
    ListOrdersUpdateStatusType0,
)
from ...models.list_orders_update_status_type_1 import (
    ListOrdersUpdateStatusType1,
)
from ...models.order_status import OrderStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: int,
    *,
    page_size: int | Unset = 30,
    page_number: int | Unset = 1,
    search: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    update_status: ListOrdersUpdateStatusType0 | ListOrdersUpdateStatusType1 | Unset = "inserted_at",
    start_date_time: int | Unset = UNSET,
    end_date_time: int | Unset = UNSET,
    order_sources: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_number"] = page_number

    params["search"] = search

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_update_status: int | str | Unset
    if isinstance(update_status, Unset):
        json_update_status = UNSET
    elif isinstance(update_status, str):
        json_update_status = update_status
    else:
        json_update_status = update_status

    params["updateStatus"] = json_update_status

    params["startDateTime"] = start_date_time

    params["endDateTime"] = end_date_time

    json_order_sources: list[int] | Unset = UNSET
    if not isinstance(order_sources, Unset):
        json_order_sources = order_sources

    params["order_sources"] = json_order_sources

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/orders".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListOrdersResponse200 | None:
    if response.status_code == 200:
        response_200 = ListOrdersResponse200.from_dict(response.json())

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
) -> Response[Error | ListOrdersResponse200]:
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
    page_size: int | Unset = 30,
    page_number: int | Unset = 1,
    search: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    update_status: ListOrdersUpdateStatusType0 | ListOrdersUpdateStatusType1 | Unset = "inserted_at",
    start_date_time: int | Unset = UNSET,
    end_date_time: int | Unset = UNSET,
    order_sources: list[int] | Unset = UNSET,
) -> Response[Error | ListOrdersResponse200]:
    """List orders

     Returns the shop's orders, newest first, one page at a time, filtered by search text, status, time
    window (the time field is chosen with `updateStatus`) and order source.

    Args:
        shop_id (int):
        page_size (int | Unset):  Default: 30.
        page_number (int | Unset):  Default: 1.
        search (str | Unset):
        status (OrderStatus | Unset): Order status code (`status`). The codes and their labels are
            the source's status table in "Thông tin đơn hàng"; the order list filter (`status`,
            `updateStatus`) uses the same codes.
        update_status (ListOrdersUpdateStatusType0 | ListOrdersUpdateStatusType1 | Unset):
            Default: 'inserted_at'.
        start_date_time (int | Unset):
        end_date_time (int | Unset):
        order_sources (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListOrdersResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page_size=page_size,
        page_number=page_number,
        search=search,
        status=status,
        update_status=update_status,
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        order_sources=order_sources,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 30,
    page_number: int | Unset = 1,
    search: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    update_status: ListOrdersUpdateStatusType0 | ListOrdersUpdateStatusType1 | Unset = "inserted_at",
    start_date_time: int | Unset = UNSET,
    end_date_time: int | Unset = UNSET,
    order_sources: list[int] | Unset = UNSET,
) -> Error | ListOrdersResponse200 | None:
    """List orders

     Returns the shop's orders, newest first, one page at a time, filtered by search text, status, time
    window (the time field is chosen with `updateStatus`) and order source.

    Args:
        shop_id (int):
        page_size (int | Unset):  Default: 30.
        page_number (int | Unset):  Default: 1.
        search (str | Unset):
        status (OrderStatus | Unset): Order status code (`status`). The codes and their labels are
            the source's status table in "Thông tin đơn hàng"; the order list filter (`status`,
            `updateStatus`) uses the same codes.
        update_status (ListOrdersUpdateStatusType0 | ListOrdersUpdateStatusType1 | Unset):
            Default: 'inserted_at'.
        start_date_time (int | Unset):
        end_date_time (int | Unset):
        order_sources (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListOrdersResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        page_size=page_size,
        page_number=page_number,
        search=search,
        status=status,
        update_status=update_status,
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        order_sources=order_sources,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 30,
    page_number: int | Unset = 1,
    search: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    update_status: ListOrdersUpdateStatusType0 | ListOrdersUpdateStatusType1 | Unset = "inserted_at",
    start_date_time: int | Unset = UNSET,
    end_date_time: int | Unset = UNSET,
    order_sources: list[int] | Unset = UNSET,
) -> Response[Error | ListOrdersResponse200]:
    """List orders

     Returns the shop's orders, newest first, one page at a time, filtered by search text, status, time
    window (the time field is chosen with `updateStatus`) and order source.

    Args:
        shop_id (int):
        page_size (int | Unset):  Default: 30.
        page_number (int | Unset):  Default: 1.
        search (str | Unset):
        status (OrderStatus | Unset): Order status code (`status`). The codes and their labels are
            the source's status table in "Thông tin đơn hàng"; the order list filter (`status`,
            `updateStatus`) uses the same codes.
        update_status (ListOrdersUpdateStatusType0 | ListOrdersUpdateStatusType1 | Unset):
            Default: 'inserted_at'.
        start_date_time (int | Unset):
        end_date_time (int | Unset):
        order_sources (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListOrdersResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page_size=page_size,
        page_number=page_number,
        search=search,
        status=status,
        update_status=update_status,
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        order_sources=order_sources,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 30,
    page_number: int | Unset = 1,
    search: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    update_status: ListOrdersUpdateStatusType0 | ListOrdersUpdateStatusType1 | Unset = "inserted_at",
    start_date_time: int | Unset = UNSET,
    end_date_time: int | Unset = UNSET,
    order_sources: list[int] | Unset = UNSET,
) -> Error | ListOrdersResponse200 | None:
    """List orders

     Returns the shop's orders, newest first, one page at a time, filtered by search text, status, time
    window (the time field is chosen with `updateStatus`) and order source.

    Args:
        shop_id (int):
        page_size (int | Unset):  Default: 30.
        page_number (int | Unset):  Default: 1.
        search (str | Unset):
        status (OrderStatus | Unset): Order status code (`status`). The codes and their labels are
            the source's status table in "Thông tin đơn hàng"; the order list filter (`status`,
            `updateStatus`) uses the same codes.
        update_status (ListOrdersUpdateStatusType0 | ListOrdersUpdateStatusType1 | Unset):
            Default: 'inserted_at'.
        start_date_time (int | Unset):
        end_date_time (int | Unset):
        order_sources (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListOrdersResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            page_size=page_size,
            page_number=page_number,
            search=search,
            status=status,
            update_status=update_status,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            order_sources=order_sources,
        )
    ).parsed
