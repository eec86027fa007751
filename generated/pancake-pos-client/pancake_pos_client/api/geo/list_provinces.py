from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_provinces_response_200 import ListProvincesResponse200
from ...types import UNSET, Response


def _get_kwargs(
    *,
    country_code: str = "84",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country_code"] = country_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/geo/provinces",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListProvincesResponse200 | None:
    if response.status_code == 200:
        response_200 = ListProvincesResponse200.from_dict(response.json())

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
) -> Response[Error | ListProvincesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    country_code: str = "84",
) -> Response[Error | ListProvincesResponse200]:
    """List provinces

     Returns the provinces and centrally-governed cities of a country (Viet Nam: country code 84). The
    source's request line carries no `api_key`; the root security (api_key on every request, per FACTS)
    is inherited (ledger PP-103).

    Args:
        country_code (str):  Default: '84'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListProvincesResponse200]
    """

    kwargs = _get_kwargs(
        country_code=country_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    country_code: str = "84",
) -> Error | ListProvincesResponse200 | None:
    """List provinces

     Returns the provinces and centrally-governed cities of a country (Viet Nam: country code 84). The
    source's request line carries no `api_key`; the root security (api_key on every request, per FACTS)
    is inherited (ledger PP-103).

    Args:
        country_code (str):  Default: '84'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListProvincesResponse200
    """

    return sync_detailed(
        client=client,
        country_code=country_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    country_code: str = "84",
) -> Response[Error | ListProvincesResponse200]:
    """List provinces

     Returns the provinces and centrally-governed cities of a country (Viet Nam: country code 84). The
    source's request line carries no `api_key`; the root security (api_key on every request, per FACTS)
    is inherited (ledger PP-103).

    Args:
        country_code (str):  Default: '84'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListProvincesResponse200]
    """

    kwargs = _get_kwargs(
        country_code=country_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    country_code: str = "84",
) -> Error | ListProvincesResponse200 | None:
    """List provinces

     Returns the provinces and centrally-governed cities of a country (Viet Nam: country code 84). The
    source's request line carries no `api_key`; the root security (api_key on every request, per FACTS)
    is inherited (ledger PP-103).

    Args:
        country_code (str):  Default: '84'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListProvincesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            country_code=country_code,
        )
    ).parsed
