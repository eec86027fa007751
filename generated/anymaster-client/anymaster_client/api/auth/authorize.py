from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorize_request import AuthorizeRequest
from ...models.authorize_response import AuthorizeResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AuthorizeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/authorize",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthorizeResponse | Error | None:
    if response.status_code == 200:
        response_200 = AuthorizeResponse.from_dict(response.json())

        return response_200

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
) -> Response[AuthorizeResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizeRequest,
) -> Response[AuthorizeResponse | Error]:
    """Log in and obtain the partner token

     Exchanges the partner's login and password for a token. Every other operation sends this token in
    the `token` header. Documented in AnyMaster's public API quickstart (FACTS.md); the source page only
    says that creating an order "requires authentication".

    Args:
        body (AuthorizeRequest): Partner credentials (FACTS.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizeResponse | Error]
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
    body: AuthorizeRequest,
) -> AuthorizeResponse | Error | None:
    """Log in and obtain the partner token

     Exchanges the partner's login and password for a token. Every other operation sends this token in
    the `token` header. Documented in AnyMaster's public API quickstart (FACTS.md); the source page only
    says that creating an order "requires authentication".

    Args:
        body (AuthorizeRequest): Partner credentials (FACTS.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizeResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizeRequest,
) -> Response[AuthorizeResponse | Error]:
    """Log in and obtain the partner token

     Exchanges the partner's login and password for a token. Every other operation sends this token in
    the `token` header. Documented in AnyMaster's public API quickstart (FACTS.md); the source page only
    says that creating an order "requires authentication".

    Args:
        body (AuthorizeRequest): Partner credentials (FACTS.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizeResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizeRequest,
) -> AuthorizeResponse | Error | None:
    """Log in and obtain the partner token

     Exchanges the partner's login and password for a token. Every other operation sends this token in
    the `token` header. Documented in AnyMaster's public API quickstart (FACTS.md); the source page only
    says that creating an order "requires authentication".

    Args:
        body (AuthorizeRequest): Partner credentials (FACTS.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizeResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
