from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_shops_response_200 import ListShopsResponse200
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListShopsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListShopsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ListShopsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ListShopsResponse200]:
    """List shops

     Returns the shops the API key has access to, with the pages merged into each shop. The shop id used
    in `/shops/{shop_id}/...` paths is shown as `pages[].shop_id` (the example has no shop-level `id`;
    ledger PP-102).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListShopsResponse200]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Error | ListShopsResponse200 | None:
    """List shops

     Returns the shops the API key has access to, with the pages merged into each shop. The shop id used
    in `/shops/{shop_id}/...` paths is shown as `pages[].shop_id` (the example has no shop-level `id`;
    ledger PP-102).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListShopsResponse200
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ListShopsResponse200]:
    """List shops

     Returns the shops the API key has access to, with the pages merged into each shop. The shop id used
    in `/shops/{shop_id}/...` paths is shown as `pages[].shop_id` (the example has no shop-level `id`;
    ledger PP-102).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListShopsResponse200]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Error | ListShopsResponse200 | None:
    """List shops

     Returns the shops the API key has access to, with the pages merged into each shop. The shop id used
    in `/shops/{shop_id}/...` paths is shown as `pages[].shop_id` (the example has no shop-level `id`;
    ledger PP-102).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListShopsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
