from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order_id_request import OrderIdRequest
from ...models.order_response import OrderResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OrderIdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/order/cancel",
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
    body: OrderIdRequest,
) -> Response[Error | OrderResponse]:
    """Cancel an order

     Cancels an existing order. The source's parameter list names `id` but its example sends `orderId`;
    the body carries `orderId` (ledger PL-004). The answer is described only in prose ("a confirmation
    with the order details, including its updated status") and is taken to be the `{data: Order}` answer
    of "Get order's information" (ledger PL-025).

    Args:
        body (OrderIdRequest): A body naming one order ("Cancel order", "Renew Partner Code",
            "Renew Order pass").

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
    body: OrderIdRequest,
) -> Error | OrderResponse | None:
    """Cancel an order

     Cancels an existing order. The source's parameter list names `id` but its example sends `orderId`;
    the body carries `orderId` (ledger PL-004). The answer is described only in prose ("a confirmation
    with the order details, including its updated status") and is taken to be the `{data: Order}` answer
    of "Get order's information" (ledger PL-025).

    Args:
        body (OrderIdRequest): A body naming one order ("Cancel order", "Renew Partner Code",
            "Renew Order pass").

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
    body: OrderIdRequest,
) -> Response[Error | OrderResponse]:
    """Cancel an order

     Cancels an existing order. The source's parameter list names `id` but its example sends `orderId`;
    the body carries `orderId` (ledger PL-004). The answer is described only in prose ("a confirmation
    with the order details, including its updated status") and is taken to be the `{data: Order}` answer
    of "Get order's information" (ledger PL-025).

    Args:
        body (OrderIdRequest): A body naming one order ("Cancel order", "Renew Partner Code",
            "Renew Order pass").

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
    body: OrderIdRequest,
) -> Error | OrderResponse | None:
    """Cancel an order

     Cancels an existing order. The source's parameter list names `id` but its example sends `orderId`;
    the body carries `orderId` (ledger PL-004). The answer is described only in prose ("a confirmation
    with the order details, including its updated status") and is taken to be the `{data: Order}` answer
    of "Get order's information" (ledger PL-025).

    Args:
        body (OrderIdRequest): A body naming one order ("Cancel order", "Renew Partner Code",
            "Renew Order pass").

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
