from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_stocktakings_response_200 import ListStocktakingsResponse200
from ...models.list_stocktakings_status import (
    ListStocktakingsStatus,
)
from ...types import UNSET, Response


def _get_kwargs(
    shop_id: int,
    *,
    page: int,
    page_size: int,
    status: ListStocktakingsStatus,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_status: int = status
    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/stocktakings".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListStocktakingsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListStocktakingsResponse200.from_dict(response.json())

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
) -> Response[Error | ListStocktakingsResponse200]:
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
    status: ListStocktakingsStatus,
) -> Response[Error | ListStocktakingsResponse200]:
    """List stocktakings

     Lists the shop's stocktakings ("kiểm hàng"), page by page, filtered by status. The source marks
    every query parameter required although it gives each a default; they are required here as the
    source says, with its default in the description.

    Args:
        shop_id (int):
        page (int):
        page_size (int):
        status (ListStocktakingsStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListStocktakingsResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page=page,
        page_size=page_size,
        status=status,
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
    status: ListStocktakingsStatus,
) -> Error | ListStocktakingsResponse200 | None:
    """List stocktakings

     Lists the shop's stocktakings ("kiểm hàng"), page by page, filtered by status. The source marks
    every query parameter required although it gives each a default; they are required here as the
    source says, with its default in the description.

    Args:
        shop_id (int):
        page (int):
        page_size (int):
        status (ListStocktakingsStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListStocktakingsResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        page=page,
        page_size=page_size,
        status=status,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int,
    page_size: int,
    status: ListStocktakingsStatus,
) -> Response[Error | ListStocktakingsResponse200]:
    """List stocktakings

     Lists the shop's stocktakings ("kiểm hàng"), page by page, filtered by status. The source marks
    every query parameter required although it gives each a default; they are required here as the
    source says, with its default in the description.

    Args:
        shop_id (int):
        page (int):
        page_size (int):
        status (ListStocktakingsStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListStocktakingsResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page=page,
        page_size=page_size,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int,
    page_size: int,
    status: ListStocktakingsStatus,
) -> Error | ListStocktakingsResponse200 | None:
    """List stocktakings

     Lists the shop's stocktakings ("kiểm hàng"), page by page, filtered by status. The source marks
    every query parameter required although it gives each a default; they are required here as the
    source says, with its default in the description.

    Args:
        shop_id (int):
        page (int):
        page_size (int):
        status (ListStocktakingsStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListStocktakingsResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            page=page,
            page_size=page_size,
            status=status,
        )
    ).parsed
