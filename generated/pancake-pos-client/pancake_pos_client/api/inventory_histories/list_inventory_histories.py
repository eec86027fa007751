from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_inventory_histories_response_200 import (
    ListInventoryHistoriesResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: int,
    *,
    page: int,
    page_size: int,
    warehouse_id: str | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["warehouse_id"] = warehouse_id

    params["startDate"] = start_date

    params["endDate"] = end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/inventory_histories".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListInventoryHistoriesResponse200 | None:
    if response.status_code == 200:
        response_200 = ListInventoryHistoriesResponse200.from_dict(response.json())

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
) -> Response[Error | ListInventoryHistoriesResponse200]:
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
    page: int,
    page_size: int,
    warehouse_id: str | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
) -> Response[Error | ListInventoryHistoriesResponse200]:
    """List stock movements

     Lists the stock movements ("Lịch sử xuất nhập kho") of the shop's variations, page by page,
    optionally for one warehouse, some variations and a period.

    Args:
        shop_id (int):
        page (int):
        page_size (int):
        warehouse_id (str | Unset):
        start_date (int | Unset):
        end_date (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListInventoryHistoriesResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page=page,
        page_size=page_size,
        warehouse_id=warehouse_id,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int,
    page_size: int,
    warehouse_id: str | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
) -> Error | ListInventoryHistoriesResponse200 | None:
    """List stock movements

     Lists the stock movements ("Lịch sử xuất nhập kho") of the shop's variations, page by page,
    optionally for one warehouse, some variations and a period.

    Args:
        shop_id (int):
        page (int):
        page_size (int):
        warehouse_id (str | Unset):
        start_date (int | Unset):
        end_date (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListInventoryHistoriesResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        page=page,
        page_size=page_size,
        warehouse_id=warehouse_id,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int,
    page_size: int,
    warehouse_id: str | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
) -> Response[Error | ListInventoryHistoriesResponse200]:
    """List stock movements

     Lists the stock movements ("Lịch sử xuất nhập kho") of the shop's variations, page by page,
    optionally for one warehouse, some variations and a period.

    Args:
        shop_id (int):
        page (int):
        page_size (int):
        warehouse_id (str | Unset):
        start_date (int | Unset):
        end_date (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListInventoryHistoriesResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page=page,
        page_size=page_size,
        warehouse_id=warehouse_id,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int,
    page_size: int,
    warehouse_id: str | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
) -> Error | ListInventoryHistoriesResponse200 | None:
    """List stock movements

     Lists the stock movements ("Lịch sử xuất nhập kho") of the shop's variations, page by page,
    optionally for one warehouse, some variations and a period.

    Args:
        shop_id (int):
        page (int):
        page_size (int):
        warehouse_id (str | Unset):
        start_date (int | Unset):
        end_date (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListInventoryHistoriesResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            page=page,
            page_size=page_size,
            warehouse_id=warehouse_id,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
