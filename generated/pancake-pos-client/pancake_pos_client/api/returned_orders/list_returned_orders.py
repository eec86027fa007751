from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_returned_orders_response_200 import ListReturnedOrdersResponse200
from ...models.list_returned_orders_update_status_type_0 import (
    ListReturnedOrdersUpdateStatusType0,
)
from ...models.list_returned_orders_update_status_type_1 import (
    ListReturnedOrdersUpdateStatusType1,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: int,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
    status: int | Unset = -1,
    update_status: ListReturnedOrdersUpdateStatusType0 | ListReturnedOrdersUpdateStatusType1 | Unset = "inserted_at",
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["status"] = status

    json_update_status: int | str | Unset
    if isinstance(update_status, Unset):
        json_update_status = UNSET
    elif isinstance(update_status, str):
        json_update_status = update_status
    else:
        json_update_status = update_status

    params["update_status"] = json_update_status

    params["start_time"] = start_time

    params["end_time"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/orders_returned".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListReturnedOrdersResponse200 | None:
    if response.status_code == 200:
        response_200 = ListReturnedOrdersResponse200.from_dict(response.json())

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
) -> Response[Error | ListReturnedOrdersResponse200]:
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
    page: int | Unset = 1,
    page_size: int | Unset = 30,
    status: int | Unset = -1,
    update_status: ListReturnedOrdersUpdateStatusType0 | ListReturnedOrdersUpdateStatusType1 | Unset = "inserted_at",
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Response[Error | ListReturnedOrdersResponse200]:
    """List returned and exchanged orders

     Lists the shop's returned/exchanged-order records (“Danh sách đơn hàng đổi trả”), newest first, 30
    per page by default. Each record links the original order (`order_id_to_returned`,
    `order_to_returned`) to the new return/exchange order (`order_id`, `order`) and lists the returned
    lines. Filter by record status and by a time window (`start_time`/`end_time`) applied to the time
    chosen by `update_status`. Why an order was returned is its `returned_reason` (codes: 1 customer, 2
    staff, 3 product, 4 carrier, 5 exchange; `OrderReturnedReason`).

    Args:
        shop_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        status (int | Unset):  Default: -1.
        update_status (ListReturnedOrdersUpdateStatusType0 | ListReturnedOrdersUpdateStatusType1 |
            Unset):  Default: 'inserted_at'.
        start_time (int | Unset):
        end_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListReturnedOrdersResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page=page,
        page_size=page_size,
        status=status,
        update_status=update_status,
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
    status: int | Unset = -1,
    update_status: ListReturnedOrdersUpdateStatusType0 | ListReturnedOrdersUpdateStatusType1 | Unset = "inserted_at",
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Error | ListReturnedOrdersResponse200 | None:
    """List returned and exchanged orders

     Lists the shop's returned/exchanged-order records (“Danh sách đơn hàng đổi trả”), newest first, 30
    per page by default. Each record links the original order (`order_id_to_returned`,
    `order_to_returned`) to the new return/exchange order (`order_id`, `order`) and lists the returned
    lines. Filter by record status and by a time window (`start_time`/`end_time`) applied to the time
    chosen by `update_status`. Why an order was returned is its `returned_reason` (codes: 1 customer, 2
    staff, 3 product, 4 carrier, 5 exchange; `OrderReturnedReason`).

    Args:
        shop_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        status (int | Unset):  Default: -1.
        update_status (ListReturnedOrdersUpdateStatusType0 | ListReturnedOrdersUpdateStatusType1 |
            Unset):  Default: 'inserted_at'.
        start_time (int | Unset):
        end_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListReturnedOrdersResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        page=page,
        page_size=page_size,
        status=status,
        update_status=update_status,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
    status: int | Unset = -1,
    update_status: ListReturnedOrdersUpdateStatusType0 | ListReturnedOrdersUpdateStatusType1 | Unset = "inserted_at",
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Response[Error | ListReturnedOrdersResponse200]:
    """List returned and exchanged orders

     Lists the shop's returned/exchanged-order records (“Danh sách đơn hàng đổi trả”), newest first, 30
    per page by default. Each record links the original order (`order_id_to_returned`,
    `order_to_returned`) to the new return/exchange order (`order_id`, `order`) and lists the returned
    lines. Filter by record status and by a time window (`start_time`/`end_time`) applied to the time
    chosen by `update_status`. Why an order was returned is its `returned_reason` (codes: 1 customer, 2
    staff, 3 product, 4 carrier, 5 exchange; `OrderReturnedReason`).

    Args:
        shop_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        status (int | Unset):  Default: -1.
        update_status (ListReturnedOrdersUpdateStatusType0 | ListReturnedOrdersUpdateStatusType1 |
            Unset):  Default: 'inserted_at'.
        start_time (int | Unset):
        end_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListReturnedOrdersResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page=page,
        page_size=page_size,
        status=status,
        update_status=update_status,
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
    status: int | Unset = -1,
    update_status: ListReturnedOrdersUpdateStatusType0 | ListReturnedOrdersUpdateStatusType1 | Unset = "inserted_at",
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Error | ListReturnedOrdersResponse200 | None:
    """List returned and exchanged orders

     Lists the shop's returned/exchanged-order records (“Danh sách đơn hàng đổi trả”), newest first, 30
    per page by default. Each record links the original order (`order_id_to_returned`,
    `order_to_returned`) to the new return/exchange order (`order_id`, `order`) and lists the returned
    lines. Filter by record status and by a time window (`start_time`/`end_time`) applied to the time
    chosen by `update_status`. Why an order was returned is its `returned_reason` (codes: 1 customer, 2
    staff, 3 product, 4 carrier, 5 exchange; `OrderReturnedReason`).

    Args:
        shop_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        status (int | Unset):  Default: -1.
        update_status (ListReturnedOrdersUpdateStatusType0 | ListReturnedOrdersUpdateStatusType1 |
            Unset):  Default: 'inserted_at'.
        start_time (int | Unset):
        end_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListReturnedOrdersResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            page=page,
            page_size=page_size,
            status=status,
            update_status=update_status,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed
