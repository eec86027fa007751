from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.user_token_request import UserTokenRequest
from ...models.user_token_response import UserTokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UserTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/user/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UserTokenResponse | None:
    if response.status_code == 200:
        response_200 = UserTokenResponse.from_dict(response.json())

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
) -> Response[Error | UserTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserTokenRequest,
) -> Response[Error | UserTokenResponse]:
    """Get a user token

     Obtains a token that gives the partner access to a user's orders, and tells whether the user must
    first consent. The section lists only `Content-Type` among the headers; the API key is assumed to be
    required as for every other operation (ledger PL-021). The path is kept as the source writes it,
    under the server URL that already ends in `/partner` (ledger PL-011).

    Args:
        body (UserTokenRequest): Body of "User Token Retrieval API".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UserTokenRequest,
) -> Error | UserTokenResponse | None:
    """Get a user token

     Obtains a token that gives the partner access to a user's orders, and tells whether the user must
    first consent. The section lists only `Content-Type` among the headers; the API key is assumed to be
    required as for every other operation (ledger PL-021). The path is kept as the source writes it,
    under the server URL that already ends in `/partner` (ledger PL-011).

    Args:
        body (UserTokenRequest): Body of "User Token Retrieval API".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserTokenRequest,
) -> Response[Error | UserTokenResponse]:
    """Get a user token

     Obtains a token that gives the partner access to a user's orders, and tells whether the user must
    first consent. The section lists only `Content-Type` among the headers; the API key is assumed to be
    required as for every other operation (ledger PL-021). The path is kept as the source writes it,
    under the server URL that already ends in `/partner` (ledger PL-011).

    Args:
        body (UserTokenRequest): Body of "User Token Retrieval API".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserTokenRequest,
) -> Error | UserTokenResponse | None:
    """Get a user token

     Obtains a token that gives the partner access to a user's orders, and tells whether the user must
    first consent. The section lists only `Content-Type` among the headers; the API key is assumed to be
    required as for every other operation (ledger PL-021). The path is kept as the source writes it,
    under the server URL that already ends in `/partner` (ledger PL-011).

    Args:
        body (UserTokenRequest): Body of "User Token Retrieval API".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
