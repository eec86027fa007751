from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_purchases_response_200 import ListPurchasesResponse200
from ...models.list_purchases_status import (
    ListPurchasesStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: int,
    *,
    page: int,
    page_size: int,
    status: ListPurchasesStatus,
    type_: str,
    preload_items: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_status: int = status
    params["status"] = json_status

    params["type"] = type_

    params["preload_items"] = preload_items

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/purchases".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListPurchasesResponse200 | None:
    if response.status_code == 200:
        response_200 = ListPurchasesResponse200.from_dict(response.json())

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
) -> Response[Error | ListPurchasesResponse200]:
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
    status: ListPurchasesStatus,
    type_: str,
    preload_items: bool | Unset = True,
) -> Response[Error | ListPurchasesResponse200]:
    """List purchases (goods receipts)

     Lists the shop's purchases ("phiếu nhập kho"), page by page, filtered by status and type. The source
    marks every query parameter but `preload_items` required although it gives each a default; they are
    required here as the source says, with its default in the description.

    Args:
        shop_id (int):
        page (int):
        page_size (int):
        status (ListPurchasesStatus):
        type_ (str):
        preload_items (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListPurchasesResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page=page,
        page_size=page_size,
        status=status,
        type_=type_,
        preload_items=preload_items,
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
    status: ListPurchasesStatus,
    type_: str,
    preload_items: bool | Unset = True,
) -> Error | ListPurchasesResponse200 | None:
    """List purchases (goods receipts)

     Lists the shop's purchases ("phiếu nhập kho"), page by page, filtered by status and type. The source
    marks every query parameter but `preload_items` required although it gives each a default; they are
    required here as the source says, with its default in the description.

    Args:
        shop_id (int):
        page (int):
        page_size (int):
        status (ListPurchasesStatus):
        type_ (str):
        preload_items (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListPurchasesResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        page=page,
        page_size=page_size,
        status=status,
        type_=type_,
        preload_items=preload_items,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int,
    page_size: int,
    status: ListPurchasesStatus,
    type_: str,
    preload_items: bool | Unset = True,
) -> Response[Error | ListPurchasesResponse200]:
    """List purchases (goods receipts)

     Lists the shop's purchases ("phiếu nhập kho"), page by page, filtered by status and type. The source
    marks every query parameter but `preload_items` required although it gives each a default; they are
    required here as the source says, with its default in the description.

    Args:
        shop_id (int):
        page (int):
        page_size (int):
        status (ListPurchasesStatus):
        type_ (str):
        preload_items (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListPurchasesResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page=page,
        page_size=page_size,
        status=status,
        type_=type_,
        preload_items=preload_items,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int,
    page_size: int,
    status: ListPurchasesStatus,
    type_: str,
    preload_items: bool | Unset = True,
) -> Error | ListPurchasesResponse200 | None:
    """List purchases (goods receipts)

     Lists the shop's purchases ("phiếu nhập kho"), page by page, filtered by status and type. The source
    marks every query parameter but `preload_items` required although it gives each a default; they are
    required here as the source says, with its default in the description.

    Args:
        shop_id (int):
        page (int):
        page_size (int):
        status (ListPurchasesStatus):
        type_ (str):
        preload_items (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListPurchasesResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            page=page,
            page_size=page_size,
            status=status,
            type_=type_,
            preload_items=preload_items,
        )
    ).parsed
