from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_promotion_products_response_200 import (
    ListPromotionProductsResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: int,
    *,
    text_search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["textSearch"] = text_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/promotion_products".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListPromotionProductsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListPromotionProductsResponse200.from_dict(response.json())

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
) -> Response[Error | ListPromotionProductsResponse200]:
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
    text_search: str | Unset = UNSET,
) -> Response[Error | ListPromotionProductsResponse200]:
    """List promotions

     Lists the shop's product promotions (khuyến mãi), optionally filtered by a search keyword. The
    source documents no paging for this list.

    Args:
        shop_id (int):
        text_search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListPromotionProductsResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        text_search=text_search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    text_search: str | Unset = UNSET,
) -> Error | ListPromotionProductsResponse200 | None:
    """List promotions

     Lists the shop's product promotions (khuyến mãi), optionally filtered by a search keyword. The
    source documents no paging for this list.

    Args:
        shop_id (int):
        text_search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListPromotionProductsResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        text_search=text_search,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    text_search: str | Unset = UNSET,
) -> Response[Error | ListPromotionProductsResponse200]:
    """List promotions

     Lists the shop's product promotions (khuyến mãi), optionally filtered by a search keyword. The
    source documents no paging for this list.

    Args:
        shop_id (int):
        text_search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListPromotionProductsResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        text_search=text_search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    text_search: str | Unset = UNSET,
) -> Error | ListPromotionProductsResponse200 | None:
    """List promotions

     Lists the shop's product promotions (khuyến mãi), optionally filtered by a search keyword. The
    source documents no paging for this list.

    Args:
        shop_id (int):
        text_search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListPromotionProductsResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            text_search=text_search,
        )
    ).parsed
