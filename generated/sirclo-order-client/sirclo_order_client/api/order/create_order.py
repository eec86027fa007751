from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_order_request import CreateOrderRequest
from ...models.error import Error
from ...models.order_response import OrderResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/order",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | OrderResponse | None:
    if response.status_code == 200:
        response_200 = OrderResponse.from_dict(response.json())

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
) -> Response[Error | OrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest,
) -> Response[Error | OrderResponse]:
    """Create an order

     Creates a new order in SIRCLO from the partner's order. SIRCLO answers with the stored order,
    including its SIRCLO Platform order `id` (used by Update Order), the computed amounts and
    `updatedAt`. `status` defaults to pending.

    Args:
        body (CreateOrderRequest): Body of Create Order ("Request body must be a JSON document
            with the following properties").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderResponse]
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
    body: CreateOrderRequest,
) -> Error | OrderResponse | None:
    """Create an order

     Creates a new order in SIRCLO from the partner's order. SIRCLO answers with the stored order,
    including its SIRCLO Platform order `id` (used by Update Order), the computed amounts and
    `updatedAt`. `status` defaults to pending.

    Args:
        body (CreateOrderRequest): Body of Create Order ("Request body must be a JSON document
            with the following properties").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest,
) -> Response[Error | OrderResponse]:
    """Create an order

     Creates a new order in SIRCLO from the partner's order. SIRCLO answers with the stored order,
    including its SIRCLO Platform order `id` (used by Update Order), the computed amounts and
    `updatedAt`. `status` defaults to pending.

    Args:
        body (CreateOrderRequest): Body of Create Order ("Request body must be a JSON document
            with the following properties").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest,
) -> Error | OrderResponse | None:
    """Create an order

     Creates a new order in SIRCLO from the partner's order. SIRCLO answers with the stored order,
    including its SIRCLO Platform order `id` (used by Update Order), the computed amounts and
    `updatedAt`. `status` defaults to pending.

    Args:
        body (CreateOrderRequest): Body of Create Order ("Request body must be a JSON document
            with the following properties").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
